import { z } from 'zod';

/** An operation: the schema its input must pass, and (as a type only) what it returns. */
export interface OpSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type into `OpOutput`. */
  output: O;
}

export const defineOp =
  <O>() =>
  <I extends z.ZodType>(input: I): OpSpec<I, O> => ({ input, output: undefined as O });

export const idSchema = z.uuid({ message: 'must be an id' });

// Text that appears in tables and files: trimmed, bounded, no control characters.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const text = (max: number, missing = 'must be text') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') })
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !CONTROL_CHARS.test(s), { message: 'must not contain control characters' });

/** An amount of money: finite, not negative, at most 10 trillion, so every sum of them stays finite. */
export const money = z
  .number({ message: 'must be a number' })
  .finite({ message: 'must be a finite number' })
  .min(0, { message: 'must not be negative' })
  .max(1e13, { message: 'is too large' });

/** A calendar date as "2027-03-31", and a real one. */
export const isoDate = z
  .string({ message: 'must be a date like 2027-03-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2027-03-31' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'must be a real date' });

export const requiredText = (max: number, what: string) => text(max, `${what} is required`).refine((s) => s.length > 0, { message: `${what} is required` });
