// Sends account e-mails after the change they describe is committed; a failed delivery is
// logged (never its text) and does not undo the change.
import type { RequestContext } from '../platform/context.js';
import type { Mail } from '../platform/mail/mailer.js';
import type { AccountDeps } from './deps.js';

export async function deliver(ctx: RequestContext, deps: AccountDeps, mail: Mail): Promise<void> {
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    ctx.log.error({ err: error, subject: mail.subject }, 'an account e-mail could not be sent');
  }
}
