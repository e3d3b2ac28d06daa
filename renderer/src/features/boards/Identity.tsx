import { useState } from 'react';
import { queryClient, useOp } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';

/** Who this device's changes are from: asked once, shown in every activity list. */
export function Identity() {
  const info = useOp('app.info', {}).data;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!info || info.youAre) return info ? <p className="muted small">Your changes are recorded as {info.youAre}.</p> : null;
  const save = async () => {
    const result = await invoke('app.setIdentity', { youAre: name });
    if (!result.ok) return setError(result.error.details?.issues?.[0]?.message ?? result.error.message);
    queryClient.setQueryData(['app.info', {}], result.value);
    useAppStore.getState().notify({ kind: 'info', message: `Your changes are now recorded as ${result.value.youAre}.` });
  };
  return (
    <form
      className="inline-field identity"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor="you-are">Who are you? Changes from this device are recorded under this name:</label>
      <input id="you-are" value={name} onChange={(e) => setName(e.target.value)} placeholder="E.g. Maya Patel" aria-invalid={error ? true : undefined} aria-describedby={error ? 'you-are-error' : undefined} />
      <button type="submit">Save</button>
      {error && (
        <span id="you-are-error" className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
