import { z } from 'zod';
import { normaliseDomain, STAGES, type Account, type AccountSummary } from '../domain/account';
import { movingSchema, placeSchema } from './boards';
import { defineOp, idSchema, money, requiredText, text } from './define';

const domain = z.string({ message: 'must be text like acme.com' }).transform((raw, ctx) => {
  const normalised = normaliseDomain(raw);
  if (!normalised) {
    ctx.addIssue({ code: 'custom', message: raw.trim() ? 'must be a company domain like acme.com' : 'Domain is required' });
    return z.NEVER;
  }
  return normalised;
});

export const accountFieldSchemas = {
  name: requiredText(200, 'Name'),
  domain,
  industry: text(100),
  region: text(100),
  employees: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(10_000_000, { message: 'is too large' }).nullable(),
  annualRevenue: money.nullable(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'must be 1, 2 or 3' }),
  stage: z.enum(STAGES, { message: `must be one of ${STAGES.join(', ')}` }),
  salesOwner: text(100),
  marketingOwner: text(100),
  openPipeline: money,
  notes: text(5000),
};

const f = accountFieldSchemas;
export const accountInputSchema = z.strictObject({
  name: f.name,
  domain: f.domain,
  industry: f.industry.default(''),
  region: f.region.default(''),
  employees: f.employees.default(null),
  annualRevenue: f.annualRevenue.default(null),
  tier: f.tier.default(3),
  stage: f.stage.default('target'),
  salesOwner: f.salesOwner.default(''),
  marketingOwner: f.marketingOwner.default(''),
  openPipeline: f.openPipeline.default(0),
  notes: f.notes.default(''),
});

const accountPatch = z
  .strictObject({
    name: f.name,
    domain: f.domain,
    industry: f.industry,
    region: f.region,
    employees: f.employees,
    annualRevenue: f.annualRevenue,
    tier: f.tier,
    stage: f.stage,
    salesOwner: f.salesOwner,
    marketingOwner: f.marketingOwner,
    openPipeline: f.openPipeline,
    notes: f.notes,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });

const updateSchema = z.strictObject({
  id: idSchema,
  patch: accountPatch,
  /** Guards against overwriting an edit made elsewhere since the caller loaded the row. */
  expectedRevision: z.number().int().min(1).optional(),
});

export const MAX_ACCOUNTS_PER_BATCH = 5000;
const batchList = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ACCOUNTS_PER_BATCH, { message: `must hold at most ${MAX_ACCOUNTS_PER_BATCH} rows` }).default([]);

export interface AccountBatchResult {
  created: Account[];
  updated: Account[];
  deleted: Account[];
}

/** An account's latest change in the log, as the board's card reads it. */
export interface AccountActivity {
  at: string;
  actor: string;
  /** "Stage target → aware", "Added". */
  text: string;
}

export interface AccountBoardInfo {
  latest: Record<string, AccountActivity>;
  /** Content items linked to the account, for accounts that have any. */
  contentLinks: Record<string, number>;
}

export const accountOps = {
  'accounts.list': defineOp<Account[]>()(z.strictObject({ planId: idSchema })),
  /** Counts and open pipeline, in total and per tier, without the rows. */
  'accounts.summary': defineOp<AccountSummary>()(z.strictObject({ planId: idSchema })),
  /** What the accounts board shows beside each card: its latest change and how many content items link to it. */
  'accounts.boardInfo': defineOp<AccountBoardInfo>()(z.strictObject({ planId: idSchema })),
  'accounts.create': defineOp<Account>()(z.strictObject({ planId: idSchema, account: accountInputSchema })),
  'accounts.update': defineOp<Account>()(updateSchema.extend({ planId: idSchema })),
  /** Returns the deleted account; history.undo brings it back. */
  'accounts.delete': defineOp<Account>()(z.strictObject({ planId: idSchema, id: idSchema })),
  /**
   * Moves cards on the accounts board, as one step: into a stage or tier column (or both, with
   * swimlanes) and between two cards there. All or nothing; a card changed elsewhere stops the move.
   */
  'accounts.move': defineOp<Account[]>()(
    z.strictObject({
      planId: idSchema,
      cards: movingSchema,
      /** The column (stage or tier) and, with swimlanes, the lane (an owner or a region) the cards land in. */
      to: z.strictObject({
        stage: f.stage.optional(),
        tier: f.tier.optional(),
        salesOwner: f.salesOwner.optional(),
        marketingOwner: f.marketingOwner.optional(),
        region: f.region.optional(),
      }),
      place: placeSchema,
    }),
  ),
  /**
   * Several creates (with an id when restoring), edits and deletes in one transaction: all or nothing.
   * A block pasted into the grid is one batch, and so is its undo.
   */
  'accounts.batch': defineOp<AccountBatchResult>()(
    z
      .strictObject({
        planId: idSchema,
        creates: batchList(z.strictObject({ id: idSchema.optional(), account: accountInputSchema })),
        updates: batchList(updateSchema),
        deletes: batchList(idSchema),
      })
      .refine((b) => b.creates.length + b.updates.length + b.deletes.length > 0, { message: 'must change at least one account' }),
  ),
};
