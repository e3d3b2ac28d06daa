import type { OpName, OpOutput, OpParsed } from '../../../shared/contract';

/** Handlers for a group of ops; each domain's service exports one, and the dispatcher joins them. */
export type Handlers<K extends OpName> = { [P in K]: (input: OpParsed<P>) => Promise<OpOutput<P>> };
