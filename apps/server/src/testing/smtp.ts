// A real SMTP server on a free loopback port, for tests that read the e-mails the platform sends.
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  url: string;
  mails: ParsedMail[];
  /** Resolves with the first mail to `to` (with this subject, if given) that has arrived. */
  waitForMail(to: string, subject?: string, ms?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

function isTo(mail: ParsedMail, to: string): boolean {
  const addresses = Array.isArray(mail.to) ? mail.to : mail.to === undefined ? [] : [mail.to];
  return addresses.some((group) => group.value.some((entry) => entry.address === to));
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (typeof address === 'object' && address !== null) resolve(address.port);
      else reject(new Error('the SMTP server has no port'));
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitForMail(to, subject, ms = 10_000) {
      const started = Date.now();
      return new Promise((resolve, reject) => {
        const look = () => {
          const mail = mails.find(
            (item) => isTo(item, to) && (subject === undefined || item.subject === subject),
          );
          if (mail !== undefined) resolve(mail);
          else if (Date.now() - started > ms) reject(new Error(`no mail to ${to} within ${ms} ms`));
          else setTimeout(look, 25);
        };
        look();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

export function linkTokenIn(text: string | undefined): string {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];
  if (token === undefined) throw new Error('the e-mail has no link with a token');
  return token;
}
