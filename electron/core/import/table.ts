import Papa from 'papaparse';
import { AppError } from '../../../shared/result';
import { decodeText } from './decode';

/** What an import reads, before any column means anything: a file's bytes or text pasted from a spreadsheet. */
export type ImportSource = { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'paste'; text: string };

export interface Table {
  /** The rows that hold anything, each with its row number as a spreadsheet would show it. */
  rows: { cells: string[]; number: number }[];
  encoding: string;
  /** "tab" rather than "\t", as the preview states it. */
  delimiter: string;
  /** Parser complaints by row number, e.g. an unclosed quote. */
  problems: Map<number, string>;
}

export const fileError = (message: string) => new AppError('VALIDATION', message, { issues: [{ path: 'file', message }] });

/**
 * Text to rows the way spreadsheets write them: any common encoding (files), comma, semicolon, tab or
 * pipe, quoted fields with delimiters, quotes and line breaks, CRLF. The one CSV reader for every import.
 */
export function readTable(source: ImportSource): Table {
  const { text, encoding } = source.kind === 'file' ? decodeText(source.bytes) : { text: source.text, encoding: 'pasted text' };
  // Blank rows are skipped here rather than by the parser, so the rows after them keep their numbers.
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = result.data.map((cells, i) => ({ cells, number: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!rows.length) throw fileError(source.kind === 'file' ? 'The file is empty.' : 'The pasted text is empty.');
  // Problems with a row (an unclosed quote) are that row's; a guessed delimiter has no row and is stated anyway.
  const problems = new Map<number, string>();
  for (const e of result.errors) if (e.row !== undefined) problems.set(e.row + 1, e.message);
  return { rows, encoding, delimiter: result.meta.delimiter === '\t' ? 'tab' : result.meta.delimiter, problems };
}
