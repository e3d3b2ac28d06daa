import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../shared/domain/content';
import { contentFlags, industryCoverage, personaCoverage } from '../../shared/planning/content';

const item = (over: Partial<ContentItem>): ContentItem => ({
  id: 'c', planId: 'p', title: 'T', type: 'Deck', stage: 'decision', personas: [], industries: [], status: 'planned', owner: '', requester: '', reason: '',
  dueDate: null, url: '', usageCount: 0, influencedPipeline: 0, accountIds: [], rank: 'a0', statusSince: '2027-01-01T00:00:00.000Z', revision: 1, createdAt: '', updatedAt: '', ...over,
});
const now = new Date('2027-01-20T12:00:00Z');

describe('content flags', () => {
  it('overdue: due before today and not published or retired', () => {
    expect(contentFlags(item({ dueDate: '2027-01-19' }), now)).toEqual(['overdue']);
    expect(contentFlags(item({ dueDate: '2027-01-20' }), now)).toEqual([]);
    expect(contentFlags(item({ dueDate: '2027-01-19', status: 'published' }), now)).toEqual([]);
    expect(contentFlags(item({ dueDate: '2027-01-19', status: 'retired' }), now)).toEqual([]);
  });
  it('stale: a request unmoved for 14 days', () => {
    expect(contentFlags(item({ status: 'requested', statusSince: '2027-01-06T12:00:00Z' }), now)).toEqual(['stale']);
    expect(contentFlags(item({ status: 'requested', statusSince: '2027-01-06T12:00:01Z' }), now)).toEqual([]);
    expect(contentFlags(item({ status: 'planned', statusSince: '2026-01-01T00:00:00Z' }), now)).toEqual([]);
    expect(contentFlags(item({ status: 'requested', statusSince: '2026-12-01T00:00:00Z', dueDate: '2027-01-01' }), now)).toEqual(['overdue', 'stale']);
  });
});

describe('coverage heatmaps', () => {
  const items = [
    item({ stage: 'awareness', personas: ['CFO', 'CIO'], industries: ['Retail'] }),
    item({ stage: 'decision', personas: ['CFO'], industries: ['retail'] }),
    item({ stage: 'decision', personas: ['VP Sales'], status: 'retired', industries: ['Healthcare'] }),
  ];
  it('count live items per persona and stage; zeros are the gaps', () => {
    expect(personaCoverage(items)).toEqual({ stages: ['awareness', 'consideration', 'decision', 'expansion'], rows: ['CFO', 'CIO'], counts: [[1, 0, 1, 0], [1, 0, 0, 0]] });
  });
  it('read the industries of tier-1 and tier-2 accounts only, whatever their case', () => {
    const accounts = [{ tier: 1 as const, industry: 'Retail' }, { tier: 2 as const, industry: 'Healthcare ' }, { tier: 3 as const, industry: 'Energy' }, { tier: 1 as const, industry: '' }];
    expect(industryCoverage(items, accounts)).toEqual({ stages: ['awareness', 'consideration', 'decision', 'expansion'], rows: ['Healthcare', 'Retail'], counts: [[0, 0, 0, 0], [1, 0, 1, 0]] });
  });
});
