import type { ContentFields } from '../../../shared/domain/content';
import { planRange } from '../../../shared/planning/periods';
import { AppError, validationError, type FieldIssue } from '../../../shared/result';
import { contentRepo } from '../repositories/content.repo';
import { keyForNew, keysForMove } from './boardOrder';
import { newContentRow, toContentColumns, toContentItem } from './contentMappers';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requireInPlan, requirePlan } from './lookups';

type ContentOp = 'content.list' | 'content.create' | 'content.request' | 'content.update' | 'content.delete' | 'content.move';
type Db = ServiceContext['db'];

/** Rules that need the plan: a due date within reach of it, links only to its own accounts. */
async function checkAgainstPlan(db: Db, planId: string, fiscalPeriod: string, f: Partial<ContentFields>, prefix: string) {
  const issues: FieldIssue[] = [];
  const start = planRange(fiscalPeriod).start.toISOString().slice(0, 10);
  if (f.dueDate && f.dueDate < start) issues.push({ path: `${prefix}dueDate`, message: `must be on or after the plan's start, ${start}` });
  if (f.accountIds?.length) {
    const found = new Set((await db.selectFrom('accounts').select('id').where('plan_id', '=', planId).where('id', 'in', f.accountIds).execute()).map((r) => r.id));
    f.accountIds.forEach((id, i) => found.has(id) || issues.push({ path: `${prefix}accountIds.${i}`, message: 'is not an account of this plan (deleted, or in another plan)' }));
  }
  if (issues.length) throw validationError(issues);
}

export function contentHandlers(ctx: ServiceContext): Handlers<ContentOp> {
  const read = async (db: Db, id: string) => {
    const row = (await contentRepo(db).get(id))!;
    return toContentItem(row, (await contentRepo(db).linksOf(id)).map((l) => l.account_id));
  };
  /** Makes the item's links exactly `accountIds`: only the difference is written, so undo names only it. */
  const setLinks = async (db: Db, planId: string, contentId: string, accountIds: readonly string[]) => {
    const current = await contentRepo(db).linksOf(contentId);
    for (const l of current) if (!accountIds.includes(l.account_id)) await contentRepo(db).unlink(l.id);
    const have = new Set(current.map((l) => l.account_id));
    for (const accountId of new Set(accountIds)) if (!have.has(accountId)) await contentRepo(db).link({ id: ctx.newId(), plan_id: planId, content_id: contentId, account_id: accountId, created_at: ctx.now() });
  };
  const inPlan = <T>(planId: string, work: (trx: Db, fiscalPeriod: string) => Promise<T>) =>
    ctx.db.transaction().execute(async (trx) => work(trx, (await requirePlan(trx, planId)).fiscal_period));
  const create = (planId: string, fields: ContentFields, prefix: string) =>
    inPlan(planId, async (trx, fiscalPeriod) => {
      await checkAgainstPlan(trx, planId, fiscalPeriod, fields, prefix);
      const id = ctx.newId();
      const now = ctx.now();
      await contentRepo(trx).insert(newContentRow(id, planId, fields, await keyForNew(trx, 'content_items', planId), now, now));
      await setLinks(trx, planId, id, fields.accountIds);
      return read(trx, id);
    });

  return {
    'content.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      const links = await contentRepo(ctx.db).links(planId);
      return (await contentRepo(ctx.db).listByPlan(planId)).map((row) => toContentItem(row, links.filter((l) => l.content_id === row.id).map((l) => l.account_id)));
    },
    'content.create': async ({ planId, item }) => create(planId, item, 'item.'),
    'content.request': async ({ planId, request }) =>
      create(planId, { ...request, status: 'requested', personas: [], industries: [], owner: '', url: '', usageCount: 0, influencedPipeline: 0 }, 'request.'),
    'content.update': async ({ planId, id, patch, expectedRevision }) =>
      inPlan(planId, async (trx, fiscalPeriod) => {
        const current = requireInPlan(await contentRepo(trx).get(id), planId, 'Content item', id);
        if (expectedRevision !== undefined && current.revision !== expectedRevision) {
          throw new AppError('CONFLICT', `${current.title} was changed elsewhere since you loaded it. Reload and try again.`, { field: 'expectedRevision' });
        }
        await checkAgainstPlan(trx, planId, fiscalPeriod, patch, 'patch.');
        const moved = patch.status !== undefined && patch.status !== current.status ? { status_since: ctx.now() } : {};
        await contentRepo(trx).update(id, { ...toContentColumns(patch), ...moved }, ctx.now());
        if (patch.accountIds) await setLinks(trx, planId, id, patch.accountIds);
        return read(trx, id);
      }),
    'content.delete': async ({ planId, id }) =>
      inPlan(planId, async (trx) => {
        requireInPlan(await contentRepo(trx).get(id), planId, 'Content item', id);
        const item = await read(trx, id);
        await contentRepo(trx).delete(id); // its links go with it, and come back with undo
        return item;
      }),
    'content.move': async ({ planId, cards, to, place }) =>
      inPlan(planId, async (trx) => {
        const keys = await keysForMove(trx, 'content_items', planId, cards, place, 'content item');
        for (const [i, c] of cards.entries()) {
          const current = (await contentRepo(trx).get(c.id))!;
          const since = current.status === to.status ? {} : { status_since: ctx.now() };
          await contentRepo(trx).update(c.id, { status: to.status, rank: keys[i]!, ...since }, ctx.now());
        }
        return Promise.all(cards.map((c) => read(trx, c.id)));
      }),
  };
}
