// The content form's text, to and from an item: what a save sends is only what the user changed.
import type { OpInput } from '../../../../../shared/contract';
import { CONTENT_TYPES, type ContentItem, type ContentStatus, type FunnelStage } from '../../../../../shared/domain/content';
import { formatForInput } from '../../../../../shared/format';
import { parseMoney, parseNumber, type DecimalMark } from '../../../../../shared/parse/number';
import type { AppErrorBody } from '../../../../../shared/result';

export const CONTENT_LABELS = {
  title: 'Title',
  type: 'Type',
  stage: 'Funnel stage',
  status: 'Status',
  reason: 'Why sales needs it',
  requester: 'Requested by',
  owner: 'Owner',
  personas: 'Personas',
  industries: 'Industries',
  dueDate: 'Due date',
  url: 'Link',
  usageCount: 'Times sales used it',
  influencedPipeline: 'Influenced pipeline',
  accountIds: 'For accounts',
};
export type ContentKey = keyof typeof CONTENT_LABELS;
/** Every field as typed; `accountIds` is the account being typed, the picked ones are kept apart. */
export type ContentDraft = Record<ContentKey, string>;
type Patch = OpInput<'content.update'>['patch'];

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

export function draftOf(item: ContentItem | null, requester: string): ContentDraft {
  return {
    title: item?.title ?? '',
    type: item?.type ?? CONTENT_TYPES[0],
    stage: item?.stage ?? 'decision',
    status: item?.status ?? 'planned',
    reason: item?.reason ?? '',
    requester: item ? item.requester : requester,
    owner: item?.owner ?? '',
    personas: item?.personas.join(', ') ?? '',
    industries: item?.industries.join(', ') ?? '',
    dueDate: item?.dueDate ?? '',
    url: item?.url ?? '',
    usageCount: formatForInput(item?.usageCount ?? 0),
    influencedPipeline: formatForInput(item?.influencedPipeline ?? 0),
    accountIds: '',
  };
}

/**
 * The fields of an edit that differ from the item, numbers read as every field reads them. Errors are
 * per field; an empty patch means nothing changed. Checks beyond reading (a due date before the plan,
 * a negative amount, a deleted account) are the core's, so every door refuses the same input.
 */
export function patchOf(item: ContentItem, draft: ContentDraft, accountIds: readonly string[], decimal: DecimalMark): { patch: Patch; errors: Partial<Record<ContentKey, string>> } {
  const errors: Partial<Record<ContentKey, string>> = {};
  const usage = parseNumber(draft.usageCount, CONTENT_LABELS.usageCount, { decimal, lenient: true });
  const pipeline = parseMoney(draft.influencedPipeline, CONTENT_LABELS.influencedPipeline, { decimal, lenient: true });
  if (!usage.ok) errors.usageCount = usage.error;
  if (!pipeline.ok) errors.influencedPipeline = pipeline.error;
  const next = {
    title: draft.title,
    type: draft.type,
    stage: draft.stage as FunnelStage,
    status: draft.status as ContentStatus,
    reason: draft.reason,
    requester: draft.requester,
    owner: draft.owner,
    personas: list(draft.personas),
    industries: list(draft.industries),
    dueDate: draft.dueDate || null,
    url: draft.url.trim(),
    usageCount: usage.ok ? (usage.value ?? 0) : item.usageCount,
    influencedPipeline: pipeline.ok ? (pipeline.value ?? 0) : item.influencedPipeline,
    accountIds: [...accountIds],
  } satisfies Required<Patch>;
  const patch: Record<string, unknown> = {};
  // Links are a set: the same accounts picked in another order change nothing.
  const same = (k: keyof typeof next) => (k === 'accountIds' ? [...next.accountIds].sort().join() === [...item.accountIds].sort().join() : JSON.stringify(next[k]) === JSON.stringify(item[k]));
  for (const k of Object.keys(next) as (keyof typeof next)[]) if (!same(k)) patch[k] = next[k];
  return { patch: patch as Patch, errors };
}

/**
 * A refused link names the account ("For accounts: Globex is not an account of this plan…"): the core
 * says which place in the list, the form knows whose name is there.
 */
export function accountError(error: AppErrorBody, prefix: string, accountIds: readonly string[], nameOf: (id: string) => string): string | undefined {
  const issue = (error.details?.issues ?? []).find((i) => i.path.startsWith(`${prefix}.accountIds.`));
  if (!issue) return undefined;
  const id = accountIds[Number(issue.path.slice(`${prefix}.accountIds.`.length))];
  return `${CONTENT_LABELS.accountIds}: ${id ? nameOf(id) : 'an account'} ${issue.message}`;
}
