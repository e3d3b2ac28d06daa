import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../../../shared/domain/account';
import type { Column } from './columns';

interface Props {
  column: Column;
  account: Account;
  initialText: string | null;
  error: string | null;
  onCommit(text: string, move: 'down' | 'right' | 'left' | 'stay' | 'none'): void;
  onCancel(): void;
}

/** The editor shown in place of a cell; Enter/Tab commit, Escape cancels. */
export function EditableCell({ column, account, initialText, error, onCommit, onCancel }: Props) {
  const raw = account[column.key];
  const [text, setText] = useState(initialText ?? (raw === null ? '' : String(raw)));
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  // Set once Escape or a key has decided the outcome, so the blur that follows doesn't commit again.
  const settled = useRef(false);
  const commit = (value: string, move: 'down' | 'right' | 'left' | 'stay' | 'none') => {
    settled.current = move !== 'none';
    onCommit(value, move);
  };

  useEffect(() => {
    ref.current?.focus();
    if (initialText === null && ref.current instanceof HTMLInputElement) ref.current.select();
  }, [initialText]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(text, 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit(text, e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      settled.current = true;
      onCancel();
    }
  };

  const common = {
    ref,
    className: `cell-editor${error ? ' invalid' : ''}`,
    'aria-label': column.label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? 'cell-error' : undefined,
    onKeyDown,
  };

  return (
    <div className="cell-editor-wrap">
      {column.editor.kind === 'select' ? (
        <select {...common} value={text} onChange={(e) => commit(e.target.value, 'stay')} onBlur={() => settled.current || onCancel()}>
          {column.editor.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          value={text}
          inputMode={column.editor.kind === 'number' ? 'decimal' : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => settled.current || commit(text, 'none')}
        />
      )}
      {error && (
        <div id="cell-error" role="alert" className="cell-error">
          {error}
        </div>
      )}
    </div>
  );
}
