// Addresses in e-mail text become links; everything else stays text.
import { describe, expect, it } from 'vitest';
import { splitLinks } from './LinkedText';

describe('splitLinks', () => {
  it('links http(s) addresses and leaves the sentence around them as text', () => {
    expect(splitLinks('Open https://example.org/verify-email?token=abc_1. Thanks')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'https://example.org/verify-email?token=abc_1' },
      { kind: 'text', text: '. Thanks' },
    ]);
  });

  it('links nothing that is not a web address', () => {
    expect(splitLinks('javascript:alert(1) <b>bold</b>')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) <b>bold</b>' },
    ]);
  });

  it('keeps every character of the text, in order', () => {
    const text = '(see http://a.example/x) and https://b.example\nend';
    const joined = splitLinks(text)
      .map((part) => (part.kind === 'link' ? part.href : part.text))
      .join('');
    expect(joined).toBe(text);
  });
});
