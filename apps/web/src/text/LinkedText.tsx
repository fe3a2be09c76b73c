// Plain text whose web addresses become links: the text is rendered as text, never as HTML,
// and only http(s) addresses are linked, so a message cannot smuggle in a script URL.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
// Punctuation that ends a sentence rather than the address ("…at https://x.org/a.").
const TRAILING_PUNCTUATION = /[.,;:!?'’)\]}»]+$/;

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** Splits text into runs of plain text and the http(s) addresses between them. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (start > position) parts.push({ kind: 'text', text: text.slice(position, start) });
    parts.push({ kind: 'link', href });
    position = start + href.length;
  }
  if (position < text.length) parts.push({ kind: 'text', text: text.slice(position) });
  return parts;
}

export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href}>
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
