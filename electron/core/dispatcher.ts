import type { z } from 'zod';
import { contract, isOpName, type OpName } from '../../shared/contract';
import { AppError, validationError, type FieldIssue, type Result } from '../../shared/result';
import type { Handlers } from './services/handlers';

export type Dispatch = (op: string, input: unknown) => Promise<Result<unknown>>;

// A hostile input can raise a million issues, or one naming a million keys: the answer stays small.
const MAX_ISSUES = 50;
const MAX_TEXT = 300;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: clip(issue.path.map(String).join('.')), message: clip(issue.message) }));

/**
 * The single gate between the outside (IPC, HTTP, CLI) and the services: unknown ops are refused,
 * every input is parsed with its op's schema, and every outcome becomes a Result.
 */
export function createDispatcher(handlers: Handlers<OpName>, log: (message: string, error: unknown) => void = console.error): Dispatch {
  return async (op, input) => {
    if (typeof op !== 'string' || !isOpName(op)) {
      return { ok: false, error: { code: 'UNKNOWN_OP', message: `Unknown operation: ${String(op).slice(0, 80)}` } };
    }
    const parsed = contract[op].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(issuesOf(parsed.error)).toBody() };
    try {
      const handler = handlers[op] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        return { ok: false, error: { code: 'CONFLICT', message: 'That would duplicate an existing record.' } };
      }
      log(`op ${op} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: `Tandem could not complete ${op}. Your data was not changed.` } };
    }
  };
}
