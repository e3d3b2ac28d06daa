import type { Account } from '../domain/account';
import type { ContentFields, ContentStatus, FunnelStage } from '../domain/content';
import { isoDay, planRange } from '../planning/periods';
import { MARKETING_OWNERS, SALES_OWNERS } from './names';
import { seededRandom } from './random';
import { coverageIndustries, type DemoAccountRef } from './demoIndustries';

const DAY = 86_400_000;

export interface DemoContentItem {
  fields: ContentFields;
  /** When it entered its status: requests left this long turn stale on the board. */
  statusSince: string;
}

interface ItemTemplate {
  title: (industry: string, account: string | undefined) => string;
  type: string;
  stage: FunnelStage;
  status: ContentStatus;
  personas: string[];
  /** Positions in the list of industries content covers (see coverageIndustries); none for general pieces. */
  industries?: number[];
  /** Tier-1 accounts it is for, picked from its first industry. */
  links?: number;
  /** Index into MARKETING_OWNERS; none for requests nobody has picked up. */
  owner?: number;
  /** Index into SALES_OWNERS, and why sales asked. */
  request?: [number, string];
  /** Days from today; negative is past (overdue unless published or retired). */
  due?: number;
  /** Days since it entered its status. */
  since: number;
  /** Published and retired: times sales used it, and the pipeline it touched. */
  used?: [number, number];
}

const CFO = 'CFO';
const CIO = 'CIO';
const OPS = 'VP Operations';
const SEC = 'Head of IT security';
const REVOPS = 'RevOps lead';

