// Markdown of comments: markdown-it with raw HTML off, @mentions turned into profile links, then
// sanitised again (defence in depth): no HTML from authors, no scripts, links only to http(s),
// mailto or our own member pages.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const MENTION = /(^|[^\w@/])@([a-z0-9_]{3,30})\b/gi;

/** Handles mentioned as @handle in the text (outside code), lower-cased, without repeats. */
export function mentionedHandles(markdown: string): string[] {
  const handles = new Set<string>();
  for (const token of parser.parseInline(markdown.replace(/```[\s\S]*?```/g, ''), {}))
    for (const child of token.children ?? [])
      if (child.type === 'text')
        for (const match of child.content.matchAll(MENTION))
          if (match[2] !== undefined) handles.add(match[2].toLowerCase());
  return [...handles];
}

const parser = new MarkdownIt({ html: false, linkify: true, breaks: true });

/**
 * The words of a markdown text without its markup, on one line: for excerpts shown as plain text
 * (a report). Link texts stay, their addresses go; code keeps its content; raw HTML is text.
 */
export function markdownToText(markdown: string): string {
  const parts: string[] = [];
  for (const block of parser.parse(markdown, {})) {
    if (block.type === 'inline')
      for (const child of block.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
      }
    else if (block.type === 'code_block' || block.type === 'fence') parts.push(block.content);
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Renders markdown to safe HTML, linking @handle only for the handles given (real members). */
export function renderMarkdown(markdown: string, memberHandles: ReadonlySet<string>): string {
  const local = new MarkdownIt({ html: false, linkify: true, breaks: true });
  local.core.ruler.push('mentions', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) continue;
      const children: typeof block.children = [];
      let insideLink = 0;
      for (const token of block.children) {
        if (token.type === 'link_open') insideLink += 1;
        if (token.type === 'link_close') insideLink -= 1;
        if (token.type !== 'text' || insideLink > 0) {
          children.push(token);
          continue;
        }
        let last = 0;
        for (const match of token.content.matchAll(MENTION)) {
          const handle = match[2]?.toLowerCase();
          if (handle === undefined || !memberHandles.has(handle)) continue;
          const start = match.index + (match[1]?.length ?? 0);
          if (start > last) {
            const before = new state.Token('text', '', 0);
            before.content = token.content.slice(last, start);
            children.push(before);
          }
          const open = new state.Token('link_open', 'a', 1);
          open.attrSet('href', `/members/${handle}`);
          open.attrSet('class', 'mention');
          const text = new state.Token('text', '', 0);
          text.content = `@${match[2] ?? handle}`;
          children.push(open, text, new state.Token('link_close', 'a', -1));
          last = start + 1 + (match[2]?.length ?? 0);
        }
        if (last === 0) children.push(token);
        else if (last < token.content.length) {
          const after = new state.Token('text', '', 0);
          after.content = token.content.slice(last);
          children.push(after);
        }
      }
      block.children = children;
    }
  });
  return sanitizeHtml(local.render(markdown), {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'del',
      's',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'hr',
    ],
    allowedAttributes: { a: ['href', 'class', 'rel'], ol: ['start'] },
    allowedClasses: { a: ['mention'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: 'nofollow noopener noreferrer ugc' },
      }),
    },
  });
}
