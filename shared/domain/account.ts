import type { CardMeta } from './record';

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

/** ABM engagement stages, in funnel order. */
export const STAGES = ['target', 'aware', 'engaged', 'opportunity', 'customer'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { target: 'Target', aware: 'Aware', engaged: 'Engaged', opportunity: 'Opportunity', customer: 'Customer' };

export interface AccountFields {
  name: string;
  domain: string;
  industry: string;
  region: string;
  employees: number | null;
  annualRevenue: number | null;
  tier: Tier;
  stage: Stage;
  salesOwner: string;
  marketingOwner: string;
  openPipeline: number;
  notes: string;
}

/** An account, and a card on the accounts board. */
export interface Account extends AccountFields, CardMeta {}

/** What the UI shows about a plan's accounts without loading them. */
export interface AccountSummary {
  count: number;
  openPipeline: number;
  byTier: Record<Tier, { count: number; openPipeline: number }>;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The one spelling of a company's domain, so `https://www.Acme.com/pricing` and `acme.com` are the same
 * account. Returns null for anything that is not a public hostname with a dot.
 */
export function normaliseDomain(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => HOST_LABEL.test(l))) return null;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null; // an IP address, not a company domain
  return host.length <= 253 ? host : null;
}
