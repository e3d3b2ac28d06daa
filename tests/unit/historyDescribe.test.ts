import { describe, expect, it } from 'vitest';
import { changeSetLabel, describeRow, rowName, showValue } from '../../shared/history/describe';

const acme = { id: 'a1', plan_id: 'p', name: 'Acme', tier: 3, stage: 'target', notes: '', open_pipeline: 0, revision: 1, updated_at: 't1' };

describe('the change log in words', () => {
  it('an edit lists the fields it moved, never the bookkeeping ones', () => {
    const row = describeRow('accounts', 'a1', acme, { ...acme, tier: 1, open_pipeline: 250000, revision: 2, updated_at: 't2' });
    expect(row).toEqual({
      table: 'accounts',
      rowId: 'a1',
      kind: 'edited',
      name: 'Acme',
      fields: [
        { field: 'tier', label: 'Tier', from: 3, to: 1 },
        { field: 'open_pipeline', label: 'Open pipeline', from: 0, to: 250000 },
      ],
    });
    expect(changeSetLabel([row])).toBe('Edited Acme: Tier 3 → 1, Open pipeline 0 → 250,000');
  });

  it('names at most two fields and counts the rest', () => {
    const row = describeRow('accounts', 'a1', acme, { ...acme, tier: 1, stage: 'aware', notes: 'x', some_new_column: 5 });
    expect(changeSetLabel([row])).toBe('Edited Acme: Tier 3 → 1, Stage target → aware and 2 more fields');
    expect(row.fields.at(-1)).toEqual({ field: 'some_new_column', label: 'Some new column', from: undefined, to: 5 });
  });

  it('adds and deletes name the row; many rows are counted by kind, the unlisted ones included', () => {
    const added = describeRow('accounts', 'a1', null, acme);
    const deleted = describeRow('slas', 's1', { id: 's1', name: 'Speed to lead' }, null);
    expect([added.kind, deleted.kind]).toEqual(['added', 'deleted']);
    expect(changeSetLabel([added])).toBe('Added account Acme');
    expect(changeSetLabel([deleted])).toBe('Deleted SLA Speed to lead');
    expect(changeSetLabel([added, added, deleted], 53)).toBe('Added 52 accounts, deleted 1 SLA');
    // One row and what followed from it: that row's label, the rest counted.
    const scenario = describeRow('target_scenarios', 't', { id: 't', name: 'Base', win_rate: 25 }, { id: 't', name: 'Base', win_rate: 30 });
    const sla = describeRow('slas', 's', { id: 's', name: 'MQLs', target: 300 }, { id: 's', name: 'MQLs', target: 250 });
    expect(changeSetLabel([scenario, sla, sla])).toBe('Edited Base: Win rate 25 → 30; also edited 2 SLAs');
    expect(changeSetLabel([describeRow('plans', 'p', null, { id: 'p', name: 'Q1' }), added])).toBe('Created plan Q1');
    expect(changeSetLabel([describeRow('mystery', 'm', null, { id: 'm' }), describeRow('mystery', 'n', null, { id: 'n' })])).toBe('Added 2 rows');
  });

  it('names rows as users know them', () => {
    expect(rowName('kpi_snapshots', { metric: 'mqls', period: '2027-01', team: 'marketing' })).toBe('mqls, Jan 2027 (marketing)');
    expect(rowName('custom_metrics', { id: 'c', label: 'Event MQLs' })).toBe('Event MQLs');
    expect(rowName('accounts', { id: 'a9', name: '' })).toBe('a9');
    expect([showValue(null), showValue(''), showValue(1250.5), showValue('EMEA')]).toEqual(['—', '—', '1,250.5', 'EMEA']);
  });
});
