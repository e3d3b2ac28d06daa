import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../core/core';
import { NewerDatabaseError } from '../core/db/migrate';
import { StoreOpenError } from '../core/db/open';
import { defaultDbPath } from '../core/paths';
import { startWebServer } from './server';

const USAGE = 'usage: tandem-web [--port N] [--db PATH] [--no-demo] [--as-of YYYY-MM-DD]';

/**
 * A clock that starts at noon UTC on `date` and runs from there: the plan as it stood on that day, for
 * reviewing a past quarter in a workshop, and for tests that need a fixed "today".
 */
function clockFrom(date: string): () => string {
  const start = Date.parse(`${date}T12:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(start)) throw new Error(`--as-of must be a date like 2026-11-22 (${USAGE})`);
  const began = Date.now();
  return () => new Date(start + (Date.now() - began)).toISOString();
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      db: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535 (${USAGE})`);
  const dbPath = values.db ? resolve(values.db) : defaultDbPath();

  const asOf = values['as-of'];
  const core = await openCore({ dbPath, seedDemo: !values['no-demo'], ...(asOf ? { context: { now: clockFrom(asOf) } } : {}) });
  if (core.migration.backupPath) console.log(`Upgraded the plan store; the previous version is kept at ${core.migration.backupPath}`);
  const web = await startWebServer({ dispatch: core.dispatch, staticDir: join(__dirname, '..', 'renderer'), port });
  console.log(`Tandem (browser mode) is running at ${web.url}  (data: ${dbPath}${asOf ? `, as of ${asOf}` : ''})`);

  const shutdown = async () => {
    await web.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  const known = error instanceof NewerDatabaseError || error instanceof StoreOpenError;
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(`That port is already in use (is Tandem already running?). Pick another: npm run web -- --port 0`);
  } else console.error(known ? error.message : error);
  process.exit(1);
});
