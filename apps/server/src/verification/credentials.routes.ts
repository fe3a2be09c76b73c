// HTTP routes of verification: members' applications and evidence, the moderators' queue.
import type { FastifyError, FastifyInstance } from 'fastify';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, problemTypes, routes } from '@consilium/api';
import { sendProblem } from '../platform/http/problems.js';
import { registerRoute } from '../platform/http/route.js';
import { Invalid } from '../platform/errors.js';
import type { VerificationDeps } from './credentials.service.js';
import {
  applyForCredential,
  attachEvidence,
  credentialQueue,
  decideCredential,
  evidenceFile,
  myCredentials,
  resubmitCredential,
  reviewCredential,
  withdrawCredential,
} from './credentials.service.js';

/** A header value safe for Content-Disposition: ASCII fallback plus the UTF-8 name. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const EVIDENCE_TYPE_LIST = 'application/pdf, image/jpeg, image/png or image/webp';

/** The evidence upload takes the file itself as its body; only the four types are parsed. */
function registerEvidenceUpload(scoped: FastifyInstance, deps: VerificationDeps): void {
  scoped.removeAllContentTypeParsers();
  scoped.addContentTypeParser(
    [...EVIDENCE_TYPES],
    { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
  scoped.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(request, reply, {
        status: 413,
        type: problemTypes.bodyTooLarge,
        title: 'File too large',
        detail:
          'The evidence file is larger than 10 MB: scan it at a lower resolution or as a PDF.',
      });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendProblem(request, reply, {
        status: 415,
        type: problemTypes.unsupportedMediaType,
        title: 'Unsupported file type',
        detail: `Send the evidence file itself as the body, with Content-Type ${EVIDENCE_TYPE_LIST}.`,
      });
    throw error;
  });
  registerRoute(scoped, routes.credentials.attachEvidence, ({ params, request }) => {
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body))
      throw new Invalid('The request carried no file.', [
        { field: 'body', message: `Send a file: ${EVIDENCE_TYPE_LIST}` },
      ]);
    const name = request.headers['x-file-name'];
    return attachEvidence(
      request.context,
      deps,
      params.credentialId,
      body,
      typeof name === 'string' ? name : undefined,
    );
  });
}

export async function registerVerificationRoutes(
  app: FastifyInstance,
  deps: VerificationDeps,
): Promise<void> {
  registerRoute(app, routes.credentials.apply, ({ body, request }) =>
    applyForCredential(request.context, deps, body),
  );
  registerRoute(app, routes.credentials.mine, ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return myCredentials(request.context, deps);
  });
  registerRoute(app, routes.credentials.resubmit, ({ params, body, request }) =>
    resubmitCredential(request.context, deps, params.credentialId, body),
  );
  registerRoute(app, routes.credentials.withdraw, async ({ params, request }) => {
    await withdrawCredential(request.context, deps, params.credentialId);
    return null;
  });
  await app.register((scoped, _options, done) => {
    registerEvidenceUpload(scoped, deps);
    done();
  });

  registerRoute(app, routes.credentials.queue, ({ query, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return credentialQueue(request.context, deps, query);
  });
  registerRoute(app, routes.credentials.review, ({ params, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return reviewCredential(request.context, deps, params.credentialId);
  });
  registerRoute(app, routes.credentials.evidence, async ({ params, request, reply }) => {
    const file = await evidenceFile(request.context, deps, params.credentialId);
    void reply
      .header('content-type', file.contentType)
      .header('content-length', file.bytes)
      .header('content-disposition', attachment(file.fileName))
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.body;
  });
  registerRoute(app, routes.credentials.decide, ({ params, body, request }) =>
    decideCredential(request.context, deps, params.credentialId, body),
  );
}
