import { describe, expect, it } from 'vitest';
import { markdownToText, mentionedHandles, renderMarkdown } from './markdown.js';

const members = new Set(['maya_r', 'dr_elena_v']);

describe('comment markdown', () => {
  it('renders markdown and links mentions of real members only', () => {
    const html = renderMarkdown(
      '**Ferritin** is high, @maya_r — ask @nobody_here or @DR_ELENA_V.',
      members,
    );
    expect(html).toBe(
      '<p><strong>Ferritin</strong> is high, <a href="/members/maya_r" class="mention" rel="nofollow noopener noreferrer ugc">@maya_r</a> — ask @nobody_here or <a href="/members/dr_elena_v" class="mention" rel="nofollow noopener noreferrer ugc">@DR_ELENA_V</a>.</p>\n',
    );
  });

  it('never lets script through: raw HTML is text, javascript: links are dropped', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [ok](https://pubmed.ncbi.nlm.nih.gov/123/)',
      members,
    );
    // Tags arrive as escaped text, never as elements.
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/123/"');
  });

  it('finds mentions outside code, once each', () => {
    expect(mentionedHandles('@maya_r and @Maya_R, but not `@in_code` or mail@example.org')).toEqual(
      ['maya_r'],
    );
  });
});

describe('markdown as plain text', () => {
  it('keeps the words and drops the markup', () => {
    expect(
      markdownToText(
        '## Why\n\n**Malar rash** after sun,\n_oral_ ulcers and [arthritis](https://example.org/a).\n\n- check `ANA`\n- then anti-dsDNA\n\n<b>not html</b> &amp; 5 > 3',
      ),
    ).toBe(
      'Why Malar rash after sun, oral ulcers and arthritis. check ANA then anti-dsDNA <b>not html</b> & 5 > 3',
    );
    expect(markdownToText('')).toBe('');
  });
});
