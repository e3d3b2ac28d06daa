import type { OpName } from '../../shared/contract';
import { migrateToLatest, type MigrationReport } from './db/migrate';
import { openSqlite, wrapSqlite, type OpenOptions, type Store } from './db/open';
import { seedDemoOnFirstRun } from './demo';
import { createDispatcher, type Dispatch } from './dispatcher';
import { accountHandlers } from './services/accounts.service';
import { accountsBoardHandlers } from './services/accountsBoard.service';
import { dashboardHandlers } from './services/dashboard.service';
import { installCapture } from './history/capture';
import { createRecorder, recordWrites } from './history/recorder';
import { historyHandlers } from './services/history.service';
import { budgetHandlers } from './services/budget.service';
import { contentHandlers } from './services/content.service';
import { kpiHandlers } from './services/kpis.service';
import { metricHandlers } from './services/metrics.service';
import { appHandlers } from './services/app.service';
import { defaultContext, type ServiceContext } from './services/context';
import type { Handlers } from './services/handlers';
import { planHandlers } from './services/plans.service';
import { slaHandlers } from './services/slas.service';
import { targetHandlers } from './services/targets.service';
import { APP_VERSION } from './version';

export interface CoreOptions extends OpenOptions {
  dbPath: string;
  /** Create the demo plan in a store that never had one (the app does; most tests don't). */
  seedDemo?: boolean;
  context?: Partial<Omit<ServiceContext, 'db'>>;
}

export interface Core {
  dispatch: Dispatch;
  store: Store;
  context: ServiceContext;
  migration: MigrationReport;
  close(): Promise<void>;
}

/** The main-process brain, in plain Node: every door (IPC, HTTP, CLI) calls `dispatch`. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const sqlite = openSqlite(options.dbPath, options);
  const store = wrapSqlite(sqlite, options.dbPath);
  try {
    const migration = await migrateToLatest(store.db, sqlite, options.dbPath);
    const context = { ...defaultContext(store.db, sqlite), ...options.context };
    if (options.seedDemo) await seedDemoOnFirstRun(context);
    installCapture(sqlite);
    const handlers: Handlers<OpName> = {
      ...appHandlers({ version: APP_VERSION, schemaVersion: migration.schemaVersion, dataPath: options.dbPath }, context.now, context.db),
      ...planHandlers(context),
      ...accountHandlers(context),
      ...accountsBoardHandlers(context),
      ...targetHandlers(context),
      ...metricHandlers(context),
      ...slaHandlers(context),
      ...kpiHandlers(context),
      ...dashboardHandlers(context),
      ...historyHandlers(context),
      ...budgetHandlers(context),
      ...contentHandlers(context),
    };
    return { dispatch: createDispatcher(recordWrites(handlers, createRecorder(context))), store, context, migration, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
