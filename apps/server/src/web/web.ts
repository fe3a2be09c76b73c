// Serves the built web app at / with long-lived caching of hashed assets and an SPA fallback.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const API_PREFIXES = ['/api/', '/api', '/healthz', '/readyz'];

export function isApiPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** True for a browser navigating to a client-side route (not an asset or API call). */
export function wantsAppShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (isApiPath(request.url)) return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (path.extname(pathname) !== '') return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export async function registerWebApp(app: FastifyInstance, webDir: string | undefined) {
  if (webDir === undefined || !existsSync(path.join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, 'web app not built: run `npm run build` to serve the UI');
    return { serveAppShell: undefined };
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      void res.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const serveAppShell = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', (_request, reply) => serveAppShell(reply));
  return { serveAppShell };
}
