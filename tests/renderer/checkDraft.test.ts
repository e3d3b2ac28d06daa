import { describe, expect, it } from 'vitest';
import { toDraft } from '../../renderer/src/features/targets/assumptionFields';
import { checkDraft, forgetUnsaved, recallUnsaved, rememberUnsaved } from '../../renderer/src/features/targets/checkDraft';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';

const stored = { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 1_500_000 };

describe("the planner's draft", () => {
  it("a full, valid draft is both the results' input and what is saved", () => {
    const checked = checkDraft({ ...toDraft(stored), winRate: '28' }, stored);
    expect(checked.errors).toEqual({});
    expect(checked.assumptions).toEqual({ ...stored, winRate: 28 });
    expect(checked.savable).toEqual({ ...stored, winRate: 28 });
  });

  it('one wrong field holds back only itself: the others are saved, the stored value stands for it', () => {
    const checked = checkDraft({ ...toDraft(stored), bookingsTarget: '2,200,000', winRate: 'lots', mqlToSqlRate: '0' }, stored);
    expect(checked.assumptions).toBeNull();
    expect(checked.savable).toEqual({ ...stored, bookingsTarget: 2_200_000 });
    expect(checked.errors).toEqual({ winRate: 'Win rate must be a percentage, like 10% or 7.5', mqlToSqlRate: 'MQL → SQL must be at least 0.1%' });
    expect(checkDraft({ ...toDraft(stored), salesCycleDays: '' }, stored).errors).toEqual({ salesCycleDays: 'Sales cycle is required' });
  });

  it('remembers only the text of fields that could not be saved, per scenario, until they are fixed', () => {
    const draft = { ...toDraft(stored), bookingsTarget: '2,200,000', winRate: 'lots' };
    rememberUnsaved('s1', draft, checkDraft(draft, stored).errors);
    expect(recallUnsaved('s1')).toEqual({ winRate: 'lots' });
    expect(recallUnsaved('s2')).toEqual({});
    rememberUnsaved('s1', toDraft(stored), {});
    expect(recallUnsaved('s1')).toEqual({});
    rememberUnsaved('s3', draft, { winRate: 'x' });
    forgetUnsaved('s3'); // the scenario was deleted
    expect(recallUnsaved('s3')).toEqual({});
  });
});
