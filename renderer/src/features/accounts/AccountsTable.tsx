import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Account } from '../../../../shared/domain/account';
import type { AccountQuery } from '../../../../shared/domain/accountQuery';
import { useOp } from '../../api/cache';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { fieldMessage } from '../../ui/formErrors';
import { applyBatch, deleteAccount, updateAccount } from './accounts';
import { COLUMNS, ROW_ACTIONS_WIDTH, TABLE_WIDTH, type Column } from './columns';
import { EditableCell, type Move } from './EditableCell';
import { planPaste } from './gridPaste';
import { countOf } from '../../../../shared/format';

const ROW_HEIGHT = 36;

interface Props {
  planId: string;
  rows: Account[];
  /** Every account of the plan, filtered out or not: a pasted export is matched against all of them. */
  accounts: Account[];
  currency: string;
  sort: AccountQuery['sort'];
  onSort(key: Column['key']): void;
}

/**
 * The active cell follows its account's id, so a sort, a filter or a reload never moves it to another
 * account; `row` is where it was last, for when its account leaves the list (filtered out, deleted).
 */
type Active = { id: string | null; row: number; col: number };

const ACTIVE_CELL_ID = 'accounts-active-cell';
type Editing = { id: string; col: number; initialText: string | null; error: string | null };

/**
 * A spreadsheet-like grid: only visible rows are in the DOM (10,000 accounts scroll smoothly), arrows
 * move the active cell, Enter/F2 or typing edits it, Delete clears it, Ctrl+Delete removes the row,
 * and a block pasted from a spreadsheet fills cells or adds rows as one undoable step.
 */
