import { z } from 'zod';
import type { KpiSnapshot, KpiSnapshotFields } from '../domain/kpi';
import { TEAMS } from '../domain/team';
import type { DecimalMark } from '../parse/number';
import { periodKeyOf, PERIOD_EXAMPLES } from '../parse/period';
import type { FieldIssue } from '../result';
import { defineOp, idSchema, text } from './define';

export const MAX_SNAPSHOTS_PER_SAVE = 5000;

/** Any way the app writes a period ("Jan 2027", "Q1 2027", "2027-W05") is stored as its key ("2027-01"). */
const period = z
  .string({ message: `must be a period like ${PERIOD_EXAMPLES}` })
  .max(40, { message: `must be a period like ${PERIOD_EXAMPLES}` })
  .transform((raw, ctx) => {
    if (!raw.trim()) {
      ctx.addIssue({ code: 'custom', message: 'Period is required' });
      return z.NEVER;
    }
    const key = periodKeyOf(raw);
    if (!key) {
      ctx.addIssue({ code: 'custom', message: `must be a period like ${PERIOD_EXAMPLES}` });
      return z.NEVER;
    }
    return key;
  });

export const snapshotFieldSchemas = {
  metric: z.string({ message: 'must be a metric key' }).trim().min(1, { message: 'Metric is required' }).max(80),
  period,
  team: z.enum(TEAMS, { message: `must be one of ${TEAMS.join(', ')}` }),
  value: z.number({ message: 'must be a number' }).finite({ message: 'must be a finite number' }),
  note: text(500),
};

export const snapshotInputSchema = z.strictObject({ ...snapshotFieldSchemas, note: snapshotFieldSchemas.note.default('') });

/** An edited snapshot, with what the edit made inconsistent (a quarter's own figure against its months). */
export interface UpdateSnapshotResult {
  snapshot: KpiSnapshot;
  warnings: string[];
}

export interface SaveSnapshotsResult {
  created: number;
  replaced: number;
  snapshots: KpiSnapshot[];
  /** Saved, but worth saying: e.g. a period that has not started is not counted until it does. */
  warnings: string[];
}

export interface ImportCells {
  metric: string;
  period: string;
  value: string;
  team: string;
  note: string;
}

export interface ImportPreviewRow {
  /** The row number a spreadsheet shows for it (a header is row 1; blank rows count). */
  line: number;
  /** The cells as written, so a refused row shows what was wrong with it. */
  cells: ImportCells;
  snapshot: KpiSnapshotFields | null;
  errors: FieldIssue[];
  /** The row imports, with a note (a period that has not started). */
  warnings: string[];
  /** A snapshot for the same metric, period and team is already stored. */
  replaces: boolean;
}

export type RateChoice = 'auto' | 'fraction' | 'percent';
export type DecimalChoice = 'auto' | DecimalMark;

/** How the text was read, stated in the preview so nothing is guessed silently. */
export interface ImportReading {
  encoding: string;
  delimiter: string;
  /** Whether the first row named the columns, or they were taken in the order metric, period, value, team, note. */
  header: 'named' | 'assumed';
  decimal: DecimalMark;
  /** "values": some value could only be read one way; "delimiter": a semicolon file, read the European way; "locale": as the user writes numbers. */
  decimalChosenBy: 'values' | 'delimiter' | 'locale' | 'user';
  /** With the decimal mark detected: how many values read only with a point, and only with a comma, when both occur. */
  decimalConflict: { point: number; comma: number } | null;
  /** How bare rates below 1 are read: "ask" when the text mixes 0.24 with 24 and no choice was made. */
  rates: 'fraction' | 'percent' | 'ask' | 'none';
  ratesChosenBy: 'text' | 'user';
}

export interface ImportPreview {
  reading: ImportReading;
  rows: ImportPreviewRow[];
  valid: number;
  invalid: number;
}

const importSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('file'), fileName: text(260), contentBase64: z.string().max(14_000_000, { message: 'file is over 10 MB' }) }),
    z.strictObject({ kind: z.literal('paste'), text: z.string().max(5_000_000, { message: 'pasted text is over 5 MB' }) }),
  ],
  { message: 'must be a file or pasted text' },
);

export const kpiOps = {
  'kpis.list': defineOp<KpiSnapshot[]>()(z.strictObject({ planId: idSchema })),
  /**
   * Adds snapshots all-or-nothing. Rows that repeat a stored metric/period/team are a CONFLICT listing
   * them, unless `replace` is set, in which case their values are replaced.
   */
  'kpis.save': defineOp<SaveSnapshotsResult>()(
    z.strictObject({
      planId: idSchema,
      snapshots: z.array(snapshotInputSchema).min(1, { message: 'must hold at least one snapshot' }).max(MAX_SNAPSHOTS_PER_SAVE, { message: `must hold at most ${MAX_SNAPSHOTS_PER_SAVE} snapshots` }),
      replace: z.boolean().default(false),
    }),
  ),
  'kpis.update': defineOp<UpdateSnapshotResult>()(
    z.strictObject({
      planId: idSchema,
      id: idSchema,
      patch: z.strictObject(snapshotFieldSchemas).partial().refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }),
    }),
  ),
  'kpis.delete': defineOp<KpiSnapshot>()(z.strictObject({ planId: idSchema, id: idSchema })),
  /**
   * Reads a CSV file or rows pasted from a spreadsheet (any common encoding, delimiter and number style)
   * and checks every row, changing nothing. `decimal` and `rates` override what the text suggests.
   */
  'kpis.previewImport': defineOp<ImportPreview>()(
    z.strictObject({
      planId: idSchema,
      source: importSource,
      decimal: z.enum(['auto', '.', ','], { message: 'must be auto, "." or ","' }).default('auto'),
      /** The user's own decimal mark: how numbers that read either way are read when nothing in the text decides. */
      userDecimal: z.enum(['.', ','], { message: 'must be "." or ","' }).default('.'),
      rates: z.enum(['auto', 'fraction', 'percent'], { message: 'must be auto, fraction or percent' }).default('auto'),
    }),
  ),
};
