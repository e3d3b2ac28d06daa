import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { expectRefused, testPlan } from './helpers';

const plan = () => testPlan();
const missing = '00000000-0000-4000-8000-000000000000';

describe('target scenarios through the dispatcher', () => {
  it('a new plan starts with a primary Base scenario holding the defaults', async () => {
    const { core, planId } = await plan();
    expect(await core.must('targets.list', { planId })).toMatchObject([{ name: 'Base', isPrimary: true, assumptions: DEFAULT_ASSUMPTIONS }]);
  });

  it('creates scenarios, edits assumptions and names apart, switches the primary and deletes non-primary ones', async () => {
    const { core, planId } = await plan();
    const stretch = await core.must('targets.create', { planId, name: 'Stretch', assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 } });
    expect(stretch).toMatchObject({ name: 'Stretch', isPrimary: false, revision: 1 });
    const renamed = await core.must('targets.update', { planId, id: stretch.id, patch: { name: 'Stretch+' } });
    expect(renamed).toMatchObject({ name: 'Stretch+', revision: 2, assumptions: { bookingsTarget: 2_000_000 } });
    // An autosave sends assumptions only: it can't put the old name back.
    const edited = await core.must('targets.update', { planId, id: stretch.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, winRate: 30 } } });
    expect(edited).toMatchObject({ name: 'Stretch+', revision: 3, assumptions: { winRate: 30, bookingsTarget: 1_500_000 } });
    const afterSwitch = await core.must('targets.setPrimary', { planId, id: stretch.id });
    expect(afterSwitch.map((s) => [s.name, s.isPrimary])).toEqual([['Stretch+', true], ['Base', false]]);
    const base = afterSwitch.find((s) => s.name === 'Base')!;
    expect(await core.must('targets.delete', { planId, id: base.id })).toMatchObject({ id: base.id, name: 'Base' });
    expect((await core.must('targets.list', { planId })).map((s) => s.name)).toEqual(['Stretch+']);
  });

  it('the primary scenario drives the dashboard plan', async () => {
    const { core, planId } = await plan();
    const [base] = await core.must('targets.list', { planId });
    await core.must('targets.update', { planId, id: base!.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 3_000_000 } } });
    const dashboard = await core.must('dashboard.get', { planId, selection: 'all' });
    expect(dashboard.targets.find((t) => t.metric === 'new_bookings')!.planned).toBe(3_000_000);
  });

  it('a plan left without scenarios: the next one created is primary, and the SLAs that follow the plan take its numbers', async () => {
    const { core, planId } = await plan();
    const sla = await core.must('slas.create', { planId, sla: { name: 'Accept', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'mql_to_sql_rate', target: 1, planFigure: 'mql_to_sql_rate', followsPlan: true } });
    core.store.sqlite.prepare('delete from target_scenarios where plan_id = ?').run(planId);
    const first = await core.must('targets.create', { planId, name: 'Fresh', assumptions: { ...DEFAULT_ASSUMPTIONS, mqlToSqlRate: 40 } });
    expect(first.isPrimary).toBe(true);
    expect((await core.must('slas.list', { planId })).find((s) => s.id === sla.id)!.target).toBe(40);
    expect((await core.must('targets.create', { planId, name: 'Second', assumptions: DEFAULT_ASSUMPTIONS })).isPrimary).toBe(false);
  });

  it('a scenario of another plan can be neither edited, made primary nor deleted through this plan', async () => {
    const { core, planId } = await plan();
    const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q2', currency: 'USD' });
    const [theirs] = await core.must('targets.list', { planId: other.id });
    await expectRefused(core, 'targets.update', { planId, id: theirs!.id, patch: { name: 'Mine now' } }, 'NOT_FOUND');
    await expectRefused(core, 'targets.setPrimary', { planId, id: theirs!.id }, 'NOT_FOUND');
    await expectRefused(core, 'targets.delete', { planId, id: theirs!.id }, 'NOT_FOUND');
  });

  describe('errors leave the store unchanged', () => {
    it.each([
      ['win rate 0%', { winRate: 0 }, 'assumptions.winRate', 'must be at least 0.1%'],
      ['win rate 120%', { winRate: 120 }, 'assumptions.winRate', 'must be at most 100%'],
      ['MQL→SQL -5%', { mqlToSqlRate: -5 }, 'assumptions.mqlToSqlRate', 'must be at least 0.1%'],
      ['negative target', { bookingsTarget: -1 }, 'assumptions.bookingsTarget', 'must not be negative'],
      ['win rate 0.09%', { winRate: 0.09 }, 'assumptions.winRate', 'must be at least 0.1%'],
      ['zero deal size', { avgDealSize: 0 }, 'assumptions.avgDealSize', 'must be at least 1'],
      ['deal size 5e-324', { avgDealSize: 5e-324 }, 'assumptions.avgDealSize', 'must be at least 1'],
      ['share 101%', { marketingSourcedShare: 101 }, 'assumptions.marketingSourcedShare', 'must be between 0% and 100%'],
      ['fractional cycle', { salesCycleDays: 10.5 }, 'assumptions.salesCycleDays', 'must be a whole number of days'],
      ['follow-up of 0 hours', { followUpHours: 0 }, 'assumptions.followUpHours', 'must be more than 0 hours'],
      ['follow-up coverage 120%', { followUpCoverage: 120 }, 'assumptions.followUpCoverage', 'must be between 0% and 100%'],
      ['rate as string', { winRate: '25' }, 'assumptions.winRate', 'must be a number'],
      ['Infinity', { bookingsTarget: Infinity }, 'assumptions.bookingsTarget', 'must be a number'],
    ])('%s is VALIDATION on the field', async (_label, change, path, message) => {
      const { core, planId } = await plan();
      await expectRefused(core, 'targets.create', { planId, name: 'Bad', assumptions: { ...DEFAULT_ASSUMPTIONS, ...change } }, 'VALIDATION');
      const result = await core.dispatch('targets.create', { planId, name: 'Bad', assumptions: { ...DEFAULT_ASSUMPTIONS, ...change } });
      expect(result).toMatchObject({ ok: false, error: { details: { issues: [{ path, message }] } } });
    });

    it('an empty scenario name is refused on the name field', async () => {
      const { core, planId } = await plan();
      await expectRefused(core, 'targets.create', { planId, name: '  ', assumptions: DEFAULT_ASSUMPTIONS }, 'VALIDATION', 'name');
      const [base] = await core.must('targets.list', { planId });
      await expectRefused(core, 'targets.update', { planId, id: base!.id, patch: { name: '' } }, 'VALIDATION', 'patch.name');
      await expectRefused(core, 'targets.update', { planId, id: base!.id, patch: {} }, 'VALIDATION', 'patch');
    });

    it('a duplicate scenario name is CONFLICT on the name, on create and on rename', async () => {
      const { core, planId } = await plan();
      await expectRefused(core, 'targets.create', { planId, name: 'Base', assumptions: DEFAULT_ASSUMPTIONS }, 'CONFLICT');
      expect(await core.dispatch('targets.create', { planId, name: 'Base', assumptions: DEFAULT_ASSUMPTIONS })).toMatchObject({ error: { message: 'A scenario named "Base" already exists in this plan.', details: { field: 'name' } } });
      const other = await core.must('targets.create', { planId, name: 'Other', assumptions: DEFAULT_ASSUMPTIONS });
      const result = await core.dispatch('targets.update', { planId, id: other.id, patch: { name: 'Base' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'A scenario named "Base" already exists in this plan.', details: { field: 'name' } } });
      expect(await core.must('targets.update', { planId, id: other.id, patch: { name: 'Other' } })).toMatchObject({ name: 'Other' });
    });

    it('names differing only in case or spaces are the same name; a scenario may recase its own name', async () => {
      const { core, planId } = await plan();
      expect(await core.dispatch('targets.create', { planId, name: ' base ', assumptions: DEFAULT_ASSUMPTIONS })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: '"base" differs only in case or spacing from the scenario "Base" in this plan: choose another name.', details: { field: 'name' } },
      });
      await expectRefused(core, 'targets.create', { planId, name: 'BASE', assumptions: DEFAULT_ASSUMPTIONS }, 'CONFLICT');
      const [base] = await core.must('targets.list', { planId });
      expect(await core.must('targets.update', { planId, id: base!.id, patch: { name: 'BASE' } })).toMatchObject({ name: 'BASE' });
      expect(await core.must('targets.list', { planId })).toHaveLength(1);
    });

    it('the primary scenario cannot be deleted', async () => {
      const { core, planId } = await plan();
      const [base] = await core.must('targets.list', { planId });
      await expectRefused(core, 'targets.delete', { planId, id: base!.id }, 'CONFLICT');
      expect(await core.dispatch('targets.delete', { planId, id: base!.id })).toMatchObject({ error: { details: { field: 'id' } } });
    });

    it('unknown ids are NOT_FOUND', async () => {
      const { core, planId } = await plan();
      await expectRefused(core, 'targets.update', { planId, id: missing, patch: { name: 'X' } }, 'NOT_FOUND');
      await expectRefused(core, 'targets.setPrimary', { planId, id: missing }, 'NOT_FOUND');
      await expectRefused(core, 'targets.delete', { planId, id: missing }, 'NOT_FOUND');
      await expectRefused(core, 'targets.list', { planId: missing }, 'NOT_FOUND');
      await expectRefused(core, 'targets.create', { planId: missing, name: 'X', assumptions: DEFAULT_ASSUMPTIONS }, 'NOT_FOUND');
    });
  });
});