export function AccountsTable({ planId, rows, accounts, currency, sort, onSort }: Props) {
  const notify = useAppStore((s) => s.notify);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active>({ id: null, row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const contentLinks = useOp('accounts.boardInfo', { planId }).data?.contentLinks;
  const [confirming, setConfirming] = useState<{ account: Account; links: number } | null>(null);
  // An account that content links to is deleted only after a yes: its links go with it.
  const onDelete = (account: Account) => {
    const links = contentLinks?.[account.id] ?? 0;
    if (links > 0) setConfirming({ account, links });
    else void deleteAccount(account);
  };
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const activeRow = (active.id !== null ? indexOf.get(active.id) : undefined) ?? Math.max(0, Math.min(active.row, rows.length - 1));
  const activeAccount = rows[activeRow];
  const editRow = (e: Editing) => indexOf.get(e.id);
  const startEditing = (initialText: string | null) => activeAccount && setEditing({ id: activeAccount.id, col: active.col, initialText, error: null });

  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const moveTo = useCallback(
    (row: number, col: number) => {
      const next = Math.max(0, Math.min(rows.length - 1, row));
      setActive({ id: rows[next]?.id ?? null, row: next, col: Math.max(0, Math.min(COLUMNS.length - 1, col)) });
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [rows, virtualizer],
  );

  const focusGrid = () => scrollRef.current?.focus();

  const save = async (account: Account, column: Column, value: unknown) => {
    if (value === account[column.key]) return null;
    const result = await updateAccount(account, { [column.key]: value });
    return result.ok ? null : fieldMessage(result.error, 'patch', column.key, column.label);
  };

  const commit = async (text: string, move: Move) => {
    if (!editing) return;
    const row = editRow(editing);
    const account = row === undefined ? undefined : rows[row];
    const column = COLUMNS[editing.col]!;
    if (!account || row === undefined) return setEditing(null);
    const parsed = column.parse(text);
    const failure = parsed.ok ? await save(account, column, parsed.value) : parsed.error;
    // The grid is gone (another plan or area): its cell can't show the error, so a toast does.
    if (failure && move === 'gone') return notify({ kind: 'error', topic: 'grid', message: `Your edit of ${column.label} for ${account.name} was not saved: ${failure}` });
    if (failure) return setEditing({ ...editing, initialText: text, error: failure });
    setEditing(null);
    if (move === 'down') moveTo(row + 1, editing.col);
    if (move === 'right') moveTo(row, editing.col + 1);
    if (move === 'left') moveTo(row, editing.col - 1);
    if (move !== 'none' && move !== 'gone') focusGrid();
  };

  const clearCell = async () => {
    const account = activeAccount;
    const column = COLUMNS[active.col]!;
    if (!account) return;
    if (column.cleared === undefined) {
      return notify({ kind: 'error', topic: 'grid', message: `${column.label} can't be empty. To remove ${account.name}, press Ctrl+Delete or use its Delete button.` });
    }
    const failure = await save(account, column, column.cleared);
    if (failure) notify({ kind: 'error', topic: 'grid', message: failure });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing || rows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const mod = e.ctrlKey || e.metaKey;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeRow + 1, active.col),
      ArrowUp: () => moveTo(activeRow - 1, active.col),
      ArrowRight: () => moveTo(activeRow, active.col + 1),
      ArrowLeft: () => moveTo(activeRow, active.col - 1),
      PageDown: () => moveTo(activeRow + page, active.col),
      PageUp: () => moveTo(activeRow - page, active.col),
      Home: () => moveTo(mod ? 0 : activeRow, 0),
      End: () => moveTo(mod ? rows.length - 1 : activeRow, COLUMNS.length - 1),
      // Tab walks the row as in a spreadsheet; at the row's ends it leaves the grid as usual.
      Tab: () => moveTo(activeRow, active.col + (e.shiftKey ? -1 : 1)),
      Enter: () => startEditing(null),
      F2: () => startEditing(null),
      Delete: () => (mod ? activeAccount && void onDelete(activeAccount) : void clearCell()),
      Backspace: () => (mod ? activeAccount && void onDelete(activeAccount) : void clearCell()),
    };
    const action = keys[e.key];
    const tabOut = e.key === 'Tab' && (e.shiftKey ? active.col === 0 : active.col === COLUMNS.length - 1);
    if (action && !tabOut) {
      e.preventDefault();
      action();
    } else if (e.key.length === 1 && !mod && !e.altKey) {
      // Typing over a cell starts editing with what was typed, as in a spreadsheet.
      e.preventDefault();
      startEditing(COLUMNS[active.col]!.editor.kind === 'select' ? null : e.key);
    }
  };

  const onPaste = async (e: React.ClipboardEvent) => {
    if (editing) return;
    e.preventDefault();
    const outcome = planPaste(e.clipboardData.getData('text/plain'), rows, { row: activeRow, col: active.col }, COLUMNS, accounts);
    if (!outcome.ok) return notify({ kind: 'error', topic: 'grid', message: outcome.problem });
    const { plan } = outcome;
    const result = await applyBatch(planId, { updates: plan.updates, creates: plan.creates });
    if (!result.ok) return notify({ kind: 'error', topic: 'grid', message: `Nothing pasted: ${result.error.message}` });
    const parts = [plan.updates.length && `${countOf(plan.updates.length, 'row')} edited`, plan.creates.length && `${plan.creates.length} added`].filter(Boolean);
    const header = plan.headerSkipped ? ' The first row named the columns, so it placed them and was not pasted.' : '';
    notify({ kind: 'info', topic: 'grid', message: `Pasted: ${parts.join(', ')}.${header} Ctrl+Z undoes it in one step.` });
  };

  return (
    <>
      <div
        ref={scrollRef}
        className="grid-scroll"
        role="grid"
        aria-label="Accounts"
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length + 1}
        tabIndex={0}
        // Focus stays on the grid; screen readers follow the selected cell through this.
        aria-activedescendant={editing || !rows.length ? undefined : ACTIVE_CELL_ID}
        onKeyDown={onKeyDown}
        onPaste={(e) => void onPaste(e)}
      >
        <div className="grid-inner" style={{ width: TABLE_WIDTH }}>
          <div className="grid-header" role="row" aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const sorted = sort.key === c.key ? sort.dir : null;
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  className={`grid-cell header${c.align === 'right' ? ' right' : ''}`}
                  style={{ width: c.width }}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)} title={`Sort by ${c.label}`}>
                    {c.label}
                    <span className="sort-mark" aria-hidden>
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </div>
              );
            })}
            <div role="columnheader" className="grid-cell header" style={{ width: ROW_ACTIONS_WIDTH }}>
              <span className="sr-only">Actions</span>
            </div>
          </div>
          <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const account = rows[item.index]!;
              return (
                <div
                  key={account.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-account-id={account.id}
                  className={`grid-row${item.index % 2 ? ' odd' : ''}${activeRow === item.index ? ' active-row' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  {COLUMNS.map((c, col) => {
                    const isActive = activeRow === item.index && active.col === col;
                    const isEditing = editing?.id === account.id && editing.col === col;
                    return (
                      <div
                        key={c.key}
                        role="gridcell"
                        id={isActive ? ACTIVE_CELL_ID : undefined}
                        aria-colindex={col + 1}
                        aria-selected={isActive}
                        data-col={c.key}
                        className={`grid-cell${c.align === 'right' ? ' right' : ''}${isActive ? ' active' : ''}${c.key === 'tier' ? ` tier tier-${account.tier}` : ''}${c.key === 'stage' ? ` stage stage-${account.stage}` : ''}`}
                        style={{ width: c.width }}
                        title={isEditing ? undefined : c.display(account, currency)}
                        onMouseDown={() => setActive({ id: account.id, row: item.index, col })}
                        onDoubleClick={() => setEditing({ id: account.id, col, initialText: null, error: null })}
                      >
                        {isEditing ? (
                          <EditableCell
                            column={c}
                            account={account}
                            initialText={editing.initialText}
                            error={editing.error}
                            onCommit={(text, move) => void commit(text, move)}
                            onCancel={(refocus) => {
                              setEditing(null);
                              if (refocus) focusGrid();
                            }}
                          />
                        ) : (
                          <span className="cell-text">{c.display(account, currency)}</span>
                        )}
                      </div>
                    );
                  })}
                  <div role="gridcell" aria-colindex={COLUMNS.length + 1} className="grid-cell row-actions" style={{ width: ROW_ACTIONS_WIDTH }}>
                    <button type="button" className="danger-quiet small-button" tabIndex={-1} onClick={() => void onDelete(account)} aria-label={`Delete ${account.name}`}>
                      Delete
                    </button>
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {confirming && (
        <Dialog
          title={`Delete ${confirming.account.name}?`}
          open
          danger
          submitLabel="Delete account and links"
          onClose={() => setConfirming(null)}
          onSubmit={() => {
            const { account } = confirming;
            setConfirming(null);
            void deleteAccount(account);
          }}
        >
          <p>
            {countOf(confirming.links, 'content item links', 'content items link')} to {confirming.account.name}. Deleting the account removes those links too; the content items stay. Ctrl+Z brings the account and its
            links back.
          </p>
        </Dialog>
      )}
    </>
  );
}