// Thirty pieces a joint team really has in flight. Gaps left on purpose, for the heatmaps to show: no live
// decision-stage piece for the VP Operations (the only one was retired with the old pricing), and one
// tier-1 industry with nothing at all (coverageIndustries keeps it out).
const ITEMS: ItemTemplate[] = [
  { status: 'requested', title: () => 'Battlecard: us vs the incumbent ERP add-on', type: 'Battlecard', stage: 'decision', personas: [CIO], request: [0, 'Lost two late-stage deals to the add-on this month; reps need the three questions that expose its limits.'], due: 10, since: 21 },
  { status: 'requested', title: () => 'Security questionnaire answers: SOC 2, SSO, data residency', type: 'One-pager', stage: 'decision', personas: [SEC], industries: [1], links: 2, request: [1, 'Security reviews add three weeks to every tier-1 deal; a ready answer set would cut that.'], due: 5, since: 17 },
  { status: 'requested', title: (i) => `ROI one-pager for ${i} CFOs`, type: 'One-pager', stage: 'decision', personas: [CFO], industries: [0], links: 1, request: [2, 'The CFO asked for payback numbers before their budget meeting.'], due: -3, since: 6 },
  { status: 'requested', title: () => 'Reference customers by industry and size', type: 'One-pager', stage: 'consideration', personas: [CFO, CIO], request: [3, 'Prospects keep asking to talk to a customer like them.'], since: 3 },
  { status: 'requested', title: () => 'Demo video: month-end close in ten minutes', type: 'Demo video', stage: 'consideration', personas: [OPS], request: [4, 'Operations buyers will not sit through a live demo; they want to see it first.'], due: 20, since: 9 },
  { status: 'planned', title: (i) => `Ebook: the ${i} operations benchmark`, type: 'Ebook', stage: 'awareness', personas: [OPS, CFO], industries: [0], owner: 0, due: 25, since: 12 },
  { status: 'planned', title: (i) => `Webinar: closing the books faster with ${i} peers`, type: 'Webinar', stage: 'awareness', personas: [CFO], industries: [1], owner: 1, due: 18, since: 8 },
  { status: 'planned', title: (i, a) => `Case study: ${a ?? `a ${i} customer`}`, type: 'Case study', stage: 'decision', personas: [CFO, CIO], industries: [2], links: 1, owner: 2, request: [5, 'Our best proof point; reps keep retelling it from memory.'], due: -6, since: 20 },
  { status: 'planned', title: (i) => `Nurture emails: ${i} consideration track`, type: 'Email sequence', stage: 'consideration', personas: [REVOPS], industries: [5], owner: 0, due: 12, since: 5 },
  { status: 'planned', title: () => 'Pricing and packaging explainer', type: 'One-pager', stage: 'decision', personas: [CFO, REVOPS], owner: 1, due: 14, since: 4 },
  { status: 'planned', title: () => 'Expansion playbook: the second-department rollout', type: 'Deck', stage: 'expansion', personas: [CIO, OPS], owner: 2, due: 30, since: 2 },
  { status: 'in_production', title: (_, a) => `Mutual action plan for ${a ?? 'a tier-1 account'}`, type: 'Deck', stage: 'decision', personas: [CFO, CIO], industries: [3], links: 1, owner: 2, request: [0, 'Close plans keep slipping; a shared plan helps the champion sell it internally.'], due: 4, since: 9 },
  { status: 'in_production', title: (i) => `Webinar: data residency in ${i}`, type: 'Webinar', stage: 'consideration', personas: [SEC, CIO], industries: [3], owner: 1, due: -2, since: 15 },
  { status: 'in_production', title: () => 'Blog series: five signs your close process is broken', type: 'Blog post', stage: 'awareness', personas: [OPS], owner: 0, due: 6, since: 6 },
  { status: 'in_production', title: () => 'Product tour video, three minutes', type: 'Demo video', stage: 'consideration', personas: [CIO, REVOPS], owner: 2, due: 9, since: 11 },
  { status: 'in_production', title: (i) => `${i} customer story: month-end 40% faster`, type: 'Case study', stage: 'decision', personas: [CFO], industries: [1], links: 2, owner: 0, due: 15, since: 7 },
  { status: 'in_production', title: () => 'Renewal QBR deck', type: 'Deck', stage: 'expansion', personas: [CFO, CIO], owner: 1, request: [1, 'CSMs and AEs build renewal decks from scratch every quarter.'], due: -9, since: 24 },
  { status: 'published', title: (i) => `Case study: ${i} leader halves its month-end close`, type: 'Case study', stage: 'decision', personas: [CFO], industries: [0], links: 2, owner: 0, since: 70, used: [46, 640_000] },
  { status: 'published', title: () => 'Battlecard: spreadsheet planning', type: 'Battlecard', stage: 'decision', personas: [CIO, REVOPS], industries: [4, 5], owner: 1, since: 95, used: [58, 410_000] },
  { status: 'published', title: (i) => `Buyer's guide to revenue planning in ${i}`, type: 'Ebook', stage: 'awareness', personas: [CFO, CIO, OPS], industries: [6, 7], owner: 2, since: 120, used: [21, 180_000] },
  { status: 'published', title: () => "Webinar recording: the CFO's forecast checklist", type: 'Webinar', stage: 'consideration', personas: [CFO], industries: [1, 2], owner: 0, since: 40, used: [17, 220_000] },
  { status: 'published', title: () => 'Security and compliance overview', type: 'One-pager', stage: 'consideration', personas: [SEC, CIO], industries: [3, 7, 8], owner: 1, since: 150, used: [39, 350_000] },
  { status: 'published', title: () => 'Platform overview deck', type: 'Deck', stage: 'consideration', personas: [CIO, CFO, REVOPS, OPS], owner: 2, since: 60, used: [64, 880_000] },
  { status: 'published', title: (i) => `Blog: what ${i} operations teams measure`, type: 'Blog post', stage: 'awareness', personas: [OPS], industries: [8], owner: 0, since: 30, used: [5, 30_000] },
  { status: 'published', title: () => 'Demo: planning a quarter end to end', type: 'Demo video', stage: 'consideration', personas: [REVOPS, OPS], industries: [4], owner: 2, since: 85, used: [28, 260_000] },
  { status: 'published', title: () => 'Expansion emails for admins', type: 'Email sequence', stage: 'expansion', personas: [REVOPS], industries: [2], owner: 1, since: 45, used: [12, 95_000] },
  { status: 'published', title: (i) => `${i} ROI calculator`, type: 'One-pager', stage: 'decision', personas: [CFO], industries: [4], links: 1, owner: 0, since: 25, used: [14, 150_000] },
  { status: 'retired', title: () => 'ROI calculator for operations leaders (2025 pricing)', type: 'One-pager', stage: 'decision', personas: [OPS], owner: 1, since: 35, used: [33, 120_000] },
  { status: 'retired', title: () => 'Webinar recording: last year\'s product launch', type: 'Webinar', stage: 'awareness', personas: [CIO], owner: 2, since: 100, used: [9, 40_000] },
  { status: 'retired', title: () => 'Battlecard: legacy competitor (since acquired)', type: 'Battlecard', stage: 'decision', personas: [CIO], owner: 0, since: 55, used: [22, 90_000] },
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The demo plan's content: thirty items in every status, linked to its own tier-1 accounts, with a few
 * overdue, a couple of requests gone stale, and coverage gaps to find. Dates are counted from `now`
 * (held inside the plan, so no due date falls before its start).
 */
export function demoContent(fiscalPeriod: string, now: Date, accounts: readonly DemoAccountRef[], seed: number): DemoContentItem[] {
  const rng = seededRandom(seed ^ 0xc0_7e47);
  const { start, end } = planRange(fiscalPeriod);
  const today = Math.min(Math.max(now.getTime(), start.getTime()), end.getTime() - DAY);
  const industries = coverageIndustries(accounts);
  const tier1 = accounts.filter((a) => a.tier === 1 && industries.includes(a.industry));
  const industryAt = (k: number) => industries[k % industries.length] ?? '';

  return ITEMS.map((t) => {
    const tags = [...new Set((t.industries ?? []).map(industryAt).filter(Boolean))];
    const pool = tier1.filter((a) => !tags.length || a.industry === tags[0]);
    const linked: Pick<Account, 'id' | 'name'>[] = [];
    for (const from = pool.length ? pool : tier1; linked.length < Math.min(t.links ?? 0, from.length); ) {
      const pick = from[Math.floor(rng.next() * from.length)]!;
      if (!linked.includes(pick)) linked.push(pick);
    }
    const title = t.title(tags[0] ?? 'mid-market', linked[0]?.name);
    const jitter = 0.8 + rng.next() * 0.4;
    const [uses, pipeline] = t.used ?? [0, 0];
    return {
      fields: {
        title,
        type: t.type,
        stage: t.stage,
        personas: t.personas,
        industries: tags,
        status: t.status,
        owner: t.owner === undefined ? '' : MARKETING_OWNERS[t.owner % MARKETING_OWNERS.length]!,
        requester: t.request ? SALES_OWNERS[t.request[0] % SALES_OWNERS.length]! : '',
        reason: t.request?.[1] ?? '',
        dueDate: t.due === undefined ? null : isoDay(new Date(Math.max(start.getTime(), today + t.due * DAY))),
        url: t.used ? `https://resources.example.com/${slug(title)}` : '',
        usageCount: Math.round(uses * jitter),
        influencedPipeline: Math.round((pipeline * jitter) / 5_000) * 5_000,
        accountIds: linked.map((a) => a.id),
      },
      statusSince: new Date(now.getTime() - t.since * DAY).toISOString(),
    };
  });
}
