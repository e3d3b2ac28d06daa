import type { DecimalChoice, ImportPreview, RateChoice } from '../../../../shared/contract/kpis';
import { countOf } from '../../../../shared/format';

const DECIMAL_WHY = {
  values: 'some values can only be read that way',
  delimiter: 'the file uses semicolons, as European spreadsheets do',
  locale: 'no value says otherwise, and that is how you write numbers',
  user: 'you chose it',
};

interface Props {
  preview: ImportPreview;
  decimal: DecimalChoice;
  rates: RateChoice;
  onDecimal(choice: DecimalChoice): void;
  onRates(choice: RateChoice): void;
}

function whyDecimal(r: ImportPreview['reading']): string {
  if (!r.decimalConflict || r.decimalChosenBy === 'user') return DECIMAL_WHY[r.decimalChosenBy];
  if (r.decimalChosenBy === 'values') return 'more values read that way than the other';
  // A tie: as many values read only one way as only the other.
  return r.decimalChosenBy === 'delimiter' ? 'values read both ways equally often, and the file uses semicolons' : 'values read both ways equally often, and that is how you write numbers';
}

/** How the text was read, in words, with the two readings a person may need to correct. */
export function ImportReadingChoices({ preview, decimal, rates, onDecimal, onRates }: Props) {
  const r = preview.reading;
  return (
    <div className="import-reading">
      <p className="muted small" role="status">
        {preview.valid} valid, {preview.invalid} with errors{preview.invalid > 0 && ' (skipped)'} · read as {r.encoding}, delimiter “{r.delimiter}”
        {r.header === 'assumed' && ', columns taken as metric, period, value, team, note'} · numbers with a decimal {r.decimal === '.' ? 'point (1,234.5)' : 'comma (1.234,5)'}, because{' '}
        {whyDecimal(r)}
        {r.rates === 'fraction' && ' · rates read as fractions (0.24 = 24%, 1 = 100%)'}
        {r.rates === 'percent' && rates !== 'auto' && ' · rates below 1 read as percent (0.24 = 0.24%)'}
      </p>
      {r.decimalConflict && (
        <p className="ask" role="alert">
          The values disagree: {countOf(r.decimalConflict.point, 'value')} can only be read with a decimal point (like 0.24) and {countOf(r.decimalConflict.comma, 'value')} only
          with a decimal comma (like 3,5).
          Rows that do not fit the mark used are marked; choose the decimal mark below if it is the wrong one.
        </p>
      )}
      {r.rates === 'ask' && (
        <p className="ask" role="alert">
          Some rates are below 1 and others above it. Choose how to read values such as 0.24 below.
        </p>
      )}
      <div className="form-grid">
        <label className="inline-field">
          <span>Decimal mark</span>
          <select value={decimal} onChange={(e) => onDecimal(e.target.value as DecimalChoice)}>
            <option value="auto">As detected</option>
            <option value=".">Point: 1,234.5</option>
            <option value=",">Comma: 1.234,5</option>
          </select>
        </label>
        {(r.rates !== 'none' || rates !== 'auto') && (
          <label className="inline-field">
            <span>Rates such as 0.24</span>
            <select value={rates} onChange={(e) => onRates(e.target.value as RateChoice)}>
              <option value="auto">{r.rates === 'ask' ? 'Choose…' : 'As detected'}</option>
              <option value="fraction">Fractions: 0.24 = 24%</option>
              <option value="percent">Percent: 0.24 = 0.24%</option>
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
