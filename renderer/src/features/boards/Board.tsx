import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Place } from '../../../../shared/contract/boards';
import { countOf } from '../../../../shared/format';
import { BoardCard as CardItem, type DragData } from './BoardCard';
import { BoardCell } from './BoardCell';
import { cellKey, inBoardOrder, layoutCards, neighbour, NO_LANE, rangeBetween, type Direction } from './layout';
import { MoveMenu, type MoveChoice } from './MoveMenu';
import { placeAt, slotBeside } from './place';

export interface BoardCard {
  id: string;
  rank: string;
}

interface Heading {
  id: string;
  title: string;
  summary?: ReactNode;
}

interface Props<T extends BoardCard> {
  label: string;
  columns: readonly Heading[];
  cards: readonly T[];
  columnOf(card: T): string;
  nameOf(card: T): string;
  renderCard(card: T): ReactNode;
  /** Swimlanes: rows of the board (an owner, a region); a card's lane is `laneOf(card)`. */
  lanes?: readonly Heading[];
  laneOf?(card: T): string;
  /** Enter on a focused card: open it for editing. */
  onOpen?(card: T): void;
  /** Delete on a focused card: remove it (the caller confirms or offers undo). */
  onDelete?(card: T): void;
  /** Resolves true when the core stored the move. `lane` is set when the cards change lane. */
  onMove(ids: string[], to: string, place: Place, lane?: string): Promise<boolean>;
}

const ONE_LANE = [{ id: NO_LANE, title: '' }];
const noLane = () => NO_LANE;

/**
 * A board of columns, optionally in swimlanes, whose cards move with the mouse (native drag and drop,
 * through Atlassian's pragmatic-drag-and-drop) or the keyboard (Alt+arrows, or the "Move to…" menu),
 * one card or a selection at once. Each column renders only the cards in view. Focus and selection
 * follow card ids, so a reload, a filter or a move never shifts them to another card.
 */
