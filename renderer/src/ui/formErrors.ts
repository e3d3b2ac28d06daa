import { fieldErrors, type AppErrorBody } from '../../../shared/result';

/**
 * Splits a failed op into messages per form field (paths like `account.domain` become `domain`) and a
 * general message for anything no field owns.
 */
export function formErrors(error: AppErrorBody, prefix: string, fields: readonly string[]): { byField: Record<string, string>; general: string | null } {
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    if (fields.includes(field)) byField[field] ??= message;
  }
  return { byField, general: Object.keys(byField).length ? null : error.message };
}

/** "Domain" + "must be a company domain" reads as one sentence; messages already sentences stay as they are. */
export const withLabel = (label: string, message: string | undefined) =>
  message === undefined ? undefined : /^[a-z]/.test(message) ? `${label} ${message}` : message;
