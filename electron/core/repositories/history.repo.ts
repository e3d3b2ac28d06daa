import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChangeSetsTable, ChangesTable, Database } from '../db/schema';

export type ChangeSetRow = Selectable<ChangeSetsTable>;
export type ChangeRow = Selectable<ChangesTable>;

export function historyRepo(db: Kysely<Database>) {
  return {
    /** Opens a change set and makes the capture triggers record into it. */
    begin: async (id: string, op: string, actor: string, now: string) => {
      await sql`insert into change_sets (id, seq, op, actor, created_at) values (${id}, coalesce((select max(seq) from change_sets), 0) + 1, ${op}, ${actor}, ${now})`.execute(db);
      await sql`insert into temp.recording (id) values (${id})`.execute(db);
    },
    stopRecording: () => sql`delete from temp.recording`.execute(db),
    plansOf: async (id: string) =>
      (await db.selectFrom('changes').select('plan_id').distinct().where('change_set_id', '=', id).execute()).map((r) => r.plan_id),
    countChanges: async (id: string) => Number((await db.selectFrom('changes').select((eb) => eb.fn.countAll().as('n')).where('change_set_id', '=', id).executeTakeFirstOrThrow()).n),
    setPlan: (id: string, planId: string) => db.updateTable('change_sets').set({ plan_id: planId }).where('id', '=', id).execute(),
    remove: (id: string) => db.deleteFrom('change_sets').where('id', '=', id).execute(),
    /** A new change in a plan: what redo could have brought back is gone. */
    dropUndone: (planId: string) => db.deleteFrom('change_sets').where('plan_id', '=', planId).where('undone', '=', 1).execute(),
    latestDone: (planId: string) => db.selectFrom('change_sets').selectAll().where('plan_id', '=', planId).where('undone', '=', 0).orderBy('seq', 'desc').limit(1).executeTakeFirst(),
    earliestUndone: (planId: string) => db.selectFrom('change_sets').selectAll().where('plan_id', '=', planId).where('undone', '=', 1).orderBy('seq', 'asc').limit(1).executeTakeFirst(),
    setUndone: (id: string, undone: boolean) => db.updateTable('change_sets').set({ undone: undone ? 1 : 0 }).where('id', '=', id).execute(),
    changes: (id: string) => db.selectFrom('changes').selectAll().where('change_set_id', '=', id).orderBy('id').execute(),
    /** The first `limit` changes of each set, and how many each has: enough to describe it. */
    changesOf: async (ids: readonly string[], limit: number) => {
      if (!ids.length) return { rows: [] as ChangeRow[], counts: new Map<string, number>() };
      const rows = await db
        .selectFrom((eb) =>
          eb
            .selectFrom('changes')
            .selectAll()
            .select(sql<number>`row_number() over (partition by change_set_id order by id)`.as('n'))
            .where('change_set_id', 'in', ids)
            .as('c'),
        )
        .selectAll()
        .where('n', '<=', limit)
        .orderBy('id')
        .execute();
      const counts = await db.selectFrom('changes').select(['change_set_id', (eb) => eb.fn.countAll<number>().as('n')]).where('change_set_id', 'in', ids).groupBy('change_set_id').execute();
      return { rows: rows as ChangeRow[], counts: new Map(counts.map((c) => [c.change_set_id, Number(c.n)])) };
    },
    list: (planId: string, since: string | undefined, limit: number, tables?: readonly string[]) => {
      let q = db.selectFrom('change_sets').selectAll().where('plan_id', '=', planId);
      if (since) q = q.where('created_at', '>=', since);
      if (tables) q = q.where(({ exists, selectFrom }) => exists(selectFrom('changes').select('changes.id').whereRef('changes.change_set_id', '=', 'change_sets.id').where('changes.table_name', 'in', tables)));
      return q.orderBy('seq', 'desc').limit(limit).execute();
    },
    /**
     * Each row's latest change in a table of the plan, from change sets still done whose op is one of
     * `ops` (a plan copy's or an import's thousand "added" rows are not a card's activity).
     */
    latestPerRow: (planId: string, table: string, ops: readonly string[]) =>
      db
        .selectFrom((eb) =>
          eb
            .selectFrom('changes as c')
            .innerJoin('change_sets as s', 's.id', 'c.change_set_id')
            .select(['c.row_id', 'c.before', 'c.after', 's.created_at', 's.actor'])
            .select(sql<number>`row_number() over (partition by c.row_id order by c.id desc)`.as('n'))
            .where('c.plan_id', '=', planId)
            .where('c.table_name', '=', table)
            .where('s.undone', '=', 0)
            .where('s.op', 'in', ops)
            .as('latest'),
        )
        .select(['row_id', 'before', 'after', 'created_at', 'actor'])
        .where('n', '=', 1)
        .execute(),
    /** Whether the set creates a plan: undoing it would delete the plan, log and all. */
    createsPlan: async (id: string) => !!(await db.selectFrom('changes').select('id').where('change_set_id', '=', id).where('table_name', '=', 'plans').where('before', 'is', null).executeTakeFirst()),
    actor: async () => (await db.selectFrom('meta').select('value').where('key', '=', 'you_are').executeTakeFirst())?.value ?? '',
  };
}
