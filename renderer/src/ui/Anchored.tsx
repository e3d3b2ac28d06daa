import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  /** The element the popup belongs to, e.g. a grid cell; nothing is drawn until it is known. */
  anchor: HTMLElement | null;
  className?: string;
  children: ReactNode;
}

/**
 * A popup tied to an element inside a scroll box (a grid cell's choices or error): drawn in a layer above
 * the page so the scroll box can't clip it, below the element, or above it near the window's bottom,
 * at least as wide as the element, and following it while the page scrolls or resizes.
 */
export function Anchored({ anchor, className, children }: Props) {
  // Both elements in state, as Floating UI recommends for elements known after render (no ref reads).
  const [floating, setFloating] = useState<HTMLDivElement | null>(null);
  const { floatingStyles } = useFloating({
    elements: { reference: anchor, floating },
    placement: 'bottom-start',
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(2),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        apply({ rects, elements }) {
          elements.floating.style.minWidth = `${rects.reference.width}px`;
        },
      }),
    ],
  });
  if (!anchor) return null;
  return createPortal(
    <div ref={setFloating} style={floatingStyles} className={`anchored${className ? ` ${className}` : ''}`}>
      {children}
    </div>,
    document.body,
  );
}
