// A real SMTP server for the browser journeys: every mail it receives is written as JSON into a
// folder that the journeys read (they run in another process).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export async function startMailbox() {
  const folder = mkdtempSync(path.join(tmpdir(), 'consilium-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          count += 1;
          const to = (Array.isArray(mail.to) ? mail.to : [mail.to])
            .filter(Boolean)
            .flatMap((group) => group.value.map((entry) => entry.address));
          writeFileSync(
            path.join(folder, `${String(count).padStart(5, '0')}.json`),
            JSON.stringify({ to, subject: mail.subject, text: mail.text }),
          );
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  const port = await new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.server.address().port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    folder,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
