import type { z } from 'zod';
import { contract, isOpName, type OpName } from '../../shared/contract';
import { AppError, validationError, type FieldIssue, type Result } from '../../shared/result';
import type { Handlers } from './services/handlers';

export type Dispatch = (op: string, input: unknown) => Promise<Result<unknown>>;

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

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
