import { describe, expect, it } from 'vitest';
import { testCore, testPlan } from './helpers';

async function preview(content: Buffer | string, seed?: (core: Awaited<ReturnType<typeof testCore>>, planId: string) => Promise<unknown>) {
  const { core, planId } = await testPlan();
  if (seed) await seed(core, planId);
  const before = core.snapshot();
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const result = await core.call('kpis.previewCsv', { planId, fileName: 'kpis.csv', contentBase64: bytes.toString('base64') });
  expect(core.snapshot()).toEqual(before); // a preview never writes
  return result;
}

const ok = async (content: Buffer | string) => {
  const result = await preview(content);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const simple = 'metric,period,value,team,note\nmqls,2027-01,300,marketing,\nSQLs,2027-01,"1,200",sales,"quoted, with comma"\n';

describe('KPI CSV preview', () => {
  it('reads metrics by key or name, values with thousands separators and percent signs', async () => {
    const p = await ok(simple + 'Follow-up coverage,2027-02,92%,,\n');
    expect(p).toMatchObject({ encoding: 'UTF-8', delimiter: ',', valid: 3, invalid: 0 });
    expect(p.rows.map((r) => r.snapshot)).toEqual([
      { metric: 'mqls', period: '2027-01', value: 300, team: 'marketing', note: '' },
      { metric: 'sqls', period: '2027-01', value: 1200, team: 'sales', note: 'quoted, with comma' },
      { metric: 'follow_up_coverage', period: '2027-02', value: 92, team: 'sales', note: '' }, // team defaults to the metric's owner
    ]);
  });

  it('handles a UTF-8 BOM, CRLF line ends and quoted newlines', async () => {
    const p = await ok('\uFEFFmetric,period,value,note\r\nmqls,2027-01,300,"line one\r\nline two"\r\n');
    expect(p.encoding).toBe('UTF-8 (with BOM)');
    expect(p.rows[0]!.snapshot).toMatchObject({ metric: 'mqls', note: 'line one\r\nline two' });
  });

  it('decodes UTF-16 LE (Excel "Unicode text")', async () => {
    const p = await ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('metric\tperiod\tvalue\tnote\nmqls\t2027-01\t300\tKöln\n', 'utf16le')]));
    expect(p).toMatchObject({ encoding: 'UTF-16 LE', delimiter: 'tab', valid: 1 });
    expect(p.rows[0]!.snapshot!.note).toBe('Köln');
  });

  it('falls back to Windows-1252 for non-UTF-8 bytes, and says so', async () => {
    const p = await ok(Buffer.from('metric;period;value;note\nmqls;2027-01;300;M\xfcnchen caf\xe9\n', 'latin1'));
    expect(p.encoding).toMatch(/Windows-1252/);
    expect(p.delimiter).toBe(';');
    expect(p.rows[0]!.snapshot!.note).toBe('München café');
  });

  it('reports every bad row with its line and field, and keeps the good ones', async () => {
    const p = await ok('metric,period,value,team\nmqls,2027-01,300,marketing\nvibes,2027-01,1,marketing\nmqls,2027-07,5,marketing\nmqls,2027-02,lots,marketing\nmqls,2027-02,4,finance\nmqls,2027-01,310,marketing\nmqls,2027-03\n');
    expect(p.valid).toBe(1);
    const errors = Object.fromEntries(p.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')]));
    expect(errors[3]).toMatch(/^metric: "vibes" is not a metric of this plan/);
    expect(errors[4]).toMatch(/^period: "2027-07" is not a period of FY2027 Q1/);
    expect(errors[5]).toMatch(/^value: must be a number/);
    expect(errors[6]).toMatch(/^team: must be one of marketing, sales, joint/);
    expect(errors[7]).toBe('row: repeats row 1 (same metric, period and team)');
    expect(errors[8]).toMatch(/^row: has 2 cells, the header has 4/);
  });

  it('marks rows that would replace a stored snapshot', async () => {
    const result = await preview(simple, (core, planId) => core.must('kpis.save', { planId, snapshots: [{ metric: 'mqls', period: '2027-01', team: 'marketing', value: 1 }] }));
    expect(result.ok && result.value.rows.map((r) => r.replaces)).toEqual([true, false]);
  });

  it('ignores columns it does not know, including one named __proto__', async () => {
    const p = await ok('__proto__,metric,period,value,constructor\nx,mqls,2027-01,300,y\n');
    expect(p.rows[0]!.snapshot).toEqual({ metric: 'mqls', period: '2027-01', value: 300, team: 'marketing', note: '' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a header only', 'metric,period,value\n', 'The file has no data rows under its header.'],
    ['no header', 'mqls,2027-01,300\nsqls,2027-01,80\n', /must be a header with the columns metric, period and value/],
    ['a duplicate header', 'metric,period,value,Value\nmqls,2027-01,1,2\n', 'The header names the value column twice (columns 3 and 4).'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), 'This looks like a binary file, not CSV text.'],
  ])('refuses %s with a clear message', async (_label, content, message) => {
    const result = await preview(content);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
  });
});
