import { describe, expect, it } from 'vitest';
import { errorsByLine, ok, pasted, planCore } from './kpiPreview';

describe('number style', () => {
  it('reads decimal commas when a value can only be read that way', async () => {
    const p = await ok('metric;period;value\nwin_rate;2027-01;22,5\nnew_bookings;2027-01;1.234,5\npipeline_created;2027-01;1.250.000\n');
    expect(p.reading).toMatchObject({ decimal: ',', decimalChosenBy: 'values' });
    expect(p.rows.map((r) => r.snapshot!.value)).toEqual([22.5, 1234.5, 1_250_000]);
  });

  it('a semicolon file with only ambiguous values is read the European way, and says why', async () => {
    const p = await ok('metric;period;value\nnew_bookings;2027-01;1,250\n');
    expect(p.reading).toMatchObject({ decimal: ',', decimalChosenBy: 'delimiter' });
    expect(p.rows[0]!.snapshot!.value).toBe(1.25);
  });

  it('the user can override the reading, and values are never rounded', async () => {
    const p = await ok('metric;period;value\nnew_bookings;2027-01;1,250\nmedian_follow_up_hours;2027-01;3.14159\n', { decimal: '.' });
    expect(p.reading).toMatchObject({ decimal: '.', decimalChosenBy: 'user' });
    expect(p.rows.map((r) => r.snapshot?.value)).toEqual([1250, 3.14159]);
  });

  it('a value that does not fit the file\'s style is an error, not a guess', async () => {
    const p = await ok('metric;period;value\nmedian_follow_up_hours;2027-01;1,5\nmedian_follow_up_hours;2027-02;2,5\nnew_bookings;2027-01;3.5\n');
    expect(p.reading.decimal).toBe(',');
    expect(errorsByLine(p)).toEqual({ 4: 'Value must use "," for decimals, like 7,5 or 1.250' });
  });
});

