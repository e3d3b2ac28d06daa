/**
 * The contract's op names as plain data, for the preload's allow-list (which must stay tiny: no zod).
 * contract/index.ts fails to compile if this list and the contract ever differ.
 */
export const OP_NAMES = [
  'app.info',
  'plans.list',
  'plans.get',
  'plans.create',
  'plans.rename',
  'plans.duplicate',
  'plans.delete',
  'accounts.list',
  'accounts.create',
  'accounts.update',
  'accounts.delete',
  'accounts.restore',
  'targets.list',
  'targets.save',
  'targets.setPrimary',
  'targets.delete',
  'metrics.list',
  'metrics.createCustom',
  'slas.list',
  'slas.create',
  'slas.update',
  'slas.delete',
  'kpis.list',
  'kpis.save',
  'kpis.update',
  'kpis.delete',
  'kpis.previewCsv',
  'dashboard.get',
] as const;
