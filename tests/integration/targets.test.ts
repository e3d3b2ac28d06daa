import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { expectRefused, testPlan } from './helpers';

const plan = () => testPlan();

describe('target scenarios through the dispatcher', () => {
  it('a new plan starts with a primary Base scenario holding the defaults', async () => {
    const { core, planId } = await plan();
    expect(await core.must('targets.list', { planId })).toMatchObject([{ name: 'Base', isPrimary: true, assumptions: DEFAULT_ASSUMPTIONS }]);
  });

  it('saves new scenarios, updates them, switches the primary and deletes non-primary ones', async () => {
    const { core, planId } = await plan();
    const stretch = await core.must('targets.save', { planId, name: 'Stretch', assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 } });
    expect(stretch).toMatchObject({ name: 'Stretch', isPrimary: false });
    const updated = await core.must('targets.save', { planId, id: stretch.id, name: 'Stretch+', assumptions: { ...DEFAULT_ASSUMPTIONS, winRate: 30 } });
    expect(updated).toMatchObject({ id: stretch.id, name: 'Stretch+', revision: 2, assumptions: { winRate: 30 } });
    const afterSwitch = await core.must('targets.setPrimary', { id: stretch.id });
    expect(afterSwitch.map((s) => [s.name, s.isPrimary])).toEqual([['Stretch+', true], ['Base', false]]);
    const base = afterSwitch.find((s) => s.name === 'Base')!;
    await core.must('targets.delete', { id: base.id });
    expect((await core.must('targets.list', { planId })).map((s) => s.name)).toEqual(['Stretch+']);
  });

  it('the primary scenario drives the dashboard plan', async () => {
    const { core, planId } = await plan();
    const [base] = await core.must('targets.list', { planId });
    await core.must('targets.save', { planId, id: base!.id, name: 'Base', assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 3_000_000 } });
    const dashboard = await core.must('dashboard.get', { planId, selection: 'all' });
    expect(dashboard.targets.find((t) => t.metric === 'new_bookings')!.planned).toBe(3_000_000);
  });

  describe('errors leave the store unchanged', () => {
    it.each([
      ['win rate 0%', { winRate: 0 }, 'assumptions.winRate', 'must be more than 0%'],
      ['win rate 120%', { winRate: 120 }, 'assumptions.winRate', 'must be at most 100%'],
      ['MQL→SQL -5%', { mqlToSqlRate: -5 }, 'assumptions.mqlToSqlRate', 'must be more than 0%'],
      ['negative target', { bookingsTarget: -1 }, 'assumptions.bookingsTarget', 'must not be negative'],
      ['zero deal size', { avgDealSize: 0 }, 'assumptions.avgDealSize', 'must be more than 0'],
      ['share 101%', { marketingSourcedShare: 101 }, 'assumptions.marketingSourcedShare', 'must be between 0% and 100%'],
      ['fractional cycle', { salesCycleDays: 10.5 }, 'assumptions.salesCycleDays', 'must be a whole number of days'],
      ['rate as string', { winRate: '25' }, 'assumptions.winRate', 'must be a number'],
      ['Infinity', { bookingsTarget: Infinity }, 'assumptions.bookingsTarget', 'must be a number'],
    ])('%s is VALIDATION on the field', async (_label, change, path, message) => {
      const { core, planId } = await plan();
      const before = core.snapshot();
      const result = await core.dispatch('targets.save', { planId, name: 'Bad', assumptions: { ...DEFAULT_ASSUMPTIONS, ...change } });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path, message }] } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('a duplicate scenario name is CONFLICT on the name', async () => {
      const { core, planId } = await plan();
      await expectRefused(core, 'targets.save', { planId, name: 'Base', assumptions: DEFAULT_ASSUMPTIONS }, 'CONFLICT');
    });

    it('the primary scenario cannot be deleted', async () => {
      const { core, planId } = await plan();
      const [base] = await core.must('targets.list', { planId });
      await expectRefused(core, 'targets.delete', { id: base!.id }, 'CONFLICT');
    });

    it('unknown ids are NOT_FOUND', async () => {
      const { core, planId } = await plan();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await core.dispatch('targets.save', { planId, id: missing, name: 'X', assumptions: DEFAULT_ASSUMPTIONS })).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('targets.setPrimary', { id: missing })).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('targets.delete', { id: missing })).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('targets.list', { planId: missing })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });
  });
});
