import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { attachClosestEdge, extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Place } from '../../../../shared/contract/boards';
import { countOf } from '../../../../shared/format';
import { MoveMenu } from './MoveMenu';
import { byRank, placeAt, slotBeside } from './place';

export interface BoardCard {
  id: string;
  rank: string;
}

interface Props<T extends BoardCard> {
  label: string;
  columns: readonly { id: string; title: string; summary?: ReactNode }[];
  cards: readonly T[];
  columnOf(card: T): string;
  nameOf(card: T): string;
  renderCard(card: T): ReactNode;
  /** Resolves true when the core stored the move. */
  onMove(ids: string[], to: string, place: Place): Promise<boolean>;
}

type DragData = { kind: 'card'; id: string } | { kind: 'column'; column: string };

/**
 * A board of columns whose cards move with the mouse (native drag and drop, through Atlassian's
 * pragmatic-drag-and-drop) or the keyboard (arrows, Alt+arrows, or the "Move to…" menu), one card or a
 * selection at once. Focus and selection follow card ids, so a reload or a move never shifts them.
 */
export function Board<T extends BoardCard>({ label, columns, cards, columnOf, nameOf, renderCard, onMove }: Props<T>) {
  const byColumn = useMemo(() => {
    const map = new Map(columns.map((c) => [c.id, [] as T[]]));
    for (const card of cards) map.get(columnOf(card))?.push(card);
    for (const list of map.values()) list.sort(byRank);
    return map;
  }, [cards, columns, columnOf]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; id: string } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const cardById = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const focusId = focusedId && cardById.has(focusedId) ? focusedId : (byColumn.get(columns[0]?.id ?? '')?.[0]?.id ?? cards[0]?.id ?? null);

  // The cards a move carries: the selection when the card is in it, else the card alone; in board order.
  const movingWith = (id: string) => {
    const ids = selected.has(id) ? [...selected].filter((s) => cardById.has(s)) : [id];
    const order = columns.flatMap((c) => byColumn.get(c.id) ?? []).map((c) => c.id);
    return ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  };
  const titleOf = (column: string) => columns.find((c) => c.id === column)?.title ?? column;

  const move = async (id: string, to: string, slot: number | 'end') => {
    const ids = movingWith(id);
    const target = byColumn.get(to) ?? [];
    const place = placeAt(target, new Set(ids), slot === 'end' ? target.length : slot);
    const what = ids.length === 1 ? nameOf(cardById.get(ids[0]!)!) : countOf(ids.length, 'card');
    if (await onMove(ids, to, place)) {
      announce(`Moved ${what} to ${titleOf(to)}`);
      refocus.current = true;
      setFocusedId(id);
    }
  };

  // Focus follows the moved card to its new place (the menu it was moved from is gone by then), and
  // stays on the focused card's id when the list re-renders.
  const refocus = useRef(false);
  useEffect(() => {
    if (!focusedId || menu) return;
    const el = boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusedId}"]`);
    if (el && (refocus.current || boardRef.current?.contains(document.activeElement)) && document.activeElement !== el) el.focus();
    if (el) refocus.current = false;
  }, [focusedId, cards, menu]);

  useEffect(
    () =>
      monitorForElements({
        canMonitor: ({ source }) => (source.data as DragData).kind === 'card' && boardRef.current?.contains(source.element) === true,
        onDrop: ({ source, location }) => {
          const id = (source.data as { id: string }).id;
          const drop = location.current.dropTargets[0];
          if (!drop) return;
          const data = drop.data as DragData & Record<string | symbol, unknown>;
          const ids = new Set(movingWith(id));
          if (data.kind === 'card') {
            if (ids.has(data.id)) return; // dropped on itself
            const to = columnOf(cardById.get(data.id)!);
            const edge = extractClosestEdge(data) === 'top' ? 'top' : 'bottom';
            void move(id, to, slotBeside(byColumn.get(to) ?? [], ids, data.id, edge));
          } else void move(id, data.column, 'end');
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the handlers read this render's board
    [byColumn, selected, cardById],
  );

  const onCardKey = (e: React.KeyboardEvent, card: T) => {
    const column = columnOf(card);
    const list = byColumn.get(column) ?? [];
    const at = list.findIndex((c) => c.id === card.id);
    const colAt = columns.findIndex((c) => c.id === column);
    const focus = (id: string | undefined) => {
      if (!id) return;
      setFocusedId(id);
      boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus();
    };
    const sideways = (step: number) => {
      for (let c = colAt + step; c >= 0 && c < columns.length; c += step) {
        const other = byColumn.get(columns[c]!.id) ?? [];
        if (other.length) return other[Math.min(at, other.length - 1)]!.id;
      }
      return undefined;
    };
    const keys: Record<string, () => void> = e.altKey
      ? {
          ArrowUp: () => at > 0 && void move(card.id, column, at - 1),
          ArrowDown: () => at < list.length - 1 && void move(card.id, column, at + 2),
          ArrowLeft: () => colAt > 0 && void move(card.id, columns[colAt - 1]!.id, 'end'),
          ArrowRight: () => colAt < columns.length - 1 && void move(card.id, columns[colAt + 1]!.id, 'end'),
        }
      : {
          ArrowUp: () => focus(list[at - 1]?.id),
          ArrowDown: () => focus(list[at + 1]?.id),
          ArrowLeft: () => focus(sideways(-1)),
          ArrowRight: () => focus(sideways(1)),
          ' ': () => toggle(card.id),
          m: () => setMenu({ anchor: e.currentTarget as HTMLElement, id: card.id }),
          Escape: () => setSelected(new Set()),
        };
    const action = keys[e.key];
    if (action && e.target === e.currentTarget) {
      e.preventDefault();
      action();
    }
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      announce(`${countOf(next.size, 'card')} selected`);
      return next;
    });
  const onCardClick = (e: React.MouseEvent, card: T) => {
    setFocusedId(card.id);
    if (e.ctrlKey || e.metaKey) return toggle(card.id);
    if (e.shiftKey && focusedId) {
      const list = byColumn.get(columnOf(card)) ?? [];
      const from = list.findIndex((c) => c.id === focusedId);
      const to = list.findIndex((c) => c.id === card.id);
      if (from >= 0) return setSelected(new Set([...selected, ...list.slice(Math.min(from, to), Math.max(from, to) + 1).map((c) => c.id)]));
    }
  };

  return (
    <div ref={boardRef} className="board" role="region" aria-label={label}>
      {selected.size > 0 && (
        <div className="board-selection" role="status">
          {countOf(selected.size, 'card')} selected · drag one of them, press M or use “Move to…” on one to move them all ·{' '}
          <button type="button" className="link" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      <div className="board-columns">
        {columns.map((column) => (
          <BoardColumn key={column.id} id={column.id} title={column.title} summary={column.summary} count={byColumn.get(column.id)?.length ?? 0}>
            {(byColumn.get(column.id) ?? []).map((card) => (
              <DraggableCard
                key={card.id}
                id={card.id}
                name={nameOf(card)}
                selected={selected.has(card.id)}
                tabbable={card.id === focusId}
                onKeyDown={(e) => onCardKey(e, card)}
                onClick={(e) => onCardClick(e, card)}
                onFocus={() => setFocusedId(card.id)}
                onMoveMenu={(anchor) => setMenu({ anchor, id: card.id })}
              >
                {renderCard(card)}
              </DraggableCard>
            ))}
          </BoardColumn>
        ))}
      </div>
      {menu && (
        <MoveMenu
          anchor={menu.anchor}
          what={movingWith(menu.id).length > 1 ? countOf(movingWith(menu.id).length, 'card') : nameOf(cardById.get(menu.id)!)}
          columns={columns}
          current={columnOf(cardById.get(menu.id)!)}
          onPick={(to) => {
            const id = menu.id;
            setMenu(null);
            void move(id, to, 'end');
          }}
          onClose={() => {
            const id = menu.id;
            setMenu(null);
            boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus();
          }}
        />
      )}
    </div>
  );
}

function BoardColumn({ id, title, summary, count, children }: { id: string; title: string; summary?: ReactNode; count: number; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const [over, setOver] = useState(false);
  useEffect(
    () =>
      dropTargetForElements({
        element: ref.current!,
        getData: (): DragData => ({ kind: 'column', column: id }),
        onDragEnter: () => setOver(true),
        onDragLeave: () => setOver(false),
        onDrop: () => setOver(false),
      }),
    [id],
  );
  return (
    <section ref={ref} className={`board-column${over ? ' over' : ''}`} aria-label={`${title}, ${countOf(count, 'card')}`} data-column={id}>
      <header className="board-column-head">
        <h3>{title}</h3>
        <span className="muted small">{count}</span>
        {summary && <div className="board-column-summary small">{summary}</div>}
      </header>
      <ul className="board-cards">{children}</ul>
    </section>
  );
}

interface CardProps {
  id: string;
  name: string;
  selected: boolean;
  tabbable: boolean;
  children: ReactNode;
  onKeyDown(e: React.KeyboardEvent): void;
  onClick(e: React.MouseEvent): void;
  onFocus(): void;
  onMoveMenu(anchor: HTMLElement): void;
}

function DraggableCard({ id, name, selected, tabbable, children, onKeyDown, onClick, onFocus, onMoveMenu }: CardProps) {
  const ref = useRef<HTMLLIElement>(null);
  const [edge, setEdge] = useState<'top' | 'bottom' | null>(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const element = ref.current!;
    return combine(
      draggable({ element, getInitialData: (): DragData => ({ kind: 'card', id }), onDragStart: () => setDragging(true), onDrop: () => setDragging(false) }),
      dropTargetForElements({
        element,
        canDrop: ({ source }) => (source.data as DragData).kind === 'card',
        getData: ({ input }) => attachClosestEdge({ kind: 'card', id } satisfies DragData, { input, element, allowedEdges: ['top', 'bottom'] }),
        onDrag: ({ self }) => setEdge(extractClosestEdge(self.data) as 'top' | 'bottom' | null),
        onDragLeave: () => setEdge(null),
        onDrop: () => setEdge(null),
      }),
    );
  }, [id]);
  return (
    <li
      ref={ref}
      data-card-id={id}
      className={`board-card${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${edge ? ` drop-${edge}` : ''}`}
      tabIndex={tabbable ? 0 : -1}
      aria-label={selected ? `${name}, selected` : name}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight M Space"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
    >
      {children}
      <button type="button" className="small-button move-button" tabIndex={-1} aria-label={`Move ${name} to…`} onClick={(e) => onMoveMenu(e.currentTarget)}>
        Move to…
      </button>
    </li>
  );
}
