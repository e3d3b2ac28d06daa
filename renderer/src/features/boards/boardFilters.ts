// What each board was filtered by, per plan, kept in this browser's storage so that a view switch or a
// reload shows the board as it was left. Only a few boards' worth is kept: the newest come last.

export type Filters = Record<string, unknown>;
export type StoredFilters = Record<string, Filters>;

export const STORAGE_KEY = 'tandem.boardFilters';
/** Board-and-plan pairs remembered; older ones are forgotten first. */
export const MOST_KEPT = 50;

export const filtersKey = (board: string, planId: string) => `${board}:${planId}`;

const isPlainObject = (v: unknown): v is Filters => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The board's filters: what was stored, where it still fits the board's defaults (same keys, same kind
 * of value), else the default. A stored value from an older version never reaches the board as junk.
 */
export function readFilters<T extends Filters>(defaults: T, stored: Filters | undefined): T {
  if (!stored) return defaults;
  const out: Filters = { ...defaults };
  for (const [k, d] of Object.entries(defaults)) {
    const v = stored[k];
    const fits = d === null ? v === null || isPlainObject(v) : typeof v === typeof d && Array.isArray(v) === Array.isArray(d) && (v !== null || d === null);
    if (Object.hasOwn(stored, k) && fits) out[k] = v;
  }
  return out as T;
}

/** The store after one board's filters changed: that board moves to the newest place, the oldest drop out. */
export function withFilters(all: StoredFilters, key: string, filters: Filters): StoredFilters {
  const rest = Object.entries(all).filter(([k]) => k !== key);
  return Object.fromEntries([...rest, [key, filters] as const].slice(-MOST_KEPT));
}

export function loadStored(): StoredFilters {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (!isPlainObject(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, Filters] => isPlainObject(e[1])));
  } catch {
    return {}; // no storage (private mode, tests) or unreadable: boards start from their defaults
  }
}

export function saveStored(all: StoredFilters): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or unavailable: the filters still hold until the page reloads.
  }
}
