// A value that follows another once it has stopped changing for a moment: lookups as a member
// types ask the server once typing pauses, not at every key.
import { useEffect, useState } from 'react';

export const DEBOUNCE_MS = 250;

export function useDebounced<T>(value: T, delayMs = DEBOUNCE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  return settled;
}
