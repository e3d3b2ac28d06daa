import { useEffect, useRef, useState } from 'react';
import { Anchored } from '../../ui/Anchored';

/** A place a card can move to: another column, or (with swimlanes) another lane. */
export interface MoveChoice {
  key: string;
  title: string;
  to: { column: string; lane: string };
}

interface Props {
  anchor: HTMLElement | null;
  /** What is being moved, for the menu's name: "Move LinkedIn ads to" or "Move 3 cards to". */
  what: string;
  choices: readonly MoveChoice[];
  onPick(choice: MoveChoice): void;
  onClose(): void;
}

/** The keyboard's way to move a card: a menu of the other columns and lanes; arrows choose, Enter moves, Escape closes. */
export function MoveMenu({ anchor, what, choices, onPick, onClose }: Props) {
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => ref.current?.focus(), [anchor]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const keys: Record<string, () => void> = {
      ArrowDown: () => setActive((a) => Math.min(choices.length - 1, a + 1)),
      ArrowUp: () => setActive((a) => Math.max(0, a - 1)),
      Home: () => setActive(0),
      End: () => setActive(choices.length - 1),
      Enter: () => choices[active] && onPick(choices[active]),
      Escape: onClose,
      Tab: onClose,
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  return (
    <Anchored anchor={anchor}>
      <ul ref={ref} role="menu" aria-label={`Move ${what} to`} tabIndex={-1} className="move-menu" aria-activedescendant={`move-to-${active}`} onKeyDown={onKeyDown} onBlur={onClose}>
        {choices.map((c, i) => (
          <li
            key={c.key}
            id={`move-to-${i}`}
            role="menuitem"
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(c)}
          >
            {c.title}
          </li>
        ))}
      </ul>
    </Anchored>
  );
}
