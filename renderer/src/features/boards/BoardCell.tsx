import { autoScrollForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element';
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { DragData } from './BoardCard';

/** A first guess at a card's height; each card is measured once it renders. */
const ESTIMATED_CARD = 120;
const GAP = 8;

interface Props<T> {
  lane: string;
  column: string;
  label: string;
  cards: readonly T[];
  idOf(card: T): string;
  /** Renders a card at its place in the virtual list. */
  renderCard(card: T, index: number, style: CSSProperties, measure: (el: HTMLElement | null) => void): ReactNode;
  cellId: string;
  /** Lets the board scroll a card into the rendered window before it focuses it. */
  onScroller(cellId: string, scrollTo: ((index: number) => void) | null): void;
  header?: ReactNode;
}

/**
 * One column of one lane: a drop target for its empty space, scrolling on its own, auto-scrolling while a
 * card is dragged near its edges, and rendering only the cards in view (a column may hold 10,000).
 */
export function BoardCell<T>({ lane, column, label, cards, idOf, renderCard, cellId, onScroller, header }: Props<T>) {
  const ref = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD,
    getItemKey: (i) => idOf(cards[i]!),
    overscan: 4,
    gap: GAP,
  });
  useEffect(() => {
    onScroller(cellId, (index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => onScroller(cellId, null);
  }, [virtualizer, onScroller, cellId]);
  useEffect(
    () =>
      combine(
        dropTargetForElements({
          element: ref.current!,
          getData: (): DragData => ({ kind: 'cell', lane, column }),
          onDragEnter: () => setOver(true),
          onDragLeave: () => setOver(false),
          onDrop: () => setOver(false),
        }),
        autoScrollForElements({ element: scrollRef.current! }),
      ),
    [lane, column],
  );
  return (
    <section ref={ref} className={`board-column${over ? ' over' : ''}`} aria-label={label} data-column={column} data-lane={lane || undefined}>
      {header}
      <div ref={scrollRef} className="board-cell-scroll">
        <ul className="board-cards" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) =>
            renderCard(cards[item.index]!, item.index, { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }, virtualizer.measureElement),
          )}
        </ul>
      </div>
    </section>
  );
}
