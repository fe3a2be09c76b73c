// Opaque keyset cursors: base64url of the last row's (timestamp, id). The timestamp is the
// database's full-precision text (JS dates keep only milliseconds).
import { Invalid } from '../errors.js';

export interface KeysetPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  const invalid = new Invalid('This page cursor is not valid: start again from the first page.', [
    { field: 'query.cursor', message: 'Cursor must be the nextCursor value of a previous page' },
  ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    Number.isNaN(Date.parse(parsed[0])) ||
    !/^[0-9a-f-]{36}$/i.test(parsed[1])
  )
    throw invalid;
  return { createdAt: parsed[0], id: parsed[1] };
}
