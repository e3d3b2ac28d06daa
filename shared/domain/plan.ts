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
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSummary extends Plan {
  accountCount: number;
}

/** Normalises user spelling ("fy27 q1", "FY 2027-Q1") to "FY2027 Q1"; returns null when it can't. */
export function normaliseFiscalPeriod(raw: string): string | null {
  const m = /^\s*fy\s*(\d{2}|\d{4})\s*(?:[-\s]?\s*q([1-4]))?\s*$/i.exec(raw);
  if (!m) return null;
  const year = m[1]!.length === 2 ? `20${m[1]}` : m[1]!;
  const out = m[2] ? `FY${year} Q${m[2]}` : `FY${year}`;
  return FISCAL_PERIOD_PATTERN.test(out) ? out : null;
}
