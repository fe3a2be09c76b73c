// View counts: one view per case, viewer and day (UTC). A member counts by id; a visitor by an
// HMAC of their address and user agent, so no address is stored. Authors' own views don't count.
import { createHmac } from 'node:crypto';
import { TREND_WEIGHTS } from '@consilium/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../platform/context.js';
import type { Queryable } from '../platform/database/index.js';
import { caseViews, cases } from '../platform/database/schema.js';

export class ViewCounter {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('consilium case views').digest();
  }

  viewerKey(ctx: RequestContext, day: string): string {
    if (ctx.member !== undefined) return ctx.member.id;
    return `visitor:${createHmac('sha256', this.key)
      .update(`${day}\n${ctx.ip}\n${ctx.userAgent ?? ''}`)
      .digest('base64url')
      .slice(0, 32)}`;
  }

  /** Counts this reader's view of a case once a day; returns whether it was counted. */
  async record(
    db: Queryable,
    ctx: RequestContext,
    row: { id: string; authorId: string; status: string },
  ): Promise<boolean> {
    if (row.status === 'draft' || ctx.member?.id === row.authorId) return false;
    const day = ctx.now.toISOString().slice(0, 10);
    const inserted = await db
      .insert(caseViews)
      .values({ caseId: row.id, viewerKey: this.viewerKey(ctx, day), day })
      .onConflictDoNothing()
      .returning({ caseId: caseViews.caseId });
    if (inserted.length === 0) return false;
    await db.execute(
      sql`update ${cases} set view_count = view_count + 1,
        trend_rank = trend_add(trend_rank, ${TREND_WEIGHTS.view}, ${ctx.now.toISOString()}::timestamptz)
        where ${cases.id} = ${row.id}`,
    );
    return true;
  }
}
