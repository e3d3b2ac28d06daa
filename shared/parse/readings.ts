// How a whole file's numbers are written: decided once from all its values, stated in the preview, and
// never guessed per cell. "1,5" in a semicolon file is one and a half; "1,250" alone proves nothing.
import { isAmbiguousRate, parseMoney, type DecimalMark, type PercentValue } from './number';

export interface DecimalReading {
  decimal: DecimalMark;
  /** "values": some value reads only one way; "delimiter": none did, and semicolons mean European style; "locale": the user's own. */
  chosenBy: 'values' | 'delimiter' | 'locale';
  /** Values that read only with a point and values that read only with a comma, when there are both: the text disagrees with itself. */
  conflict: { point: number; comma: number } | null;
}

/** Whether a value (an amount or a percentage) can be read with this decimal mark. */
const readsWith = (raw: string, decimal: DecimalMark) => {
  const parsed = parseMoney(raw.replace(/\s*%\s*$/, ''), 'Value', { decimal });
  return parsed.ok && parsed.value !== null;
};

/**
 * The decimal mark that reads the most values that only one mark can read. When none decides, a
 * semicolon file is European; anything else (a tab-separated paste, say) is read as the user writes.
 */
export function detectDecimal(values: readonly string[], delimiter: string, userDecimal: DecimalMark = '.'): DecimalReading {
  let dot = 0;
  let comma = 0;
  for (const raw of values) {
    const withDot = readsWith(raw, '.');
    const withComma = readsWith(raw, ',');
    if (withDot && !withComma) dot++;
    if (withComma && !withDot) comma++;
  }
  const conflict = dot && comma ? { point: dot, comma } : null;
  if (dot > comma) return { decimal: '.', chosenBy: 'values', conflict };
  if (comma > dot) return { decimal: ',', chosenBy: 'values', conflict };
  return delimiter === ';' ? { decimal: ',', chosenBy: 'delimiter', conflict } : { decimal: userDecimal, chosenBy: 'locale', conflict };
}

/**
 * How bare rates (no "%") are read across a paste or file: none above 1 and some below it means
 * fractions (0.24 = 24%, and then 1 = 100%); otherwise percent points (1 = 1%, as when typed in a
 * field); a mix of 0.24 and 24 means asking. Zero reads the same either way.
 */
export function detectRateReading(rates: readonly PercentValue[]): 'fraction' | 'percent' | 'ask' | 'none' {
  const bare = rates.filter((r) => !r.explicit && r.value !== 0).map((r) => r.value);
  if (!bare.length) return rates.length ? 'percent' : 'none';
  if (Math.max(...bare) <= 1) return bare.some((v) => v < 1) ? 'fraction' : 'percent';
  return rates.some(isAmbiguousRate) ? 'ask' : 'percent';
}
