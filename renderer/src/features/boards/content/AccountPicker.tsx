import { useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { Field } from '../../../ui/Field';

interface Props {
  label: string;
  error?: string | undefined;
  accounts: readonly Account[];
  /** The picked accounts' ids, in the order picked. */
  value: readonly string[];
  onChange(ids: string[]): void;
}

/** Target accounts by name or domain, picked one at a time and shown as chips. */
export function AccountPicker({ label, error, accounts, value, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const add = () => {
    const text = typed.trim().toLowerCase();
    const found = accounts.find((a) => a.name.toLowerCase() === text || a.domain.toLowerCase() === text);
    if (found && !value.includes(found.id)) onChange([...value, found.id]);
    setMissing(found || !text ? null : `No account called “${typed.trim()}” in this plan`);
    if (found) setTyped('');
  };
  return (
    <>
      <Field label={label} error={error ?? missing ?? undefined} hint="Type an account's name or domain, then Enter">
        <input
          value={typed}
          list="content-accounts"
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
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
      {value.length > 0 && (
        <ul className="chips" aria-label="Accounts it is for">
          {value.map((id) => {
            // A link to an account this device no longer knows: deleted elsewhere since the list loaded.
            const name = byId.get(id)?.name ?? 'An account no longer in this plan';
            return (
              <li key={id}>
                {name}
                <button type="button" className="link" aria-label={`Remove ${name}`} onClick={() => onChange(value.filter((v) => v !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
