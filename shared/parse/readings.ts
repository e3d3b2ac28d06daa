// How a whole file's numbers are written: decided once from all its values, stated in the preview, and
// never guessed per cell. "1,5" in a semicolon file is one and a half; "1,250" alone proves nothing.
import { isAmbiguousRate, parseMoney, type DecimalMark, type PercentValue } from './number';

export interface DecimalReading {
  decimal: DecimalMark;
  /** "values": some value reads only one way; "delimiter": none did, and semicolons mean European style; "locale": the user's own. */
  chosenBy: 'values' | 'delimiter' | 'locale';
}

const readsAs = (raw: string, decimal: DecimalMark) => {
  const parsed = parseMoney(raw.replace(/\s*%\s*$/, ''), 'Value', { decimal });
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
};

/**
 * The decimal mark that reads the most values that only one mark can read. When none decides, a
 * semicolon file is European; anything else (a tab-separated paste, say) is read as the user writes.
 */
export function detectDecimal(values: readonly string[], delimiter: string, userDecimal: DecimalMark = '.'): DecimalReading {
  let dot = 0;
  let comma = 0;
  for (const raw of values) {
    const asDot = readsAs(raw, '.');
    const asComma = readsAs(raw, ',');
    if (asDot !== undefined && asComma === undefined) dot++;
    if (asComma !== undefined && asDot === undefined) comma++;
  }
  if (dot !== comma) return { decimal: dot > comma ? '.' : ',', chosenBy: 'values' };
  return delimiter === ';' ? { decimal: ',', chosenBy: 'delimiter' } : { decimal: userDecimal, chosenBy: 'locale' };
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
