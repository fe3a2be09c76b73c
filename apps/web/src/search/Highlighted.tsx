// Text with the search's matches marked. The API sends plain segments, never HTML: each is
// rendered as text, and a match inside <mark>.
import { Fragment } from 'react';
import type { Highlight } from '@consilium/api';

export function Highlighted({ segments }: { segments: Highlight }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
