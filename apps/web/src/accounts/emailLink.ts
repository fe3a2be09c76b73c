// Pages opened from a link in an e-mail: reading the link's token, and using it exactly once
// (a token is spent on first use, so a second request would report the link as used).
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { EmailTokenSchema } from '@consilium/api';

/** The link's `?token=`, or null when it is missing or cut short by the mail program. */
export function useLinkToken(): string | null {
  const [searchParams] = useSearchParams();
  const parsed = EmailTokenSchema.safeParse(searchParams.get('token'));
  return parsed.success ? parsed.data : null;
}

/**
 * Calls `spend(token)` once per token, when `isReady` (the session is known, so the request
 * carries its CSRF token). React's development double effects do not spend it twice.
 */
export function useSpendTokenOnce(
  token: string | null,
  isReady: boolean,
  spend: (token: string) => void,
): void {
  const spent = useRef<string | null>(null);
  const spendRef = useRef(spend);
  spendRef.current = spend;
  useEffect(() => {
    if (token === null || !isReady || spent.current === token) return;
    spent.current = token;
    spendRef.current(token);
  }, [token, isReady]);
}
