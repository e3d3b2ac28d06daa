import type { AccountBoardInfo } from '../../../shared/contract/accounts';
import { cardActivityText } from '../../../shared/history/cardActivity';
import { contentRepo } from '../repositories/content.repo';
import { historyRepo } from '../repositories/history.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';

/** The ops that change accounts one by one; a plan copy's or an import's rows are not a card's news. */
const ACCOUNT_EDITS = ['accounts.create', 'accounts.update', 'accounts.delete', 'accounts.move', 'accounts.batch'];

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

export function accountsBoardHandlers(ctx: ServiceContext): Handlers<'accounts.boardInfo'> {
  return {
    'accounts.boardInfo': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      const info: AccountBoardInfo = { latest: {}, contentLinks: {} };
      for (const row of await historyRepo(ctx.db).latestPerRow(planId, 'accounts', ACCOUNT_EDITS)) {
        // A deleted account has no card; its latest change is its deletion.
        if (row.after === null) continue;
        info.latest[row.row_id] = { at: row.created_at, actor: row.actor, text: cardActivityText('accounts', row.row_id, parse(row.before), parse(row.after)) };
      }
      for (const row of await contentRepo(ctx.db).linkCounts(planId)) info.contentLinks[row.account_id] = Number(row.n);
      return info;
    },
  };
}
