import { describe, expect, it } from 'vitest';
import { expectRefused, testCore, testPlan } from './helpers';

const plan = () => testPlan();
const mqls = (value: number, period = '2027-01') => ({ metric: 'mqls', period, team: 'marketing' as const, value });

describe('KPI snapshots through the dispatcher', () => {
  it('saves a batch, lists, updates and deletes', async () => {
    const { core, planId } = await plan();
    const saved = await core.must('kpis.save', { planId, snapshots: [mqls(300), mqls(280, '2027-02'), { metric: 'median_follow_up_hours', period: '2027-W02', team: 'sales', value: 30, note: 'holidays' }] });
    expect(saved).toMatchObject({ created: 3, replaced: 0 });
    expect(await core.must('kpis.list', { planId })).toHaveLength(3);
    const { snapshot: updated } = await core.must('kpis.update', { planId, id: saved.snapshots[0]!.id, patch: { value: 310, note: 'late webinar leads' } });
    expect(updated).toMatchObject({ value: 310, note: 'late webinar leads', revision: 2 });
    expect(await core.must('kpis.delete', { planId, id: updated.id })).toEqual(updated);
    expect(await core.must('kpis.list', { planId })).toHaveLength(2);
  });

  it('a duplicate metric/period/team is a CONFLICT naming the rows, and replaces when asked', async () => {
    const { core, planId } = await plan();
    const first = await core.must('kpis.save', { planId, snapshots: [mqls(300)] });
    const before = core.snapshot();
    const result = await core.dispatch('kpis.save', { planId, snapshots: [mqls(280, '2027-02'), mqls(320)] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '1 snapshot already exists for the same metric, period and team. Replace it?', details: { conflicts: [{ index: 1, existingId: first.snapshots[0]!.id, existingValue: 300 }] } } });
    expect(core.snapshot()).toEqual(before); // all or nothing: February was not added either
    const replaced = await core.must('kpis.save', { planId, snapshots: [mqls(280, '2027-02'), mqls(320)], replace: true });
    expect(replaced).toMatchObject({ created: 1, replaced: 1 });
    expect((await core.must('kpis.list', { planId })).map((s) => [s.period, s.value])).toEqual([['2027-01', 320], ['2027-02', 280]]);
  });

  it('takes a period in any way the app writes one, and stores its key', async () => {
    const { core, planId } = await plan();
    const saved = await core.must('kpis.save', { planId, snapshots: [mqls(1, 'Jan 2027'), mqls(2, 'Q1 2027'), mqls(3, 'W05 2027'), mqls(4, 'Week 6, 2027 (from Feb 8)')] });
    expect(saved.snapshots.map((s) => s.period)).toEqual(['2027-01', '2027-Q1', '2027-W05', '2027-W06']);
    const moved = await core.must('kpis.update', { planId, id: saved.snapshots[0]!.id, patch: { period: 'Feb 2027' } });
    expect(moved.snapshot.period).toBe('2027-02');
  });

  // Entering January actuals on 23 November: stored, and said at once that they don't count yet.
  it('warns, when saving, about periods that have not started', async () => {
    const core = await testCore({ context: { now: () => '2026-11-23T12:00:00.000Z' } });
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    const saved = await core.must('kpis.save', { planId, snapshots: [mqls(310, '2027-02'), mqls(300), { ...mqls(280), team: 'sales' }] });
    expect(saved.warnings).toEqual([
      'Jan 2027 has not started yet (today is 2026-11-23): the value is stored but not counted until it starts.',
      'Feb 2027 has not started yet (today is 2026-11-23): the value is stored but not counted until it starts.',
    ]);
    const started = await testCore({ context: { now: () => '2027-01-02T12:00:00.000Z' } });
    const { id: p2 } = await started.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    expect((await started.must('kpis.save', { planId: p2, snapshots: [mqls(300)] })).warnings).toEqual([]);
  });

  it('warns, when saving, that a quarter\'s own figure and its months disagree', async () => {
    const core = await testCore({ context: { now: () => '2027-03-10T12:00:00.000Z' } });
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'EUR' });
    await core.must('kpis.save', { planId, snapshots: [mqls(215), mqls(202, '2027-02')] });
    // March is still to come: 417 of 500 is no conflict yet.
    expect((await core.must('kpis.save', { planId, snapshots: [mqls(500, '2027-Q1')] })).warnings).toEqual([]);
    // The counted figure is marketing's (the system of record): the sales team's March does not count.
    const march = await core.must('kpis.save', { planId, snapshots: [mqls(83, '2027-03'), { ...mqls(90, '2027-03'), team: 'sales' }] });
    expect(march.warnings).toEqual([]); // 215 + 202 + 83 = 500
    const changed = await core.must('kpis.save', { planId, snapshots: [mqls(100, '2027-03')], replace: true });
    expect(changed.warnings).toEqual(["Q1 2027 MQLs: the quarter's own figure is 500, its months add up to 517 (Jan 2027 215 + Feb 2027 202 + Mar 2027 100). Quarter views count 500; each month counts its own."]);
    // Months already past the quarter conflict before the last one is in; money reads in the plan's currency.
    const money = await core.must('kpis.save', { planId, snapshots: [{ metric: 'new_bookings', period: '2027-Q1', team: 'sales', value: 1_000_000 }, { metric: 'new_bookings', period: '2027-01', team: 'sales', value: 1_250_000.5 }] });
    // Editing says so too, for the quarter the edit touches.
    const [jan] = (await core.must('kpis.list', { planId })).filter((s) => s.metric === 'mqls' && s.period === '2027-01');
    expect((await core.must('kpis.update', { planId, id: jan!.id, patch: { value: 198 } })).warnings).toEqual([]); // 198 + 202 + 100 = 500
    expect((await core.must('kpis.update', { planId, id: jan!.id, patch: { value: 199 } })).warnings).toEqual([expect.stringContaining('its months add up to 501')]);
    expect(money.warnings).toEqual(["Q1 2027 New-customer bookings: the quarter's own figure is €1,000,000, its months add up to €1,250,000.50 (Jan 2027 €1,250,000.50). Quarter views count €1,000,000; each month counts its own."]);
  });

  // New-user finding: weekly MQLs were stored as "OK" and then counted nowhere, without a word.
  it('says when weekly figures count nowhere but in weekly SLAs, once per metric, and not where a weekly SLA reads them', async () => {
    const core = await testCore({ context: { now: () => '2027-02-15T12:00:00.000Z' } });
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    const saved = await core.must('kpis.save', { planId, snapshots: [mqls(120, '2027-W05'), mqls(130, '2027-W06'), mqls(400, '2027-01')] });
    expect(saved.warnings).toEqual([
      'MQLs for Week 5, 2027 (from Feb 1): weekly figures count only for weekly SLAs, and no SLA on MQLs is weekly. The cards, the funnel and monthly SLAs count months and quarters: enter Feb 2027 as a month too.',
    ]);
    await core.must('slas.create', { planId, sla: { name: 'Weekly MQLs', kind: 'metric', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', target: 70, comparator: 'atLeast', period: 'week', warningBand: 10 } });
    expect((await core.must('kpis.save', { planId, snapshots: [mqls(90, '2027-W07')] })).warnings).toEqual([]);
    const preview = await core.must('kpis.previewImport', { planId, source: { kind: 'paste', text: 'sqls\tW07 2027\t30\tsales\nmqls\tW04 2027\t9\nsqls\tW05 2027\tmany\tsales\n' } });
    // A row with errors says only what is wrong with it.
    expect(preview.rows.map((r) => [r.errors.length, r.warnings.length])).toEqual([[0, 1], [0, 0], [1, 0]]);
    expect(preview.rows[0]!.warnings[0]).toMatch(/^SQLs for Week 7, 2027 \(from Feb 15\): weekly figures count only for weekly SLAs/);
  });

  it('says how many repeats there are, in the plural too', async () => {
    const { core, planId } = await plan();
    await core.must('kpis.save', { planId, snapshots: [mqls(1), mqls(2, '2027-02')] });
    expect(await core.dispatch('kpis.save', { planId, snapshots: [mqls(3), mqls(4, '2027-02')] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2 snapshots already exist for the same metric, period and team. Replace them?' },
    });
  });

  it('the same metric and period from the other team is a separate snapshot', async () => {
    const { core, planId } = await plan();
    await core.must('kpis.save', { planId, snapshots: [mqls(300), { ...mqls(260), team: 'sales' }] });
    expect(await core.must('kpis.list', { planId })).toHaveLength(2);
  });

  describe('errors leave the store unchanged', () => {
    it.each([
      ['unknown metric', { metric: 'vibes' }, 'snapshots.0.metric'],
      ['period outside the plan', { period: '2027-04' }, 'snapshots.0.period'],
      ['not a period', { period: 'January' }, 'snapshots.0.period'],
      ['negative count', { value: -3 }, 'snapshots.0.value'],
      ['half an MQL', { value: 97.5 }, 'snapshots.0.value'],
      ['percentage over 100', { metric: 'follow_up_coverage', team: 'sales', value: 140 }, 'snapshots.0.value'],
      ['negative percentage', { metric: 'follow_up_coverage', team: 'sales', value: -1 }, 'snapshots.0.value'],
      ['value as string', { value: '300' }, 'snapshots.0.value'],
      ['NaN via JSON null', { value: null }, 'snapshots.0.value'],
      ['unknown team', { team: 'finance' }, 'snapshots.0.team'],
    ])('%s is VALIDATION on %s', async (_label, change, path) => {
      const { core, planId } = await plan();
      await expectRefused(core, 'kpis.save', { planId, snapshots: [{ ...mqls(1), ...change }] }, 'VALIDATION', path);
    });

    it('zero is a value, for counts and rates alike, and 100% is the top of a rate', async () => {
      const { core, planId } = await plan();
      const saved = await core.must('kpis.save', { planId, snapshots: [mqls(0), { metric: 'follow_up_coverage', period: '2027-01', team: 'sales', value: 0 }, { metric: 'win_rate', period: '2027-01', team: 'sales', value: 100 }] });
      expect(saved.created).toBe(3);
    });

    it('one bad row rejects the whole batch; repeats inside a batch are named', async () => {
      const { core, planId } = await plan();
      const before = core.snapshot();
      const result = await core.dispatch('kpis.save', { planId, snapshots: [mqls(1), mqls(2, '2027-02'), mqls(3)] });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'snapshots.2', message: 'Repeats row 1 (same metric, period and team)' }] } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('counts are whole numbers; money, rates and hours may have decimals', async () => {
    const { core, planId } = await plan();
    const result = await core.dispatch('kpis.save', { planId, snapshots: [{ ...mqls(1), value: 0.5 }] });
    expect(result).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'snapshots.0.value', message: 'Value must be a whole number (the metric “MQLs” is a count)' }] } } });
    await core.must('kpis.save', { planId, snapshots: [
      { ...mqls(1), metric: 'new_bookings', team: 'sales', value: 1020000.5 },
      { ...mqls(1), metric: 'mql_to_sql_rate', team: 'sales', value: 27.5 },
      { ...mqls(1), metric: 'median_follow_up_hours', team: 'sales', value: 3.5 },
    ] });
  });

  it('an update onto another snapshot\'s metric/period/team is CONFLICT; a bad value is VALIDATION', async () => {
      const { core, planId } = await plan();
      const saved = await core.must('kpis.save', { planId, snapshots: [mqls(1), mqls(2, '2027-02')] });
      const before = core.snapshot();
      expect(await core.dispatch('kpis.update', { planId, id: saved.snapshots[1]!.id, patch: { period: '2027-01' } })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'Another snapshot already holds this metric, period and team.', details: { field: 'period', existingId: saved.snapshots[0]!.id } },
      });
      expect(await core.dispatch('kpis.update', { planId, id: saved.snapshots[1]!.id, patch: { period: '2026-12' } })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { issues: [{ path: 'patch.period', message: 'Period Dec 2026 is not in FY2027 Q1 (use a month such as Jan 2027, a week such as 2027-W01, or a quarter)' }] } },
      });
      expect(core.snapshot()).toEqual(before);
      // Its own metric, period and team is no clash.
      expect(await core.must('kpis.update', { planId, id: saved.snapshots[1]!.id, patch: { period: '2027-02', value: 9 } })).toMatchObject({ snapshot: { value: 9 } });
    });

    it('unknown ids, and a snapshot of another plan, are NOT_FOUND', async () => {
      const { core, planId } = await plan();
      const missing = '00000000-0000-4000-8000-000000000000';
      await expectRefused(core, 'kpis.save', { planId: missing, snapshots: [mqls(1)] }, 'NOT_FOUND');
      await expectRefused(core, 'kpis.update', { planId, id: missing, patch: { value: 1 } }, 'NOT_FOUND');
      await expectRefused(core, 'kpis.delete', { planId, id: missing }, 'NOT_FOUND');
      const { snapshots } = await core.must('kpis.save', { planId, snapshots: [mqls(1)] });
      const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
      await expectRefused(core, 'kpis.update', { planId: other.id, id: snapshots[0]!.id, patch: { value: 2 } }, 'NOT_FOUND');
      await expectRefused(core, 'kpis.delete', { planId: other.id, id: snapshots[0]!.id }, 'NOT_FOUND');
    });
  });
});

describe('dashboard.get', () => {
  it('refuses a selection outside the plan', async () => {
    const { core, planId } = await plan();
    expect(await core.dispatch('dashboard.get', { planId, selection: '2027-05' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'selection' }] } } });
  });

  it('shows a breach once snapshots miss an SLA in a finished period', async () => {
    const core = await testCore({ context: { now: () => '2027-02-10T12:00:00.000Z' } });
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    await core.must('slas.create', { planId, sla: { name: 'Marketing delivers MQLs', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', target: 320, period: 'month' } });
    await core.must('kpis.save', { planId, snapshots: [mqls(200)] });
    const january = await core.must('dashboard.get', { planId, selection: '2027-01' });
    expect(january.scorecard[0]!.evaluation).toMatchObject({ status: 'breached', actual: 200, target: 320, dueByToday: null });
    const all = await core.must('dashboard.get', { planId, selection: 'all' });
    // The plan view judges the month in progress (February, no data yet) and keeps January in history.
    expect(all.scorecard[0]).toMatchObject({ period: '2027-02', evaluation: { status: 'no_data' } });
    expect(all.scorecard[0]!.history.map((h) => [h.period, h.status])).toEqual([['2027-01', 'breached'], ['2027-02', 'no_data']]);
  });
});
