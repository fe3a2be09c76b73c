// Member-written text shown as text, never as HTML: blank lines start paragraphs, and single
// line breaks are kept by the stylesheet.
export function PlainText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <div className={className ? `plain-text ${className}` : 'plain-text'}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
