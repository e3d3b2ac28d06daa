import { useEffect, useId, useRef, useState } from 'react';
import { Anchored } from '../../ui/Anchored';

interface Props {
  /** The cell the choices belong to: they are drawn beside it, above the grid. */
  anchor: HTMLElement | null;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onCommit(value: string, move: 'down' | 'right' | 'left' | 'stay'): void;
  /** `refocus`: Escape hands focus back to the grid; a click elsewhere leaves it where it went. */
  onCancel(refocus: boolean): void;
}

/**
 * A choice in a grid cell, as spreadsheets do it: arrows move the highlight, Enter (or a click) commits,
 * Escape cancels. Nothing is saved while the user is still looking.
 */
export function ListboxEditor({ anchor, label, options, value, onCommit, onCancel }: Props) {
  const id = useId();
  const ref = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(Math.max(0, options.findIndex((o) => o.value === value)));
  const settled = useRef(false);
  const finish = (f: () => void) => {
    settled.current = true;
    f();
  };

  // The list is drawn once the cell is known; focus it then.
  useEffect(() => ref.current?.focus(), [anchor]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const move = (to: number) => setActive(Math.max(0, Math.min(options.length - 1, to)));
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(options.length - 1),
      Enter: () => finish(() => onCommit(options[active]!.value, 'down')),
      Tab: () => finish(() => onCommit(options[active]!.value, e.shiftKey ? 'left' : 'right')),
      Escape: () => finish(() => onCancel(true)),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      return action();
    }
    // Typing a letter or digit jumps to the first option that starts with it.
    if (e.key.length === 1) {
      const hit = options.findIndex((o) => o.label.toLowerCase().startsWith(e.key.toLowerCase()) || o.value.toLowerCase().startsWith(e.key.toLowerCase()));
      if (hit >= 0) move(hit);
    }
  };

  return (
    <Anchored anchor={anchor}>
    <ul
      ref={ref}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      className="cell-listbox"
      aria-activedescendant={`${id}-${active}`}
      onKeyDown={onKeyDown}
      onBlur={() => settled.current || onCancel(false)}
    >
      {options.map((o, i) => (
        <li
          key={o.value}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => finish(() => onCommit(o.value, 'stay'))}
        >
          {o.label}
          {o.value === value && <span className="sr-only"> (current)</span>}
        </li>
      ))}
    </ul>
    </Anchored>
  );
}
