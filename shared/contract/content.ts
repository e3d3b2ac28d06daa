import { z } from 'zod';
import { CONTENT_STATUSES, FUNNEL_STAGES, type ContentItem } from '../domain/content';
import { movingSchema, placeSchema } from './boards';
import { defineOp, idSchema, isoDate, money, requiredText, text } from './define';

const names = z.array(requiredText(80, 'Name'), { message: 'must be a list of names' }).max(30, { message: 'must list at most 30' });
// A link opened from the board: web addresses only, never javascript: or data:.
const url = text(2000).refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), { message: 'must be a web address starting with http:// or https://' });
const status = z.enum(CONTENT_STATUSES, { message: `must be one of ${CONTENT_STATUSES.join(', ')}` });

export const contentFieldSchemas = {
  title: requiredText(200, 'Title'),
  type: requiredText(60, 'Type'),
  stage: z.enum(FUNNEL_STAGES, { message: `must be one of ${FUNNEL_STAGES.join(', ')}` }),
  personas: names,
  industries: names,
  status,
  owner: text(100),
  requester: text(100),
  reason: text(2000),
  dueDate: isoDate.nullable(),
  url,
  usageCount: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(1_000_000, { message: 'is too large' }),
  influencedPipeline: money,
  accountIds: z.array(idSchema).max(500, { message: 'must list at most 500 accounts' }),
};
const c = contentFieldSchemas;

export const contentInputSchema = z.strictObject({
  title: c.title,
  type: c.type,
  stage: c.stage,
  personas: c.personas.default([]),
  industries: c.industries.default([]),
  status: c.status.default('planned'),
  owner: c.owner.default(''),
  requester: c.requester.default(''),
  reason: c.reason.default(''),
  dueDate: c.dueDate.default(null),
  url: c.url.default(''),
  usageCount: c.usageCount.default(0),
  influencedPipeline: c.influencedPipeline.default(0),
  accountIds: c.accountIds.default([]),
});

const ref = { planId: idSchema, id: idSchema };

export const contentOps = {
  'content.list': defineOp<ContentItem[]>()(z.strictObject({ planId: idSchema })),
  'content.create': defineOp<ContentItem>()(z.strictObject({ planId: idSchema, item: contentInputSchema })),
  /** Sales asks for content: a card in "requested", with the reason and the accounts it is for. */
  'content.request': defineOp<ContentItem>()(
    z.strictObject({
      planId: idSchema,
      request: z.strictObject({ title: c.title, type: c.type, stage: c.stage, reason: requiredText(2000, 'Reason'), requester: requiredText(100, 'Requester'), dueDate: c.dueDate.default(null), accountIds: c.accountIds.default([]) }),
    }),
  ),
  'content.update': defineOp<ContentItem>()(
    z.strictObject({ ...ref, patch: z.strictObject(contentFieldSchemas).partial().refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }), expectedRevision: z.number().int().min(1).optional() }),
  ),
  'content.delete': defineOp<ContentItem>()(z.strictObject(ref)),
  /** Moves items to another status column, between two items there; one step. */
  'content.move': defineOp<ContentItem[]>()(z.strictObject({ planId: idSchema, cards: movingSchema, to: z.strictObject({ status }), place: placeSchema })),
};
