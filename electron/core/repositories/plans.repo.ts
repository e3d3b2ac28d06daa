import type { Kysely } from 'kysely';
import type { Database, PlanRow } from '../db/schema';

export type PlanWithCount = PlanRow & { account_count: number };
type TierSizes = { 1: number; 2: number; 3: number };
type Boards = { budgetCap: number | null; tierSizes: TierSizes };

export function plansRepo(db: Kysely<Database>) {
  const withCount = () =>
    db
      .selectFrom('plans')
      .selectAll('plans')
      .select((eb) => eb.selectFrom('accounts').whereRef('accounts.plan_id', '=', 'plans.id').select(eb.fn.countAll<number>().as('n')).as('account_count'));

  return {
    list: async (): Promise<PlanWithCount[]> => (await withCount().orderBy('plans.created_at').orderBy('plans.name').execute()) as PlanWithCount[],
    get: async (id: string): Promise<PlanWithCount | undefined> => (await withCount().where('plans.id', '=', id).executeTakeFirst()) as PlanWithCount | undefined,
    /** The plan row alone: most ops only need to know it exists and its period, not its account count. */
    find: (id: string): Promise<PlanRow | undefined> => db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst(),
    count: async () => Number((await db.selectFrom('plans').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    /** `boards` (cap and tier sizes) when known at creation, so a new plan starts at revision 1 with them. */
    insert: (row: { id: string; name: string; fiscal_period: string; currency: string; scenario_of: string | null; now: string; boards?: Boards }) =>
      db
        .insertInto('plans')
        .values({
          id: row.id,
          name: row.name,
          fiscal_period: row.fiscal_period,
          currency: row.currency,
          scenario_of: row.scenario_of,
          ...(row.boards && { budget_cap: row.boards.budgetCap, tier1_size: row.boards.tierSizes[1], tier2_size: row.boards.tierSizes[2], tier3_size: row.boards.tierSizes[3] }),
          created_at: row.now,
          updated_at: row.now,
        })
        .execute(),
    setBoards: (id: string, budgetCap: number | null, sizes: TierSizes, now: string) =>
      db
        .updateTable('plans')
        .set((eb) => ({ budget_cap: budgetCap, tier1_size: sizes[1], tier2_size: sizes[2], tier3_size: sizes[3], updated_at: now, revision: eb('revision', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst(),
    rename: (id: string, name: string, now: string) =>
      db.updateTable('plans').set((eb) => ({ name, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).executeTakeFirst(),
    delete: (id: string) => db.deleteFrom('plans').where('id', '=', id).executeTakeFirst(),
  };
}
