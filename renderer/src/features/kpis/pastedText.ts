import type { CsvPreview } from '../../../../shared/contract/kpis';
import { toBase64 } from '../../api/base64';
import { invoke } from '../../api/client';

const COLUMNS = ['metric', 'period', 'value', 'team', 'note'];

/** Text pasted from a spreadsheet looks like tab-separated rows; anything else is left to the browser. */
export const looksLikeRows = (text: string) => {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => l.includes('\t'));
};

/**
 * Checks pasted rows with the same codec as CSV import (metric names or keys, "38%", "85,000", team
 * defaults). Rows without a header are read as metric, period, value[, team[, note]]: as many of those
 * as the copied range has columns.
 */
export function previewPastedRows(planId: string, text: string) {
  const width = text.trimStart().split(/\r?\n/)[0]!.split('\t').length;
  const header = Array.from({ length: width }, (_, i) => COLUMNS[i] ?? '').join('\t');
  const withHeader = /^\s*metric\t/i.test(text) ? text : `${header}\n${text}`;
  return invoke('kpis.previewCsv', { planId, fileName: 'clipboard.tsv', contentBase64: toBase64(new TextEncoder().encode(withHeader)) });
}

export const rowProblems = (preview: CsvPreview) =>
  preview.rows.filter((r) => r.errors.length).map((r) => `row ${r.line - 1}: ${r.errors.map((e) => `${e.path} ${e.message}`).join(', ')}`);
