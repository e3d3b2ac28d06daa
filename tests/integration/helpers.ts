import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { OpInput, OpName, OpOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore extends Core {
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
  /** Calls an op that must succeed, returning its value. */
  must<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
  /** Every row of every table, for before/after comparisons. */
  snapshot(): Record<string, unknown[]>;
}

// A store migrated once per test worker and copied for each test: 1 ms instead of 22 ms a test, which
// is what makes mutation testing (hundreds of runs of these tests) bearable. Tests of migrations and
// of opening stores name their own paths and never get the copy.
let template: Promise<string> | undefined;
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'template.sqlite');
    const core = await openCore({ dbPath: path });
    core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await core.close();
    return path;
  })();
  return template;
}

export async function testCore(options: Partial<CoreOptions> = {}): Promise<TestCore> {
  let dbPath = options.dbPath;
  if (!dbPath) {
    dbPath = join(tempDir(), 'tandem.sqlite');
    copyFileSync(await migratedTemplate(), dbPath);
  }
  const core = await openCore({ ...options, dbPath });
  cleanups.push(() => core.close());
  const call = ((op: OpName, input: unknown) => core.dispatch(op, input)) as TestCore['call'];
  return {
    ...core,
    call,
    must: async (op, input) => {
      const result = await call(op, input);
      if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    snapshot: () => {
      const tables = core.store.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
      return Object.fromEntries(tables.map(({ name }) => [name, core.store.sqlite.prepare(`select * from "${name}" order by rowid`).all()]));
    },
  };
}

export const acme = { name: 'Acme Corp', domain: 'https://www.Acme.com/', tier: 1 as const, stage: 'engaged' as const };

/** A core with one empty FY2027 Q1 plan (Base scenario included). */
export async function testPlan(options: Partial<CoreOptions> = {}) {
  const core = await testCore(options);
  const plan = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
  return { core, planId: plan.id };
}

/**
 * Sends input that must be refused with `code`, naming `path` among its field issues (when given), and
 * proves the store is byte-for-byte the same afterwards.
 */
export async function expectRefused(core: TestCore, op: OpName, input: unknown, code: string, path?: string) {
  const before = core.snapshot();
  const result = await core.dispatch(op, input);
  expect(result.ok, `${op} should have been refused`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (path !== undefined) expect(result.error.details?.issues?.map((i) => i.path)).toContain(path);
  expect(core.snapshot()).toEqual(before);
}
