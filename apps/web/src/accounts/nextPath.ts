// Where to return after signing in: only a path on this site, never another origin.
const FALLBACK = '/';

/** A `?next=` value is followed only if it is a same-origin path ("/cases/1", not "//evil"). */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/')) return FALLBACK;
  // "//host" and "/\host" are protocol-relative URLs to browsers; control characters are tricks.
  if (raw.startsWith('//') || raw.startsWith('/\\')) return FALLBACK;
  if (hasControlCharacter(raw)) return FALLBACK;
  return raw;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A link to an account page that comes back to `next` afterwards. */
export function withNext(path: '/sign-in' | '/register', next: string): string {
  const target = safeNextPath(next);
  return target === FALLBACK ? path : `${path}?next=${encodeURIComponent(target)}`;
}
