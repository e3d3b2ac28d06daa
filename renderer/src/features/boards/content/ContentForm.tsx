import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { CONTENT_STATUS_LABELS, CONTENT_STATUSES, CONTENT_TYPES, FUNNEL_STAGE_LABELS, FUNNEL_STAGES, type ContentItem, type FunnelStage } from '../../../../../shared/domain/content';
import { decimalMark } from '../../../../../shared/format';
import { useAppStore } from '../../../store';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { formErrors } from '../../../ui/formErrors';
import { AccountPicker } from './AccountPicker';
import { createItem, requestItem, updateItem } from './content';
import { accountError, CONTENT_LABELS as LABELS, draftOf, patchOf, type ContentKey } from './contentDraft';

interface Props {
  planId: string;
  currency: string;
  /** "request": sales asks (a card in Requested, with the reason); "item": marketing plans one; an item: edit it. */
  mode: 'request' | 'item' | ContentItem;
  accounts: readonly Account[];
  youAre: string;
  onClose(): void;
}

const TITLES = { request: 'Request content', item: 'New content item' };
const SUBMITS = { request: 'Send request', item: 'Add item' };

/** Plan a content item, request one for sales, or edit one: what it is, the stage it serves, the accounts it is for, how sales uses it. */
export function ContentForm({ planId, currency, mode, accounts, youAre, onClose }: Props) {
  const editing = typeof mode === 'object' ? mode : null;
  const [draft, setDraft] = useState(() => draftOf(editing, youAre));
  const [picked, setPicked] = useState<string[]>(() => editing?.accountIds ?? []);
  const [errors, setErrors] = useState<Partial<Record<ContentKey, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: ContentKey, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const nameOf = (id: string) => accounts.find((a) => a.id === id)?.name ?? 'An account no longer in this plan';
  const show = (k: ContentKey) => editing !== null || (mode === 'request' ? ['requester', 'reason'] : ['owner', 'personas', 'industries', 'url']).includes(k);

  const submit = async () => {
    const { offerUndo } = useAppStore.getState();
    const common = { title: draft.title, type: draft.type, stage: draft.stage as FunnelStage, dueDate: draft.dueDate || null, accountIds: picked };
    let result, prefix: string, done: string;
    if (editing) {
      const { patch, errors: local } = patchOf(editing, draft, picked, decimalMark());
      if (Object.keys(local).length) return setErrors(local);
      if (!Object.keys(patch).length) return onClose(); // nothing changed: nothing to save or undo
      setBusy(true);
      [result, prefix, done] = [await updateItem(editing, patch), 'patch', `Saved ${draft.title.trim() || editing.title}.`];
    } else {
      setBusy(true);
      [result, prefix, done] =
        mode === 'request'
          ? [await requestItem(planId, { ...common, reason: draft.reason, requester: draft.requester }), 'request', '']
          : [await createItem(planId, { ...common, owner: draft.owner, personas: list(draft.personas), industries: list(draft.industries), url: draft.url.trim() }), 'item', ''];
    }
    setBusy(false);
    if (result.ok) {
      onClose();
      // An edit may change many fields at once: its toast offers the way back, as a delete's does.
      return editing ? offerUndo(planId, done) : undefined;
    }
    const split = formErrors(result.error, prefix, LABELS);
    const link = accountError(result.error, prefix, picked, nameOf);
    setErrors(link ? { ...split.byField, accountIds: link } : split.byField);
    setGeneral(link ? null : split.general);
  };

  return (
    <Dialog
      title={editing ? `Edit content: ${editing.title}` : TITLES[mode as 'request' | 'item']}
      open
      onClose={onClose}
      onSubmit={() => void submit()}
      busy={busy}
      submitLabel={editing ? 'Save changes' : SUBMITS[mode as 'request' | 'item']}
    >
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
        {editing && (
          <Field label={LABELS.status} error={errors.status}>
            <select value={draft.status} onChange={(e) => set('status', e.target.value)}>
              {CONTENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CONTENT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
        )}
        {show('owner') && <Text k="owner" draft={draft} errors={errors} set={set} />}
        {show('requester') && <Text k="requester" draft={draft} errors={errors} set={set} />}
        <Field label={LABELS.dueDate} error={errors.dueDate}>
          <input type="date" value={draft.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
        </Field>
      </div>
      {show('reason') && (
        <Field label={LABELS.reason} error={errors.reason}>
          <textarea rows={2} value={draft.reason} onChange={(e) => set('reason', e.target.value)} />
        </Field>
      )}
      {show('personas') && (
        <div className="form-grid">
          <Text k="personas" draft={draft} errors={errors} set={set} hint="Comma-separated, e.g. CFO, VP Sales" />
          <Text k="industries" draft={draft} errors={errors} set={set} hint="Comma-separated" />
          <Field label={LABELS.url} error={errors.url}>
            <input value={draft.url} type="url" onChange={(e) => set('url', e.target.value)} placeholder="https://" />
          </Field>
          {editing && (
            <>
              <Field label={LABELS.usageCount} error={errors.usageCount}>
                <input value={draft.usageCount} inputMode="numeric" onChange={(e) => set('usageCount', e.target.value)} />
              </Field>
              <Field label={`${LABELS.influencedPipeline} (${currency})`} error={errors.influencedPipeline}>
                <input value={draft.influencedPipeline} inputMode="decimal" onChange={(e) => set('influencedPipeline', e.target.value)} />
              </Field>
            </>
          )}
        </div>
      )}
      <AccountPicker label={LABELS.accountIds} error={errors.accountIds} accounts={accounts} value={picked} onChange={setPicked} />
    </Dialog>
  );
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

function Text({ k, draft, errors, set, hint }: { k: ContentKey; draft: Record<ContentKey, string>; errors: Partial<Record<ContentKey, string>>; set(k: ContentKey, v: string): void; hint?: string }) {
  return (
    <Field label={LABELS[k]} error={errors[k]} {...(hint ? { hint } : {})}>
      <input value={draft[k]} onChange={(e) => set(k, e.target.value)} />
    </Field>
  );
}
