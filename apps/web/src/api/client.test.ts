// The API client: URLs from route contracts, JSON only with a body, problems as ApiProblem,
// files sent raw with their progress, and CSRF tokens the server rotates adopted at once.
import { describe, expect, it } from 'vitest';
import { routes } from '@consilium/api';
import { i18n } from '../i18n/i18n';
import { json, problem, stubFetch } from '../testing/fetchStub';
import { CASE_ID } from '../testing/fixtures';
import { ApiProblem, callApi, sendFile, setCsrfToken } from './client';

describe('callApi', () => {
  it('fills path parameters and sends the body as JSON with the session cookie', async () => {
    const sent = stubFetch(() => json(200, { id: 's1' }));
    await callApi(routes.suggestions.vote, {
      params: { caseId: CASE_ID, candidateId: 'abc' },
      body: { value: -1 },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url).toBe(`/api/cases/${CASE_ID}/candidates/abc/vote`);
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
    expect(sent[0]?.body).toEqual({ value: -1 });
    expect(sent[0]?.credentials).toBe('same-origin');
  });

  it('puts the query in the URL and sends no content type without a body', async () => {
    const sent = stubFetch(() => json(200, { items: [], nextCursor: null }));
    const feed = await callApi(routes.cases.feed, { query: { cursor: 'abc_1', limit: 5 } });
    expect(feed).toEqual({ items: [], nextCursor: null });
    expect(sent[0]?.url).toBe('/api/cases?cursor=abc_1&limit=5');
    expect(sent[0]?.headers.has('content-type')).toBe(false);
  });

  it('answers null for 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(callApi(routes.accounts.signOut, {})).resolves.toBeNull();
  });

  it('throws an ApiProblem carrying the problem details of a 4xx answer', async () => {
    const errors = [{ field: 'body.title', message: 'Title must be at least 5 characters' }];
    stubFetch(() => problem(422, 'The case has 1 invalid field.', errors));
    const failure = await callApi(routes.cases.create, {
      body: { title: 'x', presentation: 'y' },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    const apiProblem = failure as ApiProblem;
    expect(apiProblem.status).toBe(422);
    expect(apiProblem.message).toBe('The case has 1 invalid field.');
    expect(apiProblem.problem).toMatchObject({ requestId: 'req-test', errors });
  });

  it('describes an answer that is not a problem document by its status', async () => {
    stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const failure = await callApi(routes.accounts.session, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).status).toBe(502);
    expect((failure as ApiProblem).problem.detail).toContain('502');
  });

  it('turns a network failure into a translated "cannot reach the server" problem', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await i18n.changeLanguage('es');
    const failure = await callApi(routes.accounts.session, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).isNetworkFailure).toBe(true);
    expect((failure as ApiProblem).message).toBe(
      'No podemos conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
    );
  });

  it("sends the session's CSRF token on state-changing requests only", async () => {
    const sent = stubFetch(() => json(200, { items: [], nextCursor: null }));
    setCsrfToken('token-of-this-session');
    await callApi(routes.cases.feed, {});
    await callApi(routes.accounts.resendVerification, { body: { email: 'ada@example.org' } });
    await callApi(routes.accounts.updateSettings, { body: { language: 'es' } });
    await callApi(routes.accounts.revokeSession, { params: { sessionId: CASE_ID } });
    expect(sent.map((request) => request.headers.get('x-csrf-token'))).toEqual([
      null,
      'token-of-this-session',
      'token-of-this-session',
      'token-of-this-session',
    ]);
  });

  it('sends no CSRF token once signed out', async () => {
    const sent = stubFetch(() => json(200, { member: null, csrfToken: null }));
    setCsrfToken('token-of-an-ended-session');
    setCsrfToken(null);
    await callApi(routes.accounts.signIn, {
      body: { email: 'ada@example.org', password: 'correct horse battery' },
    });
    expect(sent[0]?.headers.has('x-csrf-token')).toBe(false);
  });
});

