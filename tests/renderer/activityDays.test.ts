import { describe, expect, it } from 'vitest';
import { byDay, dayHeading, timeOfDay, weekBefore } from '../../renderer/src/features/boards/activityDays';

const today = new Date('2026-11-23T10:00:00Z');

describe('the activity panel by day', () => {
  it('starts a week before the app\'s today, not the machine\'s', () => {
    expect(weekBefore(today)).toBe('2026-11-16');
    expect(weekBefore(new Date('2027-03-03T23:59:00Z'))).toBe('2027-02-24');
  });

  it('names today and yesterday, and other days in full; times are UTC like every date in Tandem', () => {
    expect(dayHeading('2026-11-23', today)).toBe('Today, Monday 23 November 2026');
    expect(dayHeading('2026-11-22', today)).toBe('Yesterday, Sunday 22 November 2026');
    expect(dayHeading('2026-11-17', today)).toBe('Tuesday 17 November 2026');
    expect(timeOfDay('2026-11-23T09:05:59.000Z')).toBe('09:05 UTC');
  });

  it('groups newest-first entries into runs of one day, keeping their order', () => {
    const entries = [{ at: '2026-11-23T09:00:00Z', n: 1 }, { at: '2026-11-23T08:00:00Z', n: 2 }, { at: '2026-11-20T23:59:00Z', n: 3 }, { at: '2026-11-20T00:00:00Z', n: 4 }];
    expect(byDay(entries, today).map((d) => [d.day, d.entries.map((e) => e.n)])).toEqual([
      ['2026-11-23', [1, 2]],
      ['2026-11-20', [3, 4]],
    ]);
    expect(byDay([], today)).toEqual([]);
  });
});
