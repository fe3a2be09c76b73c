// The development outbox: admins read the e-mails an instance without SMTP_URL would have sent.
import type { Outbox } from '@consilium/api';
import { routes } from '@consilium/api';
import { desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { outboxMails } from '../platform/database/schema.js';
import { NotFound } from '../platform/errors.js';
import { registerRoute } from '../platform/http/route.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { requireAllowed } from '../platform/policy.js';

const OUTBOX_PAGE = 100;

export async function readOutbox(
  ctx: RequestContext,
  deps: { database: Database; mailer: Mailer },
): Promise<Outbox> {
  requireAllowed(ctx, { action: 'outbox.read' });
  if (deps.mailer.kind !== 'outbox')
    throw new NotFound('E-mail goes to the SMTP server (SMTP_URL): there is no outbox to read.');
  const rows = await deps.database.db
    .select()
    .from(outboxMails)
    .orderBy(desc(outboxMails.createdAt))
    .limit(OUTBOX_PAGE);
  return {
    items: rows.map((row) => ({
      id: row.id,
      to: row.to,
      subject: row.subject,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

export function registerOutboxRoutes(
  app: FastifyInstance,
  deps: { database: Database; mailer: Mailer },
): void {
  registerRoute(app, routes.accounts.outbox, async ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return readOutbox(request.context, deps);
  });
}
