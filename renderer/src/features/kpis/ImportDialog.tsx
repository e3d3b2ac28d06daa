import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DecimalChoice, ImportPreview, RateChoice } from '../../../../shared/contract/kpis';
import type { KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { countOf, decimalMark } from '../../../../shared/format';
import { toBase64 } from '../../api/base64';
import { call } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportReadingChoices } from './ImportReadingChoices';

const MAX_BYTES = 10 * 1024 * 1024;

type FileSource = { kind: 'file'; fileName: string; contentBase64: string };
let nextFileId = 1;

interface Props {
  planId: string;
  metrics: MetricDef[];
  currency: string;
  /** Rows pasted from a spreadsheet open straight into the preview; null asks for a file. */
  pasted: { id: number; text: string } | null;
  open: boolean;
  onClose(): void;
  onImport(rows: KpiSnapshotFields[], replace: boolean): Promise<string | null>;
}

/** A CSV file or pasted rows, every row checked and shown (nothing stored yet); then the good rows in one go. */
export function ImportDialog({ planId, metrics, currency, pasted, open, onClose, onImport }: Props) {
  const [file, setFile] = useState<{ id: number; source: FileSource } | null>(null);
  const [decimal, setDecimal] = useState<DecimalChoice>('auto');
  const [rates, setRates] = useState<RateChoice>('auto');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const source = pasted !== null ? { kind: 'paste' as const, text: pasted.text } : (file?.source ?? null);

  // Every change of source or reading re-reads the text in the core. The key names the source by an
  // id rather than by its (possibly megabytes of) content.
  const read = useQuery({
    queryKey: ['kpis.previewImport', planId, pasted ? `paste-${pasted.id}` : (file?.id ?? null), decimal, rates],
    queryFn: () => call('kpis.previewImport', { planId, source: source!, decimal, userDecimal: decimalMark(), rates }),
    enabled: open && source !== null,
    gcTime: 0,
  });
  const preview: ImportPreview | null = read.data ?? null;
  const busy = saving || read.isFetching;

  const close = () => {
    setFile(null);
    setError(null);
    setDecimal('auto');
    setRates('auto');
    onClose();
  };

  const choose = async (picked: File | undefined) => {
    setFile(null);
    setError(null);
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setError(`${picked.name} is ${(picked.size / 1024 / 1024).toFixed(1)} MB; import at most 10 MB at a time.`);
    setFile({ id: nextFileId++, source: { kind: 'file', fileName: picked.name, contentBase64: toBase64(new Uint8Array(await picked.arrayBuffer())) } });
  };
  const shownError = error ?? (read.isError ? read.error.message : null);

  const valid = preview?.rows.filter((r) => r.snapshot) ?? [];
  const replacing = valid.filter((r) => r.replaces).length;

  return (
    <Dialog
      title={pasted !== null ? 'Paste KPI snapshots' : 'Import KPI snapshots from CSV'}
      open={open}
      onClose={close}
      busy={busy}
      submitLabel={valid.length ? `Import ${countOf(valid.length, 'row')}${replacing ? ` (${replacing} replacing stored values)` : ''}` : 'Import'}
      onSubmit={async () => {
        if (!valid.length) return setError('There are no valid rows to import.');
        setSaving(true);
        const failure = await onImport(valid.map((r) => r.snapshot!), replacing > 0);
        setSaving(false);
        if (failure) setError(failure);
        else close();
      }}
    >
      <p className="dialog-text">
        Columns: <code>metric</code>, <code>period</code> (Jan 2027, 2027-01, Q1 2027 or W05 2027), <code>value</code>, and optionally <code>team</code> and <code>note</code>, in
        any order a header row names. Metric names or keys both work; any delimiter and encoding a spreadsheet writes.
      </p>
      {pasted === null && (
        <label className="file-pick">
          <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void choose(e.target.files?.[0])} aria-label="CSV file" />
        </label>
      )}
      {busy && <p role="status">Reading…</p>}
      {shownError && (
        <div className="form-error" role="alert">
          {shownError}
        </div>
      )}
      {preview && !read.isError && (
        <>
          <ImportReadingChoices preview={preview} decimal={decimal} rates={rates} onDecimal={setDecimal} onRates={setRates} />
          <ImportPreviewTable preview={preview} metrics={metrics} currency={currency} />
        </>
      )}
    </Dialog>
  );
}
