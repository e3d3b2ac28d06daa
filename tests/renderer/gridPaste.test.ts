import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/domain/account';
import { COLUMNS } from '../../renderer/src/features/accounts/columns';
import { planPaste, readCells } from '../../renderer/src/features/accounts/gridPaste';

const account = (name: string, over: Partial<Account> = {}): Account => ({
  id: `id-${name}`, planId: 'p', name, domain: `${name.toLowerCase()}.com`, industry: '', region: '', employees: null, annualRevenue: null,
  tier: 3, stage: 'target', salesOwner: '', marketingOwner: '', openPipeline: 0, notes: '', rank: 'a0', revision: 4, createdAt: '', updatedAt: '', ...over,
});
const rows = [account('Acme'), account('Globex', { tier: 2 })];
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe('cells copied from a spreadsheet', () => {
  it('reads tabs and lines, quoted cells with tabs and line breaks, and drops the trailing line end', () => {
    expect(readCells('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(readCells('"two\nlines"\t"a\ttab"\n')).toEqual([['two\nlines', 'a\ttab']]);
    expect(readCells('\n\n')).toEqual([]);
  });

  // A blank cell in the middle of a copied column must not pull the cells below it up a row.
  it('keeps an empty row inside the block in its place', () => {
    expect(readCells('a\n\nc\n')).toEqual([['a'], [''], ['c']]);
  });
});

describe('pasting a block into the accounts grid', () => {
  it('edits the cells it lands on, only where they change, with the revision it saw', () => {
    const outcome = planPaste('Tier 1\tCustomer\nT2\topportunity\n', rows, { row: 0, col: col('tier') }, COLUMNS);
    expect(outcome).toEqual({
      ok: true,
      plan: {
        updates: [
          { id: 'id-Acme', patch: { tier: 1, stage: 'customer' }, expectedRevision: 4 },
          { id: 'id-Globex', patch: { stage: 'opportunity' }, expectedRevision: 4 },
        ],
        creates: [],
        before: rows,
        headerSkipped: false,
      },
    });
  });

  it('an empty cell inside the block clears its cell; the rows below land where they were copied', () => {
    const three = [account('A', { notes: 'x' }), account('B', { notes: 'keep?' }), account('C', { notes: 'y' })];
    const outcome = planPaste('first\n\nthird\n', three, { row: 0, col: col('notes') }, COLUMNS);
    expect(outcome.ok && outcome.plan.updates.map((u) => [u.id, u.patch])).toEqual([
      ['id-A', { notes: 'first' }],
      ['id-B', { notes: '' }],
      ['id-C', { notes: 'third' }],
    ]);
  });

  it('adds rows pasted below the last one, through the same parsers', () => {
    const outcome = planPaste('Initech\tinitech.de\t1\n', rows, { row: 2, col: 0 }, COLUMNS);
    expect(outcome).toEqual({ ok: true, plan: { updates: [], creates: [{ account: { name: 'Initech', domain: 'initech.de', tier: 1 } }], before: [], headerSkipped: false } });
    const numbers = planPaste('1,250\t$2.5M\n', rows, { row: 1, col: col('employees') }, COLUMNS);
    expect(numbers.ok && numbers.plan.updates[0]!.patch).toEqual({ employees: 1250, annualRevenue: 2_500_000 });
  });

  it('refuses the whole block when any cell is wrong, naming row and column', () => {
    expect(planPaste('5\nlots\nnone\n', rows, { row: 0, col: col('employees') }, COLUMNS)).toEqual({
      ok: false,
      problem: 'Nothing pasted. Row 2 (Globex): Employees must be a number, like 7.5 or 1,250; New row 1: Employees must be a number, like 7.5 or 1,250; New row 1: a new account needs its name and domain; paste from the Account column.',
    });
    expect(planPaste('Tier 9\n', rows, { row: 0, col: col('tier') }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted. Row 1 (Acme): Tier must be one of Tier 1, Tier 2, Tier 3.' });
    expect(planPaste('\tacme.io\n', rows, { row: 0, col: 0 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted. Row 1 (Acme): Account can\'t be empty.' });
  });

  it('a header row copied with the data places the columns by name and is not pasted', () => {
    const outcome = planPaste('Domain\tAccount\tTIER\topen_pipeline\nhooli.com\tHooli\tT2\t$1M\n', rows, { row: 2, col: col('notes') }, COLUMNS);
    expect(outcome).toEqual({
      ok: true,
      plan: { updates: [], creates: [{ account: { domain: 'hooli.com', name: 'Hooli', tier: 2, openPipeline: 1_000_000 } }], before: [], headerSkipped: true },
    });
    // A blank header cell leaves its column out.
    const gap = planPaste('Account\t\tRegion\nAcme\tignored\tEMEA\n', rows, { row: 0, col: 0 }, COLUMNS);
    expect(gap.ok && gap.plan.updates).toEqual([{ id: 'id-Acme', patch: { region: 'EMEA' }, expectedRevision: 4 }]);
    expect(planPaste('Account\tDomain\n', rows, { row: 0, col: 0 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted: the clipboard holds only a header row.' });
    // Data wider than the header is refused, not dropped.
    expect(planPaste('Account\tDomain\nHooli\thooli.com\textra\n', rows, { row: 2, col: 0 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted: pasted row 1 has cells beyond the columns the header row names.' });
    // One column's name with values under it is a header; alone, it is a value.
    expect(planPaste('Region\nEMEA\n', rows, { row: 0, col: col('notes') }, COLUMNS)).toMatchObject({ ok: true, plan: { headerSkipped: true, updates: [{ patch: { region: 'EMEA' } }] } });
    expect(planPaste('Region\n', rows, { row: 0, col: col('notes') }, COLUMNS)).toMatchObject({ ok: true, plan: { headerSkipped: false, updates: [{ patch: { notes: 'Region' } }] } });
    // Not a header: a cell that names no column, or a column named twice.
    expect(planPaste('Account\tacme.io\n', rows, { row: 0, col: 0 }, COLUMNS)).toMatchObject({ ok: true, plan: { headerSkipped: false } });
    expect(planPaste('Notes\tNotes\n', rows, { row: 0, col: col('notes') }, COLUMNS)).toMatchObject({ ok: false, problem: expect.stringContaining('2 columns wide') });
  });

  // New-user finding: pasting an export with a header over a selected row overwrote that account.
  it('with a header naming Domain, rows match accounts by domain wherever the cursor is; new domains are added', () => {
    const hidden = account('Hooli'); // filtered out of the rows on screen
    const outcome = planPaste('Account\tDomain\tTier\nGlobex Inc\tHTTPS://www.globex.com/\tT1\nInitech\tinitech.de\tT2\nHooli\thooli.com\tT1\n', rows, { row: 0, col: 3 }, COLUMNS, [...rows, hidden]);
    expect(outcome).toEqual({
      ok: true,
      plan: {
        updates: [
          { id: 'id-Globex', patch: { name: 'Globex Inc', domain: 'HTTPS://www.globex.com/', tier: 1 }, expectedRevision: 4 },
          { id: 'id-Hooli', patch: { tier: 1 }, expectedRevision: 4 },
        ],
        creates: [{ account: { name: 'Initech', domain: 'initech.de', tier: 2 } }],
        before: [rows[1], hidden],
        headerSkipped: true,
      },
    });
    expect(planPaste('Domain\tEmployees\nacme.com\tmany\n', rows, { row: 1, col: 0 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted. Pasted row 1 (Acme): Employees must be a number, like 7.5 or 1,250.' });
  });

  it('refuses a block that names one domain twice, naming both rows', () => {
    expect(planPaste('Hooli\thooli.com\nHooli Inc\tHOOLI.com\n', rows, { row: 2, col: 0 }, COLUMNS)).toEqual({
      ok: false,
      problem: 'Nothing pasted. HOOLI.com appears twice in the pasted rows (New row 1 and New row 2).',
    });
  });

  it('lists at most three problems and counts the rest', () => {
    const outcome = planPaste(['x', 'x', 'x', 'x', 'x'].join('\n'), [...rows, account('C'), account('D'), account('E')], { row: 0, col: col('employees') }, COLUMNS);
    expect(outcome.ok ? '' : outcome.problem).toMatch(/ \(and 2 more\)\.$/);
  });

  it('says so when a paste would change nothing, or does not fit', () => {
    expect(planPaste('T3\n', rows, { row: 0, col: col('tier') }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted: those cells already hold these values.' });
    expect(planPaste('a\tb\n', rows, { row: 0, col: COLUMNS.length - 1 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted: the block is 2 columns wide, and only 1 fit from Notes.' });
    expect(planPaste('', rows, { row: 0, col: 0 }, COLUMNS)).toEqual({ ok: false, problem: 'Nothing pasted: the clipboard holds no cells.' });
  });
});
