import { useState } from 'react';
import type { CsvPreview } from '../../../../shared/contract/kpis';
import { periodLabel } from '../../../../shared/planning/periods';
import { toBase64 } from '../../api/base64';
import { invoke } from '../../api/client';
import { Dialog } from '../../ui/Dialog';

const MAX_BYTES = 10 * 1024 * 1024;

interface Props {
  planId: string;
  open: boolean;
  onClose(): void;
  onImport(rows: NonNullable<CsvPreview['rows'][number]['snapshot']>[], replace: boolean): Promise<string | null>;
}

/** Pick a CSV, see every row checked (nothing stored yet), then import the good rows in one go. */
export function CsvImportDialog({ planId, open, onClose, onImport }: Props) {
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPreview(null);
    setError(null);
    setFileName('');
    onClose();
  };

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_BYTES) return setError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; import at most 10 MB at a time.`);
    setBusy(true);
    const result = await invoke('kpis.previewCsv', { planId, fileName: file.name, contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  };

  const valid = preview?.rows.filter((r) => r.snapshot) ?? [];
  const replacing = valid.filter((r) => r.replaces).length;

  return (
    <Dialog
      title="Import KPI snapshots from CSV"
      open={open}
      onClose={close}
      busy={busy}
      submitLabel={valid.length ? `Import ${valid.length} row${valid.length > 1 ? 's' : ''}${replacing ? ` (${replacing} replacing stored values)` : ''}` : 'Import'}
      onSubmit={async () => {
        if (!valid.length) return setError('There are no valid rows to import.');
        setBusy(true);
        const failure = await onImport(valid.map((r) => r.snapshot!), replacing > 0);
        setBusy(false);
        if (failure) setError(failure);
        else close();
      }}
    >
      <p className="dialog-text">
        Columns: <code>metric</code>, <code>period</code> (2027-01, 2027-W03 or 2027-Q1), <code>value</code>, and optionally <code>team</code> and <code>note</code>. Metric names
        or keys both work; any delimiter and encoding a spreadsheet writes.
      </p>
      <label className="file-pick">
        <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void choose(e.target.files?.[0])} aria-label="CSV file" />
      </label>
      {busy && <p role="status">Reading {fileName}…</p>}
      {error && <div className="form-error" role="alert">{error}</div>}
      {preview && (
        <>
          <p className="muted small" role="status">
            {preview.valid} valid, {preview.invalid} with errors · read as {preview.encoding}, delimiter “{preview.delimiter}”
            {preview.invalid > 0 && ' · rows with errors are skipped'}
          </p>
          <div className="preview-scroll">
            <table className="scorecard preview" aria-label="Import preview">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Period</th>
                  <th scope="col">Team</th>
                  <th scope="col" className="num">Value</th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? 'row-error' : undefined}>
                    <td>{r.line}</td>
                    <td>{r.snapshot?.metric ?? '—'}</td>
                    <td>{r.snapshot ? periodLabel(r.snapshot.period) : '—'}</td>
                    <td>{r.snapshot?.team ?? '—'}</td>
                    <td className="num">{r.snapshot?.value ?? '—'}</td>
                    <td>{r.errors.length ? r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') : r.replaces ? 'OK, replaces the stored value' : 'OK'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Dialog>
  );
}
