import type { CardMeta } from './record';

/** The kinds of content sales asks for and marketing makes; an item may also name its own. */
export const CONTENT_TYPES = ['Case study', 'One-pager', 'Deck', 'Webinar', 'Demo video', 'Battlecard', 'Blog post', 'Ebook', 'Email sequence'] as const;

export const FUNNEL_STAGES = ['awareness', 'consideration', 'decision', 'expansion'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = { awareness: 'Awareness', consideration: 'Consideration', decision: 'Decision', expansion: 'Expansion' };

export const CONTENT_STATUSES = ['requested', 'planned', 'in_production', 'published', 'retired'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  requested: 'Requested',
  planned: 'Planned',
  in_production: 'In production',
  published: 'Published',
  retired: 'Retired',
};

export interface ContentFields {
  title: string;
  type: string;
  stage: FunnelStage;
  personas: string[];
  industries: string[];
  status: ContentStatus;
  owner: string;
  requester: string;
  /** Why sales asked for it, for requests. */
  reason: string;
  /** "2027-02-15", or null. */
  dueDate: string | null;
  url: string;
  usageCount: number;
  influencedPipeline: number;
  /** The target accounts it is for. */
  accountIds: string[];
}

export interface ContentItem extends ContentFields, CardMeta {
  /** When it entered its current status. */
  statusSince: string;
}
