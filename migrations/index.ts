import type { Migration, MigrationProvider } from 'kysely';
import * as m20261122_1300 from './2026_11_22_1300_plans';
import * as m20261122_1310 from './2026_11_22_1310_accounts';
import * as m20261122_1400 from './2026_11_22_1400_targets_slas_kpis';
import * as m20261123_0900 from './2026_11_23_0900_plan_links';
import * as m20261123_1100 from './2026_11_23_1100_history';
import * as m20261123_1200 from './2026_11_23_1200_boards';
import * as m20261123_1300 from './2026_11_23_1300_board_activity';

/** Every migration, registered by hand: no folder scanning at run time (bundles and CSP forbid it). */
export const migrations: Record<string, Migration> = {
  '2026_11_22_1300_plans': m20261122_1300,
  '2026_11_22_1310_accounts': m20261122_1310,
  '2026_11_22_1400_targets_slas_kpis': m20261122_1400,
  '2026_11_23_0900_plan_links': m20261123_0900,
  '2026_11_23_1100_history': m20261123_1100,
  '2026_11_23_1200_boards': m20261123_1200,
  '2026_11_23_1300_board_activity': m20261123_1300,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
