// HTTP routes of accounts, sessions and settings.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { SessionCookies } from '../platform/auth.js';
import { registerRoute } from '../platform/http/route.js';
import { toSessionView } from './accounts.view.js';
import type { AccountDeps } from './deps.js';
import { confirmPasswordReset, requestPasswordReset } from './recovery.service.js';
import { registerMember, resendVerification, verifyEmail } from './registration.service.js';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  updateSettings,
} from './settings.service.js';
import {
  findBrowserSession,
  listSessions,
  revokeSession,
  signIn,
  signOut,
  signOutEverywhere,
} from './sign-in.service.js';

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: AccountDeps & { cookies: SessionCookies },
): void {
  const { cookies, sessions } = deps;

  registerRoute(app, routes.accounts.register, ({ body, request }) =>
    registerMember(request.context, deps, body),
  );
  registerRoute(app, routes.accounts.verifyEmail, async ({ body, request, reply }) => {
    const signedIn = await verifyEmail(request.context, deps, body.token);
    cookies.set(reply, signedIn.token);
    return toSessionView(sessions, signedIn, deps.database.db, request.context);
  });
  registerRoute(app, routes.accounts.resendVerification, ({ body, request }) =>
    resendVerification(request.context, deps, body.email),
  );
  registerRoute(app, routes.accounts.requestPasswordReset, ({ body, request }) =>
    requestPasswordReset(request.context, deps, body.email),
  );
  registerRoute(app, routes.accounts.confirmPasswordReset, async ({ body, request, reply }) => {
    const signedIn = await confirmPasswordReset(request.context, deps, body);
    cookies.set(reply, signedIn.token);
    return toSessionView(sessions, signedIn, deps.database.db, request.context);
  });

  registerRoute(app, routes.accounts.signIn, async ({ body, request, reply }) => {
    const signedIn = await signIn(request.context, deps, body, cookies.read(request));
    cookies.set(reply, signedIn.token);
    return toSessionView(sessions, signedIn, deps.database.db, request.context);
  });
  registerRoute(app, routes.accounts.session, async ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return toSessionView(
      sessions,
      await findBrowserSession(request.context, deps, cookies.read(request)),
      deps.database.db,
      request.context,
    );
  });
  registerRoute(app, routes.accounts.signOut, async ({ request, reply }) => {
    // The cookie of a session still waiting for its second factor is ended too.
    await signOut(request.context, deps, request.sessionToken ?? cookies.read(request));
    cookies.clear(reply);
    return null;
  });

  registerRoute(app, routes.accounts.listSessions, async ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return listSessions(request.context, deps);
  });
  registerRoute(app, routes.accounts.revokeSession, async ({ params, request, reply }) => {
    const { wasCurrent } = await revokeSession(request.context, deps, params.sessionId);
    if (wasCurrent) cookies.clear(reply);
    return null;
  });
  registerRoute(app, routes.accounts.signOutEverywhere, async ({ request, reply }) => {
    await signOutEverywhere(request.context, deps);
    cookies.clear(reply);
    return null;
  });

  registerRoute(app, routes.accounts.updateSettings, ({ body, request }) =>
    updateSettings(request.context, deps, body),
  );
  registerRoute(app, routes.accounts.changePassword, async ({ body, request }) => {
    await changePassword(request.context, deps, body);
    return null;
  });
  registerRoute(app, routes.accounts.changeEmail, ({ body, request }) =>
    requestEmailChange(request.context, deps, body),
  );
  registerRoute(app, routes.accounts.confirmEmailChange, ({ body, request }) =>
    confirmEmailChange(request.context, deps, body.token),
  );
}
