import { periodKeyOf } from '../parse/period';
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'INR', 'SGD', 'BRL'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** "FY2027" for a year plan, "FY2027 Q1" for a quarter. */
export const FISCAL_PERIOD_PATTERN = /^FY(20\d{2})(?: Q([1-4]))?$/;

export interface Plan {
  id: string;
  name: string;
  fiscalPeriod: string;
  currency: Currency;
  /** Set when this plan is a scenario duplicated from another plan. */
  scenarioOf: string | null;
  /** What the joint budget may spend in all; null while no cap is set. */
  budgetCap: number | null;
  /** How many accounts each ABM tier should hold, for the accounts board's coverage strip. */
  tierSizes: { 1: number; 2: number; 3: number };
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSummary extends Plan {
  accountCount: number;
}

function fiscalParts(raw: string): { year: string; quarter?: string } | null {
  const fy = /^\s*fy\s*(\d{2}|\d{4})\s*(?:[-\s]?\s*q([1-4]))?\s*$/i.exec(raw);
  if (fy) return { year: fy[1]!.length === 2 ? `20${fy[1]}` : fy[1]!, quarter: fy[2] };
  // The ways the app writes a quarter elsewhere ("Q1 2027", "2027-Q1"), or a bare year.
  const quarter = /^(\d{4})-Q([1-4])$/.exec(periodKeyOf(raw) ?? '');
  if (quarter) return { year: quarter[1]!, quarter: quarter[2] };
  const year = /^\s*(\d{4})\s*$/.exec(raw);
  return year ? { year: year[1]! } : null;
}

/** Normalises user spelling ("fy27 q1", "FY 2027-Q1", "Q1 2027") to "FY2027 Q1"; returns null when it can't. */
export function normaliseFiscalPeriod(raw: string): string | null {
  const parts = fiscalParts(raw);
  if (!parts) return null;
  const out = parts.quarter ? `FY${parts.year} Q${parts.quarter}` : `FY${parts.year}`;
  return FISCAL_PERIOD_PATTERN.test(out) ? out : null;
}
