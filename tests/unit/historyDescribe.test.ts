import { describe, expect, it } from 'vitest';
import { changeSetLabel, describeRow, rowName, rowSummary, showValue } from '../../shared/history/describe';
import { showField } from '../../shared/history/values';

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

  it('names content by its title and account links as such', () => {
    expect(rowName('content_items', { id: 'c1', title: 'CFO deck' })).toBe('CFO deck');
    expect(rowName('content_accounts', { id: 'l1', content_id: 'c1', account_id: 'a1' })).toBe('Account link');
    expect(changeSetLabel([describeRow('content_items', 'c1', null, { id: 'c1', title: 'CFO deck' })])).toBe('Added content item CFO deck');
  });
});

describe('moves on the boards', () => {
  const deck = { id: 'c1', plan_id: 'p', title: 'CFO deck', status: 'planned', personas: '["CFO"]', rank: 'a0', status_since: 't0', revision: 3, updated_at: 't0' };
  const line = (id: string, name: string, month: string, rank: string) => ({ id, plan_id: 'p', name, month, team: 'marketing', planned: 1000, rank, revision: 1, updated_at: 't0' });

  it('a card moved to another column reads as a move between the columns, in their names', () => {
    const row = describeRow('content_items', 'c1', deck, { ...deck, status: 'in_production', rank: 'a1', status_since: 't1', revision: 4, updated_at: 't1' });
    expect(row).toMatchObject({ kind: 'moved', name: 'CFO deck', fields: [{ field: 'status', label: 'Status', from: 'planned', to: 'in_production' }] });
    expect(changeSetLabel([row])).toBe('Moved CFO deck from Planned to In production');
    expect(rowSummary(row)).toBe('moved Planned → In production');
    const budget = describeRow('budget_lines', 'b1', line('b1', 'Trade show', '2026-12', 'a0'), line('b1', 'Trade show', '2026-10', 'a5'));
    expect(changeSetLabel([budget])).toBe('Moved Trade show from Dec 2026 to Oct 2026');
  });

  it('a card moved within its column is reordered, and its rank is never shown', () => {
    const row = describeRow('content_items', 'c1', deck, { ...deck, rank: 'a1', revision: 4 });
    expect(row).toMatchObject({ kind: 'moved', fields: [] });
    expect(changeSetLabel([row])).toBe('Reordered CFO deck');
    expect(rowSummary(row)).toBe('reordered in its column');
  });

  it('cards moved together name the column they went to, counting those already there', () => {
    const moved = describeRow('budget_lines', 'b1', line('b1', 'A', '2026-12', 'a0'), line('b1', 'A', '2026-10', 'a5'));
    const stayed = describeRow('budget_lines', 'b2', line('b2', 'B', '2026-10', 'a1'), line('b2', 'B', '2026-10', 'a6'));
    const elsewhere = describeRow('budget_lines', 'b3', line('b3', 'C', '2026-10', 'a1'), line('b3', 'C', '2026-11', 'a6'));
    expect(changeSetLabel([moved, stayed])).toBe('Moved 2 budget lines to Oct 2026');
    expect(changeSetLabel([stayed, stayed])).toBe('Reordered 2 budget lines');
    expect(changeSetLabel([moved, elsewhere])).toBe('Moved 2 budget lines');
  });

  it('an edit is an edit, even with a new rank; a new column alone is a move, wherever it was made', () => {
    const row = describeRow('content_items', 'c1', deck, { ...deck, title: 'CFO ROI deck', rank: 'a1' });
    expect(row).toMatchObject({ kind: 'edited', fields: [{ field: 'title' }] });
    const status = describeRow('content_items', 'c1', deck, { ...deck, status: 'published', status_since: 't1' });
    expect(changeSetLabel([status])).toBe('Moved CFO deck from Planned to Published');
    const both = describeRow('content_items', 'c1', deck, { ...deck, status: 'published', title: 'CFO ROI deck' });
    expect(changeSetLabel([both])).toBe('Edited CFO ROI deck: Title CFO deck → CFO ROI deck, Status Planned → Published');
    expect(describeRow('content_items', 'c1', deck, { ...deck, revision: 9 }).kind).toBe('edited');
    // Tables that are not boards here (accounts) never read as moves, and hide the rank too.
    const acct = describeRow('accounts', 'a1', { id: 'a1', name: 'Acme', tier: 3, rank: 'a0' }, { id: 'a1', name: 'Acme', tier: 1, rank: 'a1' });
    expect(acct).toMatchObject({ kind: 'edited', fields: [{ field: 'tier' }] });
  });

  it("an item's edit with its account links is the item's label, the links counted", () => {
    const item = describeRow('content_items', 'c1', deck, { ...deck, personas: '["CFO","CIO"]', revision: 4 });
    const link = describeRow('content_accounts', 'l1', null, { id: 'l1', content_id: 'c1', account_id: 'a1' });
    expect(changeSetLabel([item, link])).toBe('Edited CFO deck: Personas CFO → CFO, CIO; also added 1 account link');
    expect(rowSummary(link)).toBe('added');
    expect(rowSummary(item)).toBe('Personas CFO → CFO, CIO');
  });

  it('shows stored values in the words the boards use', () => {
    expect(showField('content_items', 'stage', 'consideration')).toBe('Consideration');
    expect(showField('content_items', 'industries', '[]')).toBe('—');
    expect(showField('content_items', 'personas', 'not json')).toBe('not json');
    expect(showField('content_items', 'status', 'mystery')).toBe('mystery');
    expect(showField('budget_lines', 'team', 'joint')).toBe('Joint');
    expect(showField('budget_lines', 'month', null)).toBe('—');
    expect(showField('accounts', 'tier', 2)).toBe('2');
  });
});
