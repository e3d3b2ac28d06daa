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
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return { text: new TextDecoder(unmarked).decode(bytes), encoding: `${unmarked === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} (no byte-order mark)` };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new AppError('VALIDATION', 'This looks like a binary file, not CSV text.', { issues: [{ path: 'file', message: 'This looks like a binary file, not CSV text.' }] });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252 (not valid UTF-8, read as Windows-1252)' };
  }
}

/**
 * Some tools write UTF-16 without a byte-order mark. CSV text is mostly ASCII, so one byte of each pair
 * is zero: in odd positions for little-endian, in even ones for big-endian. Binary files have zeros
 * scattered in both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return null;
}
