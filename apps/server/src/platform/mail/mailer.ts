// Outgoing e-mail: one interface, two adapters — SMTP through nodemailer, or (embedded mode
// without SMTP_URL) an outbox table that admins read at /dev/outbox, also written to the log.
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Queryable } from '../database/index.js';
import { outboxMails } from '../database/schema.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}

export function outboxMailer(db: Queryable, log: FastifyBaseLogger): Mailer {
  return {
    kind: 'outbox',
    async send(mail) {
      await db.insert(outboxMails).values(mail);
      // Development only (no SMTP_URL): the text holds sign-in links, which is what a developer
      // needs to follow them. With SMTP configured nothing of a mail is logged.
      log.info(
        { mailTo: mail.to, subject: mail.subject, mailText: mail.text },
        'e-mail kept in the outbox',
      );
    },
    close() {
      // Nothing to close: the outbox is a table.
    },
  };
}
