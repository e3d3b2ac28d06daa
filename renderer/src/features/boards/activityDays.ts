// The standup reads changes by day: today's, yesterday's, then each earlier day by name. Days are UTC,
// like every date in Tandem, and "today" is the core's (the --as-of day under review).

const DAY = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The day a week before `today`: where "Changes since…" starts. */
export const weekBefore = (today: Date) => isoDay(new Date(today.getTime() - 7 * DAY));

// Spelled out here: Intl's long dates differ between ICU versions (a comma after the weekday or not).
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

export function dayHeading(day: string, today: Date): string {
  const date = new Date(`${day}T00:00:00Z`);
  const named = longDate(date);
  if (day === isoDay(today)) return `Today, ${named}`;
  if (day === isoDay(new Date(today.getTime() - DAY))) return `Yesterday, ${named}`;
  return named;
}

/** "14:05 UTC": the time of day of an ISO timestamp. */
export const timeOfDay = (at: string) => `${at.slice(11, 16)} UTC`;

/** Entries (newest first) in runs of one day each, in the order they came. */
export function byDay<T extends { at: string }>(entries: readonly T[], today: Date): { day: string; heading: string; entries: T[] }[] {
  const days: { day: string; heading: string; entries: T[] }[] = [];
  for (const e of entries) {
    const day = e.at.slice(0, 10);
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(e);
    else days.push({ day, heading: dayHeading(day, today), entries: [e] });
  }
  return days;
}
