// The same checks the API makes of a search, made before asking it: at least one word long enough
// to search on, and not too long overall.
import { MIN_SEARCH_TERM_LENGTH } from '@consilium/api';

export const MAX_SEARCH_LENGTH = 200;

export type SearchTermProblem = 'tooShort' | 'noLongWord' | 'tooLong';

export function searchTermProblem(text: string): SearchTermProblem | null {
  const trimmed = text.trim();
  if (trimmed.length < MIN_SEARCH_TERM_LENGTH) return 'tooShort';
  if (trimmed.length > MAX_SEARCH_LENGTH) return 'tooLong';
  const words = trimmed.split(/[^\p{L}\p{N}]+/u);
  if (!words.some((word) => word.length >= MIN_SEARCH_TERM_LENGTH)) return 'noLongWord';
  return null;
}