describe('pasted rows', () => {
  it('need no header: columns are taken as metric, period, value, team, note', async () => {
    const p = await pasted('MQLs\tJan 2027\t300\tmarketing\tfrom the webinar\nSQLs\tQ1 2027\t90\n');
    expect(p.reading).toMatchObject({ header: 'assumed', encoding: 'pasted text', delimiter: 'tab' });
    expect(p.rows.map((r) => [r.line, r.snapshot?.metric, r.snapshot?.period, r.snapshot?.value])).toEqual([[1, 'mqls', '2027-01', 300], [2, 'sqls', '2027-Q1', 90]]);
  });

  it('a first row naming two columns is a header, and one missing a required column says so', async () => {
    const { core, planId } = await planCore();
    const result = await core.call('kpis.previewImport', { planId, source: { kind: 'paste', text: 'Period\tValue\tx\nJan 2027\t3\tmqls\n' } });
    expect(result).toMatchObject({ ok: false, error: { message: 'The header must name the columns metric, period and value (missing: metric). Optional: team, note.' } });
  });

  it('with a header, in any order', async () => {
    const p = await pasted('Period\tValue\tMetric\nJan 2027\t300\tmqls\n');
    expect(p.reading.header).toBe('named');
    expect(p.rows[0]!.snapshot).toMatchObject({ metric: 'mqls', period: '2027-01', value: 300 });
  });

  it('a line of nothing but spaces and tabs is skipped like a blank one', async () => {
    const p = await pasted('MQLs\tJan 2027\t3\n \t \t\nSQLs\tJan 2027\t1\n');
    expect(p.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(p.invalid).toBe(0);
  });

  it('bad rows are shown and skipped; they do not block the rest', async () => {
    const p = await pasted('mqls\tJan 2027\t300\nvibes\tJan 2027\t3\nsqls\tnever\t2\n');
    expect([p.valid, p.invalid]).toEqual([1, 2]);
  });

  // A de-DE user's Excel copies 1250 as "1.250": nothing in the text decides, so the user's own style does.
  it('read numbers that could go either way as the user writes them', async () => {
    expect((await pasted('new_bookings\tJan 2027\t1.250\n', { userDecimal: ',' })).rows[0]!.snapshot!.value).toBe(1250);
    expect((await pasted('new_bookings\tJan 2027\t1.250\n')).rows[0]!.snapshot!.value).toBe(1.25);
    expect((await pasted('new_bookings\tJan 2027\t1.250\n', { userDecimal: ',' })).reading).toMatchObject({ decimal: ',', decimalChosenBy: 'locale' });
  });

  it('a row of words that merely look like object keys is data, not a header', async () => {
    const p = await pasted('constructor\ttoString\tvalueOf\nMQLs\tJan 2027\t3\n');
    expect(p.reading.header).toBe('assumed');
    expect(p.rows[0]!.errors[0]!.message).toMatch(/^Metric "constructor" is not in this plan|^Period "toString"/);
  });

  it('refuse empty text and a header with nothing under it', async () => {
    const { core, planId } = await planCore();
    expect(await core.call('kpis.previewImport', { planId, source: { kind: 'paste', text: '  ' } })).toMatchObject({ ok: false, error: { message: 'The pasted text is empty.' } });
    expect(await core.call('kpis.previewImport', { planId, source: { kind: 'paste', text: 'metric\tperiod\tvalue\n' } })).toMatchObject({ ok: false, error: { message: 'The pasted text has no rows under its header.' } });
  });
});

// A win rate of 0.24 once became 0.24% without a word.
describe('rates below 1', () => {
  it('when every bare rate is at most 1, they are fractions, and the preview says so', async () => {
    const p = await pasted('Win rate\tJan 2027\t0.24\nMQL→SQL rate\tJan 2027\t0.3\nWin rate\tFeb 2027\t1\n');
    expect(p.reading).toMatchObject({ rates: 'fraction', ratesChosenBy: 'text' });
    expect(p.rows.map((r) => r.snapshot!.value)).toEqual([24, 30, 100]);
  });

  it('when they mix 0.24 with 24, the ambiguous ones are asked about; a choice settles it', async () => {
    const text = 'Win rate\tJan 2027\t0.24\nWin rate\tFeb 2027\t26\nWin rate\tMar 2027\t0.5%\n';
    const asked = await pasted(text);
    expect(asked.reading.rates).toBe('ask');
    expect(errorsByLine(asked)).toEqual({ 1: 'Value 0.24 is ambiguous: write 24% for a fraction of one, or 0.24% if you mean less than one percent' });
    expect(asked.rows.map((r) => r.snapshot?.value ?? null)).toEqual([null, 26, 0.5]);
    const asPoints = await pasted(text, { rates: 'percent' });
    expect(asPoints.reading).toMatchObject({ rates: 'percent', ratesChosenBy: 'user' });
    expect(asPoints.rows.map((r) => r.snapshot?.value)).toEqual([0.24, 26, 0.5]);
    const asFractions = await pasted(text, { rates: 'fraction' });
    expect(asFractions.rows.map((r) => r.snapshot?.value ?? null)).toEqual([24, null, 0.5]);
  });

  it('says when values disagree on the decimal mark, and a count read as a fraction is an error', async () => {
    const p = await pasted('mql_to_sql_rate\tJan 2027\t0.24\nmedian_follow_up_hours\tJan 2027\t3,5\nopportunities\tJan 2027\t1.234\n');
    expect(p.reading).toMatchObject({ decimal: '.', decimalChosenBy: 'locale', decimalConflict: { point: 1, comma: 1 } });
    expect(p.rows.map((r) => r.errors.map((e) => e.message))).toEqual([[], ['Value must use "." for decimals, like 7.5 or 1,250'], ['Value must be a whole number (the metric “Opportunities created” is a count)']]);
  });

  it('counts are never read as rates', async () => {
    const p = await pasted('MQLs\tJan 2027\t0.5\nPipeline created\tJan 2027\t0.5\n');
    expect(p.reading.rates).toBe('none');
    expect(p.rows[0]!.errors).toEqual([{ path: 'value', message: 'Value must be a whole number (the metric “MQLs” is a count)' }]);
    expect(p.rows[1]!.snapshot!.value).toBe(0.5);
  });
});
