import type { z } from 'zod';
import { accountOps } from './accounts';
import { appOps } from './app';
import { budgetOps } from './budget';
import { contentOps } from './content';
import { dashboardOps } from './dashboard';
import { historyOps } from './history';
import { kpiOps } from './kpis';
import { metricOps } from './metrics';
import { OP_NAMES } from './names';
import { planOps } from './plans';
import { slaOps } from './slas';
import { targetOps } from './targets';

/** The whole API: operation name -> input schema and output type. IPC, HTTP and CLI all serve this map. */
export const contract = { ...appOps, ...planOps, ...accountOps, ...targetOps, ...metricOps, ...slaOps, ...kpiOps, ...dashboardOps, ...historyOps, ...budgetOps, ...contentOps };

export type Contract = typeof contract;
export type OpName = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
/** What a handler receives, after parsing. */
export type OpParsed<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = Contract[K]['output'];

export const isOpName = (name: string): name is OpName => Object.hasOwn(contract, name);

/**
 * Ops that only read. Every other op writes, and the core records each call of it as one change set
 * (one undo step): a new op is recorded unless it is named here.
 */
export const READ_OPS: ReadonlySet<OpName> = new Set<OpName>([
  'app.info',
  'plans.list',
  'plans.get',
  'accounts.list',
  'accounts.summary',
  'accounts.boardInfo',
  'targets.list',
  'metrics.list',
  'slas.list',
  'kpis.list',
  'kpis.previewImport',
  'dashboard.get',
  'history.list',
  'budget.list',
  'content.list',
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time proof that the preload's allow-list names exactly the contract's ops.
export const OP_NAMES_MATCH_CONTRACT: Same<OpName, (typeof OP_NAMES)[number]> = true;
