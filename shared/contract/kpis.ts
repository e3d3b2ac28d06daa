import { z } from 'zod';
import type { KpiSnapshot, KpiSnapshotFields } from '../domain/kpi';
import { TEAMS } from '../domain/team';
import type { FieldIssue } from '../result';
import { defineOp, idSchema, text } from './define';

export const MAX_SNAPSHOTS_PER_SAVE = 5000;

export const snapshotFieldSchemas = {
  metric: z.string({ message: 'must be a metric key' }).trim().min(1, { message: 'Metric is required' }).max(80),
  period: z.string({ message: 'must be a period like 2027-01' }).trim().min(1, { message: 'Period is required' }).max(10),
  team: z.enum(TEAMS, { message: `must be one of ${TEAMS.join(', ')}` }),
  value: z.number({ message: 'must be a number' }).finite({ message: 'must be a finite number' }),
  note: text(500),
};

export const snapshotInputSchema = z.strictObject({ ...snapshotFieldSchemas, note: snapshotFieldSchemas.note.default('') });

export interface SaveSnapshotsResult {
  created: number;
  replaced: number;
  snapshots: KpiSnapshot[];
}

export interface CsvPreviewRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  snapshot: KpiSnapshotFields | null;
  errors: FieldIssue[];
  /** A snapshot for the same metric, period and team is already stored. */
  replaces: boolean;
}

export interface CsvPreview {
  encoding: string;
  delimiter: string;
  rows: CsvPreviewRow[];
  valid: number;
  invalid: number;
}

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
  'kpis.update': defineOp<KpiSnapshot>()(z.strictObject({ id: idSchema, patch: z.strictObject(snapshotFieldSchemas).partial().refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }) })),
  'kpis.delete': defineOp<KpiSnapshot>()(z.strictObject({ id: idSchema })),
  /** Parses a CSV file (any common encoding and delimiter) and checks every row, changing nothing. */
  'kpis.previewCsv': defineOp<CsvPreview>()(z.strictObject({ planId: idSchema, fileName: text(260), contentBase64: z.string().max(14_000_000, { message: 'file is over 10 MB' }) })),
};
