/** Every op answers with a Result, across IPC, HTTP and the CLI alike, so error codes survive transport. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'UNKNOWN_OP' | 'FORBIDDEN' | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `domain` or `patch.tier`. Empty for the input as a whole. */
  path: string;
  message: string;
}

export interface AppErrorBody {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; field?: string; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: AppErrorBody['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): AppErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} was not found.`, { id });

/** A refused input: the first issue in the message, every issue in the details, for forms to place. */
export function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError('VALIDATION', `${where}${first?.message ?? 'invalid input'}${more}`, { issues });
}

/** "Domain" + "must be a company domain" reads as one sentence; messages that are sentences already stay as they are. */
export const withLabel = (label: string, message: string | undefined) =>
  message === undefined ? undefined : /^[a-z]/.test(message) ? `${label} ${message}` : message;
