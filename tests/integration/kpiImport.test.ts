import { describe, expect, it } from 'vitest';
import { errorsByLine, ok, preview } from './kpiPreview';

const simple = 'metric,period,value,team,note\nmqls,2027-01,300,marketing,\nSQLs,2027-01,"1,200",sales,"quoted, with comma"\n';

describe('KPI import preview (CSV files)', () => {
  it('reads metrics by key or name, values with thousands separators and percent signs', async () => {
    const p = await ok(simple + 'Follow-up coverage,2027-02,92%,,\n');
    expect(p).toMatchObject({ valid: 3, invalid: 0, reading: { encoding: 'UTF-8', delimiter: ',', header: 'named', decimal: '.', rates: 'percent' } });
    expect(p.rows.map((r) => r.snapshot)).toEqual([
      { metric: 'mqls', period: '2027-01', value: 300, team: 'marketing', note: '' },
      { metric: 'sqls', period: '2027-01', value: 1200, team: 'sales', note: 'quoted, with comma' },
      { metric: 'follow_up_coverage', period: '2027-02', value: 92, team: 'sales', note: '' }, // team defaults to the metric's owner
    ]);
    expect(p.rows[1]!.cells).toEqual({ metric: 'SQLs', period: '2027-01', value: '1,200', team: 'sales', note: 'quoted, with comma' });
  });

  it('handles a UTF-8 BOM, CRLF line ends and quoted newlines', async () => {
    const p = await ok('\uFEFFmetric,period,value,note\r\nmqls,2027-01,300,"line one\r\nline two"\r\n');
    expect(p.reading.encoding).toBe('UTF-8 (with BOM)');
    expect(p.rows[0]!.snapshot).toMatchObject({ metric: 'mqls', note: 'line one\r\nline two' });
  });

  it('decodes UTF-16 LE (Excel "Unicode text")', async () => {
    const p = await ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('metric\tperiod\tvalue\tnote\nmqls\t2027-01\t300\tKöln\n', 'utf16le')]));
    expect(p).toMatchObject({ reading: { encoding: 'UTF-16 LE', delimiter: 'tab' }, valid: 1 });
    expect(p.rows[0]!.snapshot!.note).toBe('Köln');
  });

  it('falls back to Windows-1252 for non-UTF-8 bytes, and says so', async () => {
    const p = await ok(Buffer.from('metric;period;value;note\nmqls;2027-01;300;M\xfcnchen caf\xe9\n', 'latin1'));
    expect(p.reading.encoding).toMatch(/Windows-1252/);
    expect(p.reading.delimiter).toBe(';');
    expect(p.rows[0]!.snapshot!.note).toBe('München café');
  });

  it('decodes UTF-16 BE with its byte-order mark', async () => {
    const text = Buffer.from('metric\tperiod\tvalue\nmqls\t2027-01\t7\n', 'utf16le');
    const be = Buffer.from(text.map((_, i) => text[i ^ 1]!));
    const p = await ok(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(p).toMatchObject({ reading: { encoding: 'UTF-16 BE' }, valid: 1 });
  });

  it('decodes UTF-16 without a byte-order mark, either byte order, and says so', async () => {
    const text = Buffer.from('metric\tperiod\tvalue\tnote\nmqls\t2027-01\t300\tKöln\n', 'utf16le');
    const le = await ok(text);
    expect(le).toMatchObject({ reading: { encoding: 'UTF-16 LE (no byte-order mark)' }, valid: 1 });
    expect(le.rows[0]!.snapshot!.note).toBe('Köln');
    const be = await ok(Buffer.from(text.map((_, i) => text[i ^ 1]!)));
    expect(be).toMatchObject({ reading: { encoding: 'UTF-16 BE (no byte-order mark)' }, valid: 1 });
  });

  // Windows-1252 text can start with the bytes of half a byte-order mark: it is still Windows-1252.
  it.each([
    ['"ï" then a letter (0xEF, not 0xEF 0xBB 0xBF)', 'ïmetric'],
    ['"ab¿" (0xBF third)', 'ab¿'],
    ['"ÿ" then a letter (0xFF, not 0xFF 0xFE)', 'ÿa'],
    ['"þ" then a letter (0xFE, not 0xFE 0xFF)', 'þa'],
    ['"A»¿" (the last two bytes of a UTF-8 mark)', 'A»¿'],
    ['"Aþ" (the second byte of a UTF-16 LE mark)', 'Aþ'],
    ['"Aÿ" (the second byte of a UTF-16 BE mark)', 'Aÿ'],
  ])('is not fooled by a file starting with %s', async (_label, start) => {
    const p = await ok(Buffer.from(`${start},metric,period,value,note\n,mqls,2027-01,1,M\xfcnchen\n`, 'latin1'));
    expect(p.reading.encoding).toMatch(/^Windows-1252/);
    expect(p.rows[0]!.snapshot).toMatchObject({ metric: 'mqls', note: 'München' });
  });

  it('trims cells and ignores case in headers, metrics and teams', async () => {
    const p = await ok(' Metric ,PERIOD,Value , TEAM\n  mqls , 2027-01 ,300, SALES \n vibes ,2027-01,1,\n');
    expect(p.rows[0]!.snapshot).toEqual({ metric: 'mqls', period: '2027-01', value: 300, team: 'sales', note: '' });
    expect(p.rows[1]!.errors[0]!.message).toBe('Metric "vibes" is not in this plan (add it as a custom metric first)');
  });

  it('reads money with its currency symbol in a money column', async () => {
    const p = await ok('metric,period,value\nNew-customer bookings,2027-01,"$120,000"\nPipeline created,2027-01,€1.5M\n');
    expect(p.rows.map((r) => r.snapshot?.value)).toEqual([120_000, 1_500_000]);
  });

  it('says which cell is missing, or what is wrong with it, in every unit', async () => {
    const p = await ok('metric,period,value,note\n,2027-01,3,\nmqls,,3,\nmqls,2027-02,,\nwin rate,2027-01,,\nwin rate,2027-02,lots,\nmqls, soon ,3,\n');
    expect(errorsByLine(p)).toEqual({
      2: 'Metric is required',
      3: 'Period is required',
      4: 'Value is required',
      5: 'Value is required',
      6: 'Value must be a percentage, like 10% or 7.5',
      7: 'Period "soon" must be written like Jan 2027, 2027-01, Q1 2027 or W05 2027',
    });
    expect(p.rows.map((r) => r.replaces)).toEqual([false, false, false, false, false, false]);
    expect(p.rows[0]!.errors[0]!.path).toBe('metric');
  });

  it('names the field of each plan-level problem, and the row for a repeat', async () => {
    const p = await ok('metric,period,value\nvibes,2027-01,1\nmqls,2027-05,1\nmqls,2027-01,1\nmqls,2027-01,2\n');
    expect(p.rows.map((r) => r.errors.map((e) => e.path))).toEqual([['metric'], ['period'], [], ['row']]);
  });

  it('refuses a note that is too long or holds control characters', async () => {
    const p = await ok(`metric,period,value,note\nmqls,2027-01,3,${'n'.repeat(501)}\nmqls,2027-02,3,"bell\u0007"\n`);
    expect(errorsByLine(p)).toEqual({ 2: 'Note must be at most 500 characters', 3: 'Note must not contain control characters' });
  });

  it('reports a row the CSV parser could not read, such as an unclosed quote', async () => {
    const p = await ok('metric,period,value,note\nmqls,2027-01,3,"never closed\n');
    expect(p.rows[0]!.errors.map((e) => e.path)).toContain('row');
    expect(p.valid).toBe(0);
  });

  it('takes up to 5,000 rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `custom${i},2027-01,1`).join('\n');
    const result = await preview(`metric,period,value\n${rows}\n`);
    expect(result.ok && result.value.rows.length).toBe(5000);
  });

  it('takes periods as the app writes them, and columns in any order the header names', async () => {
    const p = await ok('Note,Value,Team,Month,KPI\nfirst,300,marketing,Jan 2027,mqls\n,90,Sales,Q1 2027,SQLs\n,20,,W05 2027,median_follow_up_hours\n');
    expect(p.rows.map((r) => r.snapshot && [r.snapshot.metric, r.snapshot.period, r.snapshot.team, r.snapshot.value, r.snapshot.note])).toEqual([
      ['mqls', '2027-01', 'marketing', 300, 'first'],
      ['sqls', '2027-Q1', 'sales', 90, ''],
      ['median_follow_up_hours', '2027-W05', 'sales', 20, ''],
    ]);
  });

  it('reports every bad row with its line, field and the cells as written, and keeps the good ones', async () => {
    const p = await ok('metric,period,value,team\nmqls,2027-01,300,marketing\nvibes,2027-01,1,marketing\nmqls,2027-07,5,marketing\nmqls,2027-02,lots,marketing\nmqls,2027-02,4,finance\nmqls,2027-01,310,marketing\nmqls,2027-03\nmqls,soon,3,\n');
    expect(p.valid).toBe(1);
    expect(errorsByLine(p)).toEqual({
      3: 'Metric "vibes" is not in this plan (add it as a custom metric first)',
      4: 'Period Jul 2027 is not in FY2027 Q1 (use a month such as Jan 2027, a week such as 2027-W01, or a quarter)',
      5: 'Value must be a number, like 7.5 or 1,250',
      6: 'Team must be one of Marketing, Sales, Joint (or left empty for the metric\'s owner)',
      7: 'Repeats row 2 (same metric, period and team)',
      8: 'Row has 2 cells, the header has 4; Value is required',
      9: 'Period "soon" must be written like Jan 2027, 2027-01, Q1 2027 or W05 2027',
    });
    expect(p.rows.find((r) => r.line === 3)!.cells).toEqual({ metric: 'vibes', period: '2027-01', value: '1', team: 'marketing', note: '' });
    expect(p.rows.find((r) => r.line === 3)!.snapshot).toBeNull();
  });

  it('a repeat names the row it repeats as the spreadsheet numbers it, bad rows in between or not', async () => {
    const p = await ok('metric,period,value\nvibes,2027-01,1\nsqls,Jan 2027,5\nmqls,Jan 2027,5\nmqls,2027-01,6\n');
    expect(errorsByLine(p)[5]).toBe('Repeats row 4 (same metric, period and team)');
  });

  it('numbers rows as a spreadsheet does, blank rows included', async () => {
    const p = await ok('metric,period,value\n\nmqls,2027-01,300\n,,\nvibes,2027-01,1\n');
    expect(p.rows.map((r) => r.line)).toEqual([3, 5]);
    expect(errorsByLine(p)[5]).toMatch(/^Metric "vibes"/);
  });

  it('marks rows that would replace a stored snapshot', async () => {
    const result = await preview(simple, {}, (core, planId) => core.must('kpis.save', { planId, snapshots: [{ metric: 'mqls', period: '2027-01', team: 'marketing', value: 1 }] }));
    expect(result.ok && result.value.rows.map((r) => r.replaces)).toEqual([true, false]);
  });

  it('warns about rows for periods that have not started (today is 10 Feb 2027)', async () => {
    const p = await ok('metric,period,value\nmqls,2027-01,300\nmqls,2027-03,20\n');
    expect(p.valid).toBe(2);
    expect(p.rows.map((r) => r.warnings)).toEqual([[], ['Mar 2027 has not started yet (today is 2027-02-10): the value is stored but not counted until it starts.']]);
  });

  it('warns on a row whose quarter, with the rows stored and the rows in the file, disagrees with its months', async () => {
    const result = await preview('metric,period,value\nmqls,Q1 2027,500\nmqls,Feb 2027,402\n', {}, (core, planId) =>
      core.must('kpis.save', { planId, snapshots: [{ metric: 'mqls', period: '2027-01', team: 'marketing', value: 415 }, { metric: 'mqls', period: '2027-02', team: 'marketing', value: 1 }] }));
    if (!result.ok) throw new Error(result.error.message);
    // The stored Feb 1 is replaced by the file's 402: 415 + 402 = 817, already past 500. Said once, on the first row of that quarter.
    expect(result.value.rows.map((r) => r.warnings)).toEqual([["Q1 2027 MQLs: the quarter's own figure is 500, its months add up to 817 (Jan 2027 415 + Feb 2027 402). Quarter views count 500; each month counts its own."], []]);
  });

  it('ignores columns it does not know, including one named __proto__', async () => {
    const p = await ok('__proto__,metric,period,value,constructor\nx,mqls,2027-01,300,y\n');
    expect(p.rows[0]!.snapshot).toEqual({ metric: 'mqls', period: '2027-01', value: 300, team: 'marketing', note: '' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a blank file', ' \n \n', 'The file is empty.'],
    ['a file of empty cells', ',,,\n,,\n , \n', 'The file is empty.'],
    ['a header only', 'metric,period,value\n', 'The file has no data rows under its header.'],
    ['no header', 'mqls,2027-01,300\nsqls,2027-01,80\n', 'The first row must be a header naming the columns metric, period and value (optional: team, note).'],
    ['a header missing value', 'metric,period,note\nmqls,2027-01,x\n', 'The header must name the columns metric, period and value (missing: value). Optional: team, note.'],
    ['a duplicate header', 'metric,period,value,Value\nmqls,2027-01,1,2\n', 'The header names the value column twice (columns 3 and 4).'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), 'This looks like a binary file, not CSV text.'],
  ])('refuses %s with a clear message', async (_label, content, message) => {
    const result = await preview(content);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message, details: { issues: [{ path: 'file', message }] } } });
  });

  it('refuses more than 5,000 rows before checking them', async () => {
    const result = await preview('metric,period,value\n' + 'mqls,2027-01,1\n'.repeat(5001));
    expect(result).toMatchObject({ ok: false, error: { message: 'There are 5001 rows; import at most 5000 at a time.' } });
  });
});

// "1,5" in a semicolon file is one and a half, not fifteen; and the preview says how it read the numbers.