export function Board<T extends BoardCard>({ label, columns, cards, columnOf, nameOf, renderCard, lanes = ONE_LANE, laneOf = noLane, onOpen, onDelete, onMove }: Props<T>) {
  const columnIds = useMemo(() => columns.map((c) => c.id), [columns]);
  const laneIds = useMemo(() => lanes.map((l) => l.id), [lanes]);
  const layout = useMemo(() => layoutCards(cards, columnIds, laneIds, columnOf, laneOf), [cards, columnIds, laneIds, columnOf, laneOf]);
  const cardById = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; id: string } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const scrollers = useRef(new Map<string, (index: number) => void>());
  const onScroller = useCallback((key: string, scrollTo: ((index: number) => void) | null) => {
    if (scrollTo) scrollers.current.set(key, scrollTo);
    else scrollers.current.delete(key);
  }, []);
  const firstId = () => {
    for (const lane of laneIds) for (const column of columnIds) if (layout.cells.get(cellKey(lane, column))!.length) return layout.cells.get(cellKey(lane, column))![0]!.id;
    return null;
  };
  const focusId = focusedId && layout.where.has(focusedId) ? focusedId : firstId();
  // Tab goes from column to column: each cell has one card in the tab order, the focused card in its
  // cell and the top card elsewhere (so every scrolling column can be reached from the keyboard).
  const focusCell = focusId ? layout.where.get(focusId) : undefined;
  const isTabbable = (id: string) => {
    const at = layout.where.get(id)!;
    return focusCell && at.lane === focusCell.lane && at.column === focusCell.column ? id === focusId : at.index === 0;
  };
  const hasLanes = lanes !== ONE_LANE;
  const titleOf = (list: readonly Heading[], id: string) => list.find((c) => c.id === id)?.title ?? id;

  const cardElement = (id: string) => boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`) ?? null;
  // Brings a card into its column's rendered window, then focuses it once it has rendered.
  const reveal = (id: string) => {
    const at = layout.where.get(id);
    if (!at) return;
    setFocusedId(id);
    scrollers.current.get(cellKey(at.lane, at.column))?.(at.index);
    let tries = 0;
    const tick = () => {
      const el = cardElement(id);
      if (el) el.focus();
      else if (++tries < 20) requestAnimationFrame(tick);
    };
    tick();
  };

  // The cards a move carries: the selection when the card is in it, else the card alone; in board order.
  const movingWith = (id: string) => (selected.has(id) ? inBoardOrder(layout, laneIds, columnIds, selected) : [id]);

  const move = async (id: string, to: { column: string; lane: string }, slot: number | 'end') => {
    const ids = movingWith(id);
    const target = layout.cells.get(cellKey(to.lane, to.column)) ?? [];
    const place = placeAt(target, new Set(ids), slot === 'end' ? target.length : slot);
    const what = ids.length === 1 ? nameOf(cardById.get(ids[0]!)!) : countOf(ids.length, 'card');
    const from = layout.where.get(id);
    // Dropped back where it was: nothing to store, nothing to undo.
    if (ids.length === 1 && from && from.lane === to.lane && from.column === to.column) {
      const list = layout.cells.get(cellKey(from.lane, from.column))!;
      if ((list[from.index - 1]?.id ?? null) === place.after && (list[from.index + 1]?.id ?? null) === place.before) return;
    }
    const laneChange = hasLanes && from && from.lane !== to.lane ? to.lane : undefined;
    if (await onMove(ids, to.column, place, laneChange)) {
      const where = [titleOf(columns, to.column), laneChange !== undefined ? titleOf(lanes, to.lane) : null].filter(Boolean).join(', ');
      announce(`Moved ${what} to ${where}`);
      pendingReveal.current = id;
    }
  };

  // After a move, focus follows the moved card to its new place (once the new list has rendered).
  const pendingReveal = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingReveal.current;
    if (!id || menu || !layout.where.has(id)) return;
    pendingReveal.current = null;
    reveal(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the moved card's new layout arrives
  }, [layout, menu]);

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
            const at = layout.where.get(data.id);
            if (!at) return;
            const edge = extractClosestEdge(data) === 'top' ? 'top' : 'bottom';
            void move(id, at, slotBeside(layout.cells.get(cellKey(at.lane, at.column))!, ids, data.id, edge));
          } else void move(id, data, 'end');
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the handlers read this render's board
    [layout, selected, cardById],
  );

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      announce(`${countOf(next.size, 'card')} selected`);
      return next;
    });
  const extend = (ids: readonly string[]) =>
    setSelected((s) => {
      const next = new Set([...s, ...ids]);
      announce(`${countOf(next.size, 'card')} selected`);
      return next;
    });

  const onCardKey = (e: React.KeyboardEvent, card: T) => {
    if (e.target !== e.currentTarget) return;
    const at = layout.where.get(card.id)!;
    const list = layout.cells.get(cellKey(at.lane, at.column))!;
    const colAt = columnIds.indexOf(at.column);
    const go = (direction: Direction) => {
      const next = neighbour(layout, columnIds, card.id, direction);
      if (next) reveal(next);
      return next;
    };
    const keys: Record<string, () => void> = e.altKey
      ? {
          ArrowUp: () => at.index > 0 && void move(card.id, at, at.index - 1),
          ArrowDown: () => at.index < list.length - 1 && void move(card.id, at, at.index + 2),
          ArrowLeft: () => colAt > 0 && void move(card.id, { lane: at.lane, column: columnIds[colAt - 1]! }, 'end'),
          ArrowRight: () => colAt < columnIds.length - 1 && void move(card.id, { lane: at.lane, column: columnIds[colAt + 1]! }, 'end'),
        }
      : e.shiftKey
        ? {
            ArrowUp: () => {
              const next = go('up');
              if (next) extend(rangeBetween(layout, card.id, next));
            },
            ArrowDown: () => {
              const next = go('down');
              if (next) extend(rangeBetween(layout, card.id, next));
            },
          }
        : {
            ArrowUp: () => go('up'),
            ArrowDown: () => go('down'),
            ArrowLeft: () => go('left'),
            ArrowRight: () => go('right'),
            Home: () => list[0] && reveal(list[0].id),
            End: () => list.at(-1) && reveal(list.at(-1)!.id),
            ' ': () => toggle(card.id),
            m: () => setMenu({ anchor: e.currentTarget as HTMLElement, id: card.id }),
            M: () => setMenu({ anchor: e.currentTarget as HTMLElement, id: card.id }),
            ...(onOpen ? { Enter: () => onOpen(card) } : {}),
            ...(onDelete ? { Delete: () => onDelete(card) } : {}),
            Escape: () => setSelected(new Set()),
          };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  // Shift+click selects from the card last clicked without Shift (focus has moved to the clicked card by then).
  const anchor = useRef<string | null>(null);
  const onCardClick = (e: React.MouseEvent, card: T) => {
    setFocusedId(card.id);
    if (e.shiftKey && anchor.current) return extend(rangeBetween(layout, anchor.current, card.id));
    anchor.current = card.id;
    if (e.ctrlKey || e.metaKey) toggle(card.id);
  };

  const menuChoices = (id: string): MoveChoice[] => {
    const at = layout.where.get(id);
    if (!at) return [];
    const toColumns = columns.filter((c) => c.id !== at.column).map((c) => ({ key: `c:${c.id}`, title: c.title, to: { column: c.id, lane: at.lane } }));
    const toLanes = hasLanes ? lanes.filter((l) => l.id !== at.lane).map((l) => ({ key: `l:${l.id}`, title: `Swimlane: ${l.title}`, to: { column: at.column, lane: l.id } })) : [];
    return [...toColumns, ...toLanes];
  };

  const cardNode = (card: T, index: number, count: number, style: React.CSSProperties, measure: (el: HTMLElement | null) => void) => (
    <CardItem
      key={card.id}
      id={card.id}
      name={nameOf(card)}
      selected={selected.has(card.id)}
      tabbable={isTabbable(card.id)}
      shortcuts={`${onOpen ? 'Enter ' : ''}${onDelete ? 'Delete ' : ''}`}
      position={{ index, count }}
      style={style}
      measure={measure}
      onKeyDown={(e) => onCardKey(e, card)}
      onClick={(e) => onCardClick(e, card)}
      onFocus={() => setFocusedId(card.id)}
      onMoveMenu={(anchor) => setMenu({ anchor, id: card.id })}
    >
      {renderCard(card)}
    </CardItem>
  );
  const columnHead = (column: Heading, count: number) => (
    <header className="board-column-head">
      <h3>{column.title}</h3>
      <span className="muted small">{count}</span>
      {column.summary && <div className="board-column-summary small">{column.summary}</div>}
    </header>
  );

  return (
    <div ref={boardRef} className={`board${hasLanes ? ' with-lanes' : ''}`} role="region" aria-label={label}>
      {selected.size > 0 && (
        <div className="board-selection" role="status">
          {countOf(selected.size, 'card')} selected · drag one of them, press M or use “Move to…” on one to move them all ·{' '}
          <button type="button" className="link" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {hasLanes && (
        <div className="board-columns board-lane-heads" aria-hidden="true">
          {columns.map((c) => (
            <div key={c.id} className="board-column-title">
              {columnHead(c, layout.columnCounts.get(c.id) ?? 0)}
            </div>
          ))}
        </div>
      )}
      {lanes.map((lane) => (
        <div key={lane.id} className="board-lane" role={hasLanes ? 'group' : undefined} aria-label={hasLanes ? `Swimlane ${lane.title}` : undefined}>
          {hasLanes && <h3 className="board-lane-title">{lane.title}</h3>}
          <div className="board-columns">
            {columns.map((column) => {
              const key = cellKey(lane.id, column.id);
              const list = layout.cells.get(key)!;
              return (
                <BoardCell
                  key={key}
                  lane={lane.id}
                  column={column.id}
                  label={`${column.title}${hasLanes ? `, ${lane.title}` : ''}, ${countOf(list.length, 'card')}`}
                  cards={list}
                  idOf={(c) => c.id}
                  cellId={key}
                  onScroller={onScroller}
                  header={hasLanes ? undefined : columnHead(column, list.length)}
                  renderCard={(card, index, style, measure) => cardNode(card, index, list.length, style, measure)}
                />
              );
            })}
          </div>
        </div>
      ))}
      {menu && cardById.has(menu.id) && (
        <MoveMenu
          anchor={menu.anchor}
          what={movingWith(menu.id).length > 1 ? countOf(movingWith(menu.id).length, 'card') : nameOf(cardById.get(menu.id)!)}
          choices={menuChoices(menu.id)}
          onPick={(choice) => {
            const id = menu.id;
            setMenu(null);
            void move(id, choice.to, 'end');
          }}
          onClose={() => {
            const id = menu.id;
            setMenu(null);
            cardElement(id)?.focus();
          }}
        />
      )}
    </div>
  );
}
