import { useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/**
 * Saves `value` after the user pauses typing, and at once when the editor closes, so leaving the page
 * mid-edit loses nothing. `save` resolves true when the store has the value.
 */
export function useAutosave<T>(value: T, dirty: boolean, save: (value: T) => Promise<boolean>, delayMs = 400): SaveState {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<T | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (!dirty) {
      // Typed back to what is stored: nothing is waiting, and leaving must not save a value typed over.
      pending.current = null;
      return;
    }
    pending.current = value;
    const timer = setTimeout(async () => {
      pending.current = null;
      setState('saving');
      setState((await saveRef.current(value)) ? 'saved' : 'failed');
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, dirty, delayMs]);

  // Flush what is still waiting when the editor goes away (area switch, plan switch).
  useEffect(
    () => () => {
      if (pending.current !== null) void saveRef.current(pending.current);
    },
    [],
  );

  if (dirty && state !== 'saving' && state !== 'failed') return 'pending';
  return state;
}
