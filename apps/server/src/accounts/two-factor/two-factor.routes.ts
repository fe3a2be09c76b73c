// HTTP routes of two-factor sign-in: enrolment, recovery codes, and the second step of sign-in.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { SessionCookies } from '../../platform/auth.js';
import { registerRoute } from '../../platform/http/route.js';
import { toSessionView } from '../accounts.view.js';
import type { TwoFactorDeps } from './deps.js';
import { completeSignIn } from './second-factor.service.js';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
} from './two-factor.service.js';

export function registerTwoFactorRoutes(
  app: FastifyInstance,
  deps: TwoFactorDeps & { cookies: SessionCookies },
): void {
  const { cookies, sessions } = deps;

  registerRoute(app, routes.twoFactor.setup, async ({ body, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return startTwoFactorSetup(request.context, deps, body);
  });
  registerRoute(app, routes.twoFactor.enable, async ({ body, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return enableTwoFactor(request.context, deps, body);
  });
  registerRoute(app, routes.twoFactor.disable, async ({ body, request }) => {
    await disableTwoFactor(request.context, deps, body);
    return null;
  });
  registerRoute(app, routes.twoFactor.regenerateRecoveryCodes, async ({ body, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return regenerateRecoveryCodes(request.context, deps, body);
  });
  registerRoute(app, routes.twoFactor.completeSignIn, async ({ body, request, reply }) => {
    const csrfHeader = request.headers['x-csrf-token'];
    const signedIn = await completeSignIn(
      request.context,
      deps,
      cookies.read(request),
      typeof csrfHeader === 'string' ? csrfHeader : undefined,
      body.code,
    );
    cookies.set(reply, signedIn.token);
    return toSessionView(sessions, signedIn, deps.database.db, request.context);
  });
}
