import { READ_OPS, type OpName } from '../../../shared/contract';
import type { ServiceContext } from '../services/context';
import type { Handlers } from '../services/handlers';
import { historyRepo } from '../repositories/history.repo';

/** Writes that are not one change set of one plan: deleting a plan takes its log with it. */
const UNRECORDED: ReadonlySet<OpName> = new Set<OpName>(['plans.delete', 'history.undo', 'history.redo']);

export interface Recorder {
  /** Runs a write op as one change set: every row it changes is logged under it. */
  record<T>(op: string, write: () => Promise<T>): Promise<T>;
  /** Runs a write that is not logged (undo itself, deleting a plan), still one at a time. */
  exclusive<T>(write: () => Promise<T>): Promise<T>;
}

/**
 * Writes run one at a time, so the change set being recorded is always the op's own, whatever other
 * requests are in flight (reads are not held up). A change set that changed nothing is dropped; one
 * that changed rows of one plan becomes that plan's latest undo step and clears its redo.
 */
export function createRecorder(ctx: ServiceContext): Recorder {
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(write: () => Promise<T>): Promise<T> => {
    const run = tail.then(write, write);
    tail = run.catch(() => undefined);
    return run;
  };
  const finish = async (id: string) => {
    const repo = historyRepo(ctx.db);
    if (!(await repo.countChanges(id))) return repo.remove(id);
    const plans = await repo.plansOf(id);
    const [planId] = plans;
    if (plans.length !== 1 || !planId) return;
    await repo.setPlan(id, planId);
    await repo.dropUndone(planId);
  };
  return {
    exclusive,
    record: (op, write) =>
      exclusive(async () => {
        const repo = historyRepo(ctx.db);
        const id = ctx.newId();
        await repo.begin(id, op, await repo.actor(), ctx.now());
        try {
          return await write();
        } finally {
          // Also after a failure: a handler that wrote before it failed keeps its log consistent with its rows.
          await repo.stopRecording();
          await finish(id);
        }
      }),
  };
}

/** Every write op of `handlers`, recorded; reads pass through untouched. */
export function recordWrites<K extends OpName>(handlers: Handlers<K>, recorder: Recorder): Handlers<K> {
  const out = { ...handlers };
  for (const op of Object.keys(handlers) as K[]) {
    if (READ_OPS.has(op)) continue;
    const handler = handlers[op] as (input: unknown) => Promise<unknown>;
    const wrapped = UNRECORDED.has(op) ? (input: unknown) => recorder.exclusive(() => handler(input)) : (input: unknown) => recorder.record(op, () => handler(input));
    out[op] = wrapped as Handlers<K>[K];
  }
  return out;
}
