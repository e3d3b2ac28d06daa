import { useState } from 'react';

/**
 * A yes/no the user expects to find again on this device (a section left open or closed). Storage may
 * be unavailable (private mode): then it lasts as long as the page.
 */
export function useStoredFlag(key: string, initial: boolean): [boolean, (next: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === '1';
    } catch {
      return initial;
    }
  });
  const set = (next: boolean) => {
    setValue(next);
    try {
      localStorage.setItem(key, next ? '1' : '0');
    } catch {
      // Remembering is a convenience; the choice still holds on this page.
    }
  };
  return [value, set];
}
