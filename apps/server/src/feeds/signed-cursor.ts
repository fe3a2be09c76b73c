// Signed keyset cursors for feeds and search: base64url of [feed, sort value, id], then an HMAC.
// A cursor edited by hand, or taken from another feed, is refused with a 400 naming the cursor.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Invalid } from '../platform/errors.js';

export interface FeedPosition {
  /** The value the feed is ordered by, as the database writes it (a timestamp or a score). */
  value: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class CursorSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('consilium feed cursors').digest();
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, 22);
  }

  encode(feed: string, position: FeedPosition): string {
    const payload = Buffer.from(JSON.stringify([feed, position.value, position.id])).toString(
      'base64url',
    );
    return `${payload}.${this.mac(payload)}`;
  }

  /** The position of a cursor made by `encode` for the same feed; anything else is a 400. */
  decode(feed: string, cursor: string): FeedPosition {
    const invalid = new Invalid('This page cursor is not valid: start again from the first page.', [
      { field: 'query.cursor', message: 'Cursor must be the nextCursor value of a previous page' },
    ]);
    const [payload, mac, ...rest] = cursor.split('.');
    if (payload === undefined || mac === undefined || rest.length > 0) throw invalid;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalid;
    }
    if (
      !Array.isArray(parsed) ||
      parsed.length !== 3 ||
      parsed[0] !== feed ||
      typeof parsed[1] !== 'string' ||
      typeof parsed[2] !== 'string' ||
      !UUID.test(parsed[2])
    )
      throw invalid;
    return { value: parsed[1], id: parsed[2] };
  }
}
