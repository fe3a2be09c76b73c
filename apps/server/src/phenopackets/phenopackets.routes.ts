// HTTP route of the phenopacket import. A packet with hundreds of features can outgrow the
// server's general body limit, so this one route reads JSON bodies up to 1 MB.
import { problemTypes, routes } from '@consilium/api';
import type { FastifyError, FastifyInstance } from 'fastify';
import { sendProblem } from '../platform/http/problems.js';
import { registerRoute } from '../platform/http/route.js';
import type { PhenopacketDeps } from './phenopackets.service.js';
import { importPhenopacket } from './phenopackets.service.js';

export const PHENOPACKET_MAX_BYTES = 1024 * 1024;

function registerImport(scoped: FastifyInstance, deps: PhenopacketDeps): void {
  scoped.removeContentTypeParser('application/json');
  scoped.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: PHENOPACKET_MAX_BYTES },
    scoped.getDefaultJsonParser('error', 'error'),
  );
  scoped.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(request, reply, {
        status: 413,
        type: problemTypes.bodyTooLarge,
        title: 'Phenopacket too large',
        detail:
          'The phenopacket is larger than 1 MB: remove what the import does not read (measurements, biosamples, files) and retry.',
      });
    throw error;
  });
  registerRoute(scoped, routes.phenopackets.import, ({ body, request }) =>
    importPhenopacket(request.context, deps, body),
  );
}

export async function registerPhenopacketRoutes(
  app: FastifyInstance,
  deps: PhenopacketDeps,
): Promise<void> {
  await app.register((scoped, _options, done) => {
    registerImport(scoped, deps);
    done();
  });
}
