import { keepPreviousData, QueryClient, useQuery, type Query } from '@tanstack/react-query';
import type { OpInput, OpName, OpOutput } from '../../../shared/contract';
import { call } from './client';

/**
 * The renderer's one cache of what the core answered, keyed by op and input (the plan id among them),
 * so an answer for one plan can never show in another, and an answer that arrives after a newer
 * request for the same key is dropped by the query client. Writes patch it with the rows they return.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: false, refetchOnWindowFocus: false } },
});

export const opKey = <K extends OpName>(op: K, input: OpInput<K>) => [op, input] as const;

/**
 * A query through the core; `input` null means "not yet" (no plan chosen, say). With `keepPrevious`,
 * the last answer stays on screen while another input's loads (the dashboard switching months).
 */
export function useOp<K extends OpName>(op: K, input: OpInput<K> | null, options: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: input ? opKey(op, input) : [op, 'disabled'],
    queryFn: () => call(op, input!),
    enabled: input !== null,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

const planOf = (query: Query) => (query.queryKey[1] as { planId?: string } | undefined)?.planId;

/** Marks a plan's cached answers stale (all of them, or those of some ops); shown ones refetch. */
export function invalidatePlan(planId: string, ops?: readonly OpName[]) {
  return queryClient.invalidateQueries({ predicate: (q) => planOf(q) === planId && (!ops || ops.includes(q.queryKey[0] as OpName)) });
}

/** Changes a cached answer in place (with the rows a write returned) instead of reloading the list. */
export function patchOp<K extends OpName>(op: K, input: OpInput<K>, update: (old: OpOutput<K>) => OpOutput<K>) {
  queryClient.setQueryData<OpOutput<K>>(opKey(op, input), (old) => (old === undefined ? old : update(old)));
}

/** Drops everything cached for a plan (it was deleted). */
export const forgetPlan = (planId: string) => queryClient.removeQueries({ predicate: (q) => planOf(q) === planId });

/**
 * A plan's cached list after a write: the rows the core returned replace their old selves or join the
 * list; `removed` ids leave it. For list ops answered with whole rows (budget lines, content items).
 */
export function mergeRows<K extends 'budget.list' | 'content.list'>(op: K, planId: string, rows: OpOutput<K>, removed: readonly string[] = []) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  patchOp(op, { planId } as OpInput<K>, (list) => [...list.filter((r) => !removed.includes(r.id)).map((r) => byId.get(r.id) ?? r), ...rows.filter((r) => !list.some((x) => x.id === r.id))] as OpOutput<K>);
}
