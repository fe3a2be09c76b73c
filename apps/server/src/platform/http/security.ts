// Security headers (helmet, strict CSP) and the cross-origin check on state-changing requests.
import helmet from '@fastify/helmet';
import { problemTypes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { sendProblem } from './problems.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const isHttps = config.publicUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });

  const trustedOrigin = new URL(config.publicUrl).origin;
  // Browsers send Origin on every cross-site state-changing request; refuse any foreign one.
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    const ownOrigin = `${request.protocol}://${request.host}`;
    const fetchSite = request.headers['sec-fetch-site'];
    const foreignOrigin = origin !== undefined && origin !== trustedOrigin && origin !== ownOrigin;
    if (foreignOrigin || fetchSite === 'cross-site') {
      return sendProblem(request, reply, {
        status: 403,
        type: problemTypes.forbidden,
        title: 'Cross-site request refused',
        detail: `Requests that change data must come from ${trustedOrigin}. If you use a proxy, set PUBLIC_URL to the address people open.`,
      });
    }
  });
}
