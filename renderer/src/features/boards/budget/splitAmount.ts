import { formatMoney } from '../../../../../shared/format';
import { parseMoney, parsePercent, type DecimalMark, type Parsed } from '../../../../../shared/parse/number';

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * What a split gives the new line, typed as an amount ("10k", "$12,500") or as a share of the line's
 * planned spend ("25%"). Both parts must keep something: the op refuses the rest, this says it first,
 * in the plan's money rather than the op's raw number.
 */
export function readSplitAmount(text: string, planned: number, field: string, currency: string, decimal: DecimalMark): Parsed<number> {
  const share = /%\s*$/.test(text.trim());
  let amount: number | null;
  if (share) {
    const read = parsePercent(text.trim(), field, { decimal });
    if (!read.ok) return read;
    amount = read.value === null ? null : cents((planned * read.value.value) / 100);
  } else {
    const read = parseMoney(text, field, { decimal });
    if (!read.ok) return read;
    amount = read.value;
  }
  if (amount === null) return { ok: false, error: `${field} is required: an amount, or a share such as 25%` };
  if (amount <= 0) return { ok: false, error: `${field} must be more than 0` };
  if (amount >= planned) return { ok: false, error: `${field} must be less than the ${formatMoney(planned, currency)} planned, so both lines keep some` };
  return { ok: true, value: amount };
}
