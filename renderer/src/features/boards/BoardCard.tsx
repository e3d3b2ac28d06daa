import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { attachClosestEdge, extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/** What a drag carries and what a drop lands on: a card (by id) or a cell's empty space. */
export type DragData = { kind: 'card'; id: string } | { kind: 'cell'; lane: string; column: string };

interface Props {
  id: string;
  name: string;
  selected: boolean;
  tabbable: boolean;
  /** The card's own keys beyond moving and selecting ("Enter Delete "), for screen readers. */
  shortcuts: string;
  /** Its place in the cell, for screen readers: a virtualised list only renders some of its cards. */
  position: { index: number; count: number };
  style: CSSProperties;
  measure(element: HTMLElement | null): void;
  children: ReactNode;
  onKeyDown(e: React.KeyboardEvent): void;
  onClick(e: React.MouseEvent): void;
  onFocus(): void;
  onMoveMenu(anchor: HTMLElement): void;
}

/** One card: draggable, a drop target on its top and bottom edges, and a "Move to…" button for the keyboard's twin. */
export function BoardCard({ id, name, selected, tabbable, shortcuts, position, style, measure, children, onKeyDown, onClick, onFocus, onMoveMenu }: Props) {
  const ref = useRef<HTMLLIElement | null>(null);
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
      ref={(el) => {
        ref.current = el;
        measure(el);
      }}
      data-card-id={id}
      data-index={position.index}
      style={style}
      className={`board-card${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${edge ? ` drop-${edge}` : ''}`}
      tabIndex={tabbable ? 0 : -1}
      aria-label={selected ? `${name}, selected` : name}
      aria-posinset={position.index + 1}
      aria-setsize={position.count}
      aria-keyshortcuts={`${shortcuts}Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Shift+ArrowUp Shift+ArrowDown M Space`}
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
