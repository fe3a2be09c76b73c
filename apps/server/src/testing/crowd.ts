// A crowd of signed-in members for load tests: rows and sessions written directly (hashing
// hundreds of passwords would only measure the hash), each acting through HTTP like aMember.
import { randomUUID } from 'node:crypto';
import { members } from '../platform/database/schema.js';
import { SessionStore, sessionCookieName } from '../platform/sessions.js';
import type { Member, TestApp } from './test-app.js';

/** A hash no password matches: crowd members act through their sessions only. */
const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm9wYXNzd29yZA$bm9wYXNzd29yZA';

export async function aCrowd(t: TestApp, size: number): Promise<Member[]> {
  const now = new Date();
  const rows = Array.from({ length: size }, (_, index) => {
    const unique = randomUUID().replace(/-/g, '').slice(0, 12);
    return {
      email: `crowd${unique}@example.org`,
      passwordHash: NO_PASSWORD,
      displayName: `Crowd member ${index + 1}`,
      handle: `crowd_${unique}`,
      country: 'ES',
      emailVerifiedAt: now,
      createdAt: now,
    };
  });
  const inserted = await t.database.db
    .insert(members)
    .values(rows)
    .returning({ id: members.id, handle: members.handle, email: members.email });
  const store = new SessionStore(t.config.sessionSecret);
  const cookieName = sessionCookieName(t.config.publicUrl);
  const crowd: Member[] = [];
  for (const row of inserted) {
    const session = await store.create(t.database.db, row.id, now, 'crowd test');
    const cookie = `${cookieName}=${session.token}`;
    const csrfToken = store.csrfTokenFor(session.tokenHash);
    crowd.push({
      profile: { id: row.id, handle: row.handle } as Member['profile'],
      cookie,
      csrfToken,
      email: row.email,
      password: '',
      request: (options) =>
        t.app.inject({
          ...options,
          headers: { ...options.headers, cookie, 'x-csrf-token': csrfToken },
        }),
    });
  }
  return crowd;
}