describe('adopting a rotated CSRF token', () => {
  it('sends the token an earlier answer carried in its X-CSRF-Token header', async () => {
    let answered = 0;
    const sent = stubFetch(() => {
      answered += 1;
      return answered === 1
        ? new Response(JSON.stringify({ items: [], nextCursor: null }), {
            status: 200,
            headers: { 'content-type': 'application/json', 'x-csrf-token': 'rotated-token' },
          })
        : json(200, { id: 's1' });
    });
    setCsrfToken('token-before-the-change');
    await callApi(routes.cases.feed, {});
    await callApi(routes.accounts.updateSettings, { body: { language: 'es' } });
    expect(sent[1]?.headers.get('x-csrf-token')).toBe('rotated-token');
  });

  it('adopts it from a problem answer too', async () => {
    const sent = stubFetch((request) =>
      request.method === 'GET'
        ? new Response(
            JSON.stringify({ type: 'x', title: 'x', status: 403, detail: 'No.', requestId: 'r' }),
            {
              status: 403,
              headers: {
                'content-type': 'application/problem+json',
                'x-csrf-token': 'rotated-token',
              },
            },
          )
        : json(200, { id: 's1' }),
    );
    setCsrfToken('token-before-the-change');
    await expect(callApi(routes.cases.feed, {})).rejects.toBeInstanceOf(ApiProblem);
    await callApi(routes.accounts.updateSettings, { body: { language: 'es' } });
    expect(sent[1]?.headers.get('x-csrf-token')).toBe('rotated-token');
  });
});

describe('sendFile', () => {
  const credentialId = CASE_ID;
  const scan = () => new File([new Uint8Array(2048)], 'licence.pdf', { type: 'application/pdf' });

  it('sends the file itself with its content type and the CSRF token, and reports progress', async () => {
    const sent = stubFetch(() => json(200, { id: credentialId }));
    setCsrfToken('token-of-this-session');
    const progress: number[] = [];
    const file = scan();
    const answer = await sendFile(
      routes.credentials.attachEvidence,
      { params: { credentialId } },
      file,
      { onProgress: (share) => progress.push(share) },
    );
    expect(answer).toEqual({ id: credentialId });
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url).toBe(`/api/me/credentials/${credentialId}/evidence`);
    expect(sent[0]?.headers.get('content-type')).toBe('application/pdf');
    expect(sent[0]?.headers.get('x-csrf-token')).toBe('token-of-this-session');
    expect(sent[0]?.headers.get('x-file-name')).toBe('licence.pdf');
    expect(sent[0]?.body).toBe(file);
    expect(progress).toEqual([0.5, 1]);
  });

  it('throws an ApiProblem with the problem details of a refused file', async () => {
    stubFetch(() => problem(413, 'The evidence file must be at most 10 MB.'));
    const failure = await sendFile(
      routes.credentials.attachEvidence,
      { params: { credentialId } },
      scan(),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).status).toBe(413);
    expect((failure as ApiProblem).message).toBe('The evidence file must be at most 10 MB.');
  });

  it('turns a failed upload into the "cannot reach the server" problem', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await sendFile(
      routes.credentials.attachEvidence,
      { params: { credentialId } },
      scan(),
    ).catch((error: unknown) => error);
    expect((failure as ApiProblem).isNetworkFailure).toBe(true);
  });

  it('adopts a rotated CSRF token from the answer', async () => {
    let answered = 0;
    const sent = stubFetch(() => {
      answered += 1;
      return answered === 1
        ? new Response(JSON.stringify({ id: credentialId }), {
            status: 200,
            headers: { 'content-type': 'application/json', 'x-csrf-token': 'rotated-token' },
          })
        : json(200, { id: 's1' });
    });
    setCsrfToken('token-before-the-change');
    await sendFile(routes.credentials.attachEvidence, { params: { credentialId } }, scan());
    await callApi(routes.accounts.updateSettings, { body: { language: 'es' } });
    expect(sent[1]?.headers.get('x-csrf-token')).toBe('rotated-token');
  });
});
