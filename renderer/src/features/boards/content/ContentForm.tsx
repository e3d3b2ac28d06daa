import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { CONTENT_TYPES, FUNNEL_STAGE_LABELS, FUNNEL_STAGES, type FunnelStage } from '../../../../../shared/domain/content';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { formErrors } from '../../../ui/formErrors';
import { createItem, requestItem } from './content';

const LABELS = {
  title: 'Title',
  type: 'Type',
  stage: 'Funnel stage',
  reason: 'Why sales needs it',
  requester: 'Requested by',
  owner: 'Owner',
  personas: 'Personas',
  industries: 'Industries',
  dueDate: 'Due date',
  url: 'Link',
  accountIds: 'For accounts',
};
type Key = keyof typeof LABELS;
const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

interface Props {
  planId: string;
  /** "request": sales asks (a card in Requested, with the reason); "item": marketing plans one. */
  mode: 'request' | 'item';
  accounts: readonly Account[];
  youAre: string;
  onClose(): void;
}

/** Plan a content item, or request one for sales: what it is, the stage it serves, and the accounts it is for. */
export function ContentForm({ planId, mode, accounts, youAre, onClose }: Props) {
  const [draft, setDraft] = useState<Record<Key, string>>({ title: '', type: CONTENT_TYPES[0], stage: 'decision', reason: '', requester: youAre, owner: '', personas: '', industries: '', dueDate: '', url: '', accountIds: '' });
  const [picked, setPicked] = useState<Account[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Key, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const addAccount = (name: string) => {
    const found = accounts.find((a) => a.name === name || a.domain === name);
    if (found && !picked.some((p) => p.id === found.id)) setPicked([...picked, found]);
    set('accountIds', '');
  };

  const submit = async () => {
    setBusy(true);
    const common = { title: draft.title, type: draft.type, stage: draft.stage as FunnelStage, dueDate: draft.dueDate || null, accountIds: picked.map((a) => a.id) };
    const result =
      mode === 'request'
        ? await requestItem(planId, { ...common, reason: draft.reason, requester: draft.requester })
        : await createItem(planId, { ...common, owner: draft.owner, personas: list(draft.personas), industries: list(draft.industries), url: draft.url.trim() });
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, mode, LABELS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog title={mode === 'request' ? 'Request content' : 'New content item'} open onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel={mode === 'request' ? 'Send request' : 'Add item'}>
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <Field label={LABELS.title} error={errors.title}>
        <input value={draft.title} autoFocus onChange={(e) => set('title', e.target.value)} placeholder="E.g. Battlecard: us vs Initech" />
      </Field>
      <div className="form-grid">
        <Field label={LABELS.type} error={errors.type} hint="Pick one or type your own">
          <input value={draft.type} list="content-types" onChange={(e) => set('type', e.target.value)} />
        </Field>
        <datalist id="content-types">
          {CONTENT_TYPES.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <Field label={LABELS.stage} error={errors.stage}>
          <select value={draft.stage} onChange={(e) => set('stage', e.target.value)}>
            {FUNNEL_STAGES.map((s) => (
              <option key={s} value={s}>
                {FUNNEL_STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        {mode === 'request' ? (
          <Field label={LABELS.requester} error={errors.requester}>
            <input value={draft.requester} onChange={(e) => set('requester', e.target.value)} />
          </Field>
        ) : (
          <Field label={LABELS.owner} error={errors.owner}>
            <input value={draft.owner} onChange={(e) => set('owner', e.target.value)} />
          </Field>
        )}
        <Field label={LABELS.dueDate} error={errors.dueDate}>
          <input type="date" value={draft.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
        </Field>
      </div>
      {mode === 'request' ? (
        <Field label={LABELS.reason} error={errors.reason}>
          <textarea rows={2} value={draft.reason} onChange={(e) => set('reason', e.target.value)} />
        </Field>
      ) : (
        <div className="form-grid">
          <Field label={LABELS.personas} error={errors.personas} hint="Comma-separated, e.g. CFO, VP Sales">
            <input value={draft.personas} onChange={(e) => set('personas', e.target.value)} />
          </Field>
          <Field label={LABELS.industries} error={errors.industries} hint="Comma-separated">
            <input value={draft.industries} onChange={(e) => set('industries', e.target.value)} />
          </Field>
          <Field label={LABELS.url} error={errors.url}>
            <input value={draft.url} type="url" onChange={(e) => set('url', e.target.value)} placeholder="https://" />
          </Field>
        </div>
      )}
      <Field label={LABELS.accountIds} error={errors.accountIds} hint="Type an account's name or domain, then Enter">
        <input
          value={draft.accountIds}
          list="content-accounts"
          onChange={(e) => set('accountIds', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addAccount(draft.accountIds.trim());
            }
          }}
        />
      </Field>
      <datalist id="content-accounts">
        {accounts.slice(0, 500).map((a) => (
          <option key={a.id} value={a.name}>
            {a.domain}
          </option>
        ))}
      </datalist>
      {picked.length > 0 && (
        <ul className="chips" aria-label="Accounts it is for">
          {picked.map((a) => (
            <li key={a.id}>
              {a.name}
              <button type="button" className="link" aria-label={`Remove ${a.name}`} onClick={() => setPicked(picked.filter((p) => p.id !== a.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
