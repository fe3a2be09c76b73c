// HTTP routes of accounts and sessions.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { SessionCookies } from '../platform/auth.js';
import { registerRoute } from '../platform/http/route.js';
import type { AccountDeps } from './accounts.service.js';
import { registerMember, signIn, signOut } from './accounts.service.js';
import { toMemberSelf } from './accounts.view.js';

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: AccountDeps & { cookies: SessionCookies },
): void {
  registerRoute(app, routes.accounts.register, async ({ body, request, reply }) => {
    const signedIn = await registerMember(request.context, deps, body);
    deps.cookies.set(reply, signedIn.token);
    return { member: toMemberSelf(signedIn.member) };
  });

  registerRoute(app, routes.accounts.signIn, async ({ body, request, reply }) => {
    const previous = deps.cookies.read(request);
    const signedIn = await signIn(request.context, deps, body, previous);
    deps.cookies.set(reply, signedIn.token);
    return { member: toMemberSelf(signedIn.member) };
  });

  registerRoute(app, routes.accounts.session, ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    const { member } = request.context;
    return { member: member === undefined ? null : toMemberSelf(member) };
  });

  registerRoute(app, routes.accounts.signOut, async ({ request, reply }) => {
    await signOut(request.context, deps, request.sessionToken);
    deps.cookies.clear(reply);
    return null;
  });
}
