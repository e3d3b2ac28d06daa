import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../../../shared/domain/account';
import type { Column } from './columns';
import { Anchored } from '../../ui/Anchored';
import { ListboxEditor } from './ListboxEditor';

/** Where the cursor goes after a commit; 'gone' is a commit as the grid itself goes away. */
export type Move = 'down' | 'right' | 'left' | 'stay' | 'none' | 'gone';

interface Props {
  column: Column;
  account: Account;
  initialText: string | null;
  error: string | null;
  onCommit(text: string, move: Move): void;
  onCancel(refocus: boolean): void;
}

/** The editor shown in place of a cell; Enter/Tab commit, Escape cancels. */
export function EditableCell({ column, account, initialText, error, onCommit, onCancel }: Props) {
  const [text, setText] = useState(initialText ?? column.editText(account));
  const [cellBox, setCellBox] = useState<HTMLDivElement | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  // Set once the text on screen has been committed or cancelled, so the blur or unmount that follows
  // doesn't commit it again; typing unsets it.
  const settled = useRef(false);
  const commit = (value: string, move: Move) => {
    settled.current = true;
    onCommit(value, move);
  };

  useEffect(() => {
    ref.current?.focus();
    if (initialText === null) ref.current?.select();
  }, [initialText]);

  // The grid can go away with the editor open (a plan switch, an area switch) without a blur: what was
  // typed is committed then too, into the account it was typed for.
  const latest = useRef({ text, onCommit });
  useEffect(() => {
    latest.current = { text, onCommit };
  });
  useEffect(
    () => () => {
      if (!settled.current && column.editor.kind !== 'select') latest.current.onCommit(latest.current.text, 'gone');
    },
    [column.editor.kind],
  );

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
      onCancel(true);
    }
  };

  return (
    <div className="cell-editor-wrap" ref={setCellBox}>
      {column.editor.kind === 'select' ? (
        <ListboxEditor anchor={cellBox} label={column.label} options={column.editor.options} value={column.editText(account)} onCommit={(v, move) => onCommit(v, move)} onCancel={onCancel} />
      ) : (
        <input
          ref={ref}
          className={`cell-editor${error ? ' invalid' : ''}`}
          aria-label={column.label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'cell-error' : undefined}
          onKeyDown={onKeyDown}
          value={text}
          inputMode={column.editor.kind === 'number' ? 'decimal' : undefined}
          onChange={(e) => {
            settled.current = false;
            setText(e.target.value);
          }}
          onBlur={() => settled.current || commit(text, 'none')}
        />
      )}
      {error && (
        <Anchored anchor={cellBox}>
          <div id="cell-error" role="alert" className="cell-error">
            {error}
          </div>
        </Anchored>
      )}
    </div>
  );
}
