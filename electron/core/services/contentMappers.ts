import type { Insertable } from 'kysely';
import type { ContentFields, ContentItem, ContentStatus, FunnelStage } from '../../../shared/domain/content';
import type { ContentItemsTable } from '../db/schema';
import type { ContentItemRow } from '../repositories/content.repo';

export const toContentItem = (row: ContentItemRow, accountIds: string[]): ContentItem => ({
  id: row.id,
  planId: row.plan_id,
  title: row.title,
  type: row.type,
  stage: row.stage as FunnelStage,
  personas: JSON.parse(row.personas) as string[],
  industries: JSON.parse(row.industries) as string[],
  status: row.status as ContentStatus,
  owner: row.owner,
  requester: row.requester,
  reason: row.reason,
  dueDate: row.due_date,
  url: row.url,
  usageCount: row.usage_count,
  influencedPipeline: row.influenced_pipeline,
  accountIds,
  rank: row.rank,
  statusSince: row.status_since,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The columns of the fields given; links (accountIds) live in content_accounts and are left out. */
export function toContentColumns(f: Partial<ContentFields>): Partial<Insertable<ContentItemsTable>> {
  const out: Partial<Insertable<ContentItemsTable>> = {};
  if (f.title !== undefined) out.title = f.title;
  if (f.type !== undefined) out.type = f.type;
  if (f.stage !== undefined) out.stage = f.stage;
  if (f.personas !== undefined) out.personas = JSON.stringify(f.personas);
  if (f.industries !== undefined) out.industries = JSON.stringify(f.industries);
  if (f.status !== undefined) out.status = f.status;
  if (f.owner !== undefined) out.owner = f.owner;
  if (f.requester !== undefined) out.requester = f.requester;
  if (f.reason !== undefined) out.reason = f.reason;
  if (f.dueDate !== undefined) out.due_date = f.dueDate;
  if (f.url !== undefined) out.url = f.url;
  if (f.usageCount !== undefined) out.usage_count = f.usageCount;
  if (f.influencedPipeline !== undefined) out.influenced_pipeline = f.influencedPipeline;
  return out;
}

export const newContentRow = (id: string, planId: string, fields: ContentFields, rank: string, statusSince: string, now: string): Insertable<ContentItemsTable> =>
  ({ ...toContentColumns(fields), id, plan_id: planId, rank, status_since: statusSince, created_at: now, updated_at: now }) as Insertable<ContentItemsTable>;
