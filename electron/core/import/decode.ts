import { AppError } from '../../../shared/result';

export interface Decoded {
  text: string;
  /** Named so the preview can say how the file was read. */
  encoding: string;
}

/**
 * Bytes to text the way spreadsheets write CSV: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict
 * UTF-8, and if that fails, Windows-1252 (Excel's "CSV" on Windows) rather than mangled characters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (with BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new AppError('VALIDATION', 'This looks like a binary file, not CSV text.', { issues: [{ path: 'file', message: 'This looks like a binary file, not CSV text.' }] });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252 (not valid UTF-8, read as Windows-1252)' };
  }
}
