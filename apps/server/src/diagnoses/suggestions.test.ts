// Collective diagnosis: coded and free-text suggestions merging into candidates, the limit of 5,
// edits and withdrawals with history, author-seeded candidates, votes (who may, one each, exact
// under load) and the collective differential with its support by tier.
import type {
  Candidate,
  CollectiveDifferential,
  Problem,
  Suggestion,
  SuggestionBoard,
  SuggestionHistory,
} from '@consilium/api';
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidates, suggestions, votes } from '../platform/database/schema.js';
import { anActor, verifyAsStudents } from '../testing/actors.js';
import { aCrowd } from '../testing/crowd.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import { loadDemoDiagnoses } from '../vocabulary/demo-diagnoses.js';

let t: TestApp;
let owner: Member;
let solver: Member;
let voter: Member;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoDiagnoses(t.database.db);
  [owner, solver, voter] = await Promise.all([aMember(t.app), aMember(t.app), aMember(t.app)]);
  // The solver and the voter are verified students: what they back is ranked (a fresh account's
  // suggestions wait for a trusted backer; see 'the collective differential').
  await verifyAsStudents(t.app, [solver.profile.id, voter.profile.id]);
});
afterAll(async () => {
  await t.close();
});

type Requester = Pick<Member, 'request'>;

const suggest = (member: Requester, caseId: string, payload: Record<string, unknown>) =>
  member.request({ method: 'POST', url: `/api/cases/${caseId}/suggestions`, payload });

async function suggested(member: Requester, caseId: string, payload: Record<string, unknown>) {
  const response = await suggest(member, caseId, payload);
  if (response.statusCode !== 201) throw new Error(`suggesting failed: ${response.body}`);
  return response.json<Suggestion>();
}

const vote = (member: Requester, caseId: string, candidateId: string, value: number) =>
  member.request({
    method: 'PUT',
    url: `/api/cases/${caseId}/candidates/${candidateId}/vote`,
    payload: { value },
  });

const board = async (member: Member, caseId: string) =>
  (
    await member.request({ method: 'GET', url: `/api/cases/${caseId}/suggestions` })
  ).json<SuggestionBoard>();

const differential = async (caseId: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/collective-differential` })
  ).json<CollectiveDifferential>();

async function rowCounts() {
  const [s] = await t.database.db.select({ n: count() }).from(suggestions);
  const [c] = await t.database.db.select({ n: count() }).from(candidates);
  const [v] = await t.database.db.select({ n: count() }).from(votes);
  return { suggestions: s?.n, candidates: c?.n, votes: v?.n };
}

describe('proposing a diagnosis', () => {
  it('needs a signed-in member, and a case that exists', async () => {
    const posted = await aCase(owner);
    const visitor = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${posted.id}/suggestions`,
      payload: { diagnosis: 'Sarcoidosis' },
    });
    expect(visitor.statusCode).toBe(401);
    expect(visitor.json<Problem>().detail).toBe('Sign in to suggest a diagnosis.');
    const missing = await suggest(solver, randomUUID(), { diagnosis: 'Sarcoidosis' });
    expect(missing.statusCode).toBe(404);
  });

  it('files a coded suggestion under its concept, with rationale, references and confidence', async () => {
    const posted = await aCase(owner);
    const suggestion = await suggested(solver, posted.id, {
      conceptId: 'DOID:9074',
      diagnosis: 'lupus',
      rationale: 'Malar rash, **arthralgia** and mouth ulcers.',
      nextSteps: 'ANA and anti-dsDNA; complement C3/C4.',
      references: [
        { kind: 'pmid', value: 'PMID: 31385462' },
        { kind: 'url', value: 'https://www.rheumatology.org/' },
      ],
      confidence: 70,
    });
    expect(suggestion).toMatchObject({
      diagnosis: 'systemic lupus erythematosus',
      concept: { id: 'DOID:9074', system: 'DOID', code: '9074' },
      confidence: 70,
      position: 1,
      revision: 1,
      isOwn: true,
      references: [
        { kind: 'pmid', value: '31385462' },
        { kind: 'url', value: 'https://www.rheumatology.org/' },
      ],
      author: { handle: solver.profile.handle, anonymous: false },
      abilities: { canEdit: true, canRate: false },
    });
    expect(suggestion.rationaleHtml).toContain('<strong>arthralgia</strong>');
  });

  it('merges suggestions of the same disease, also when coded in another system', async () => {
    const posted = await aCase(owner);
    const first = await suggested(solver, posted.id, { conceptId: 'DOID:9074', diagnosis: 'SLE' });
    // OMIM:152700 is a cross-code of DOID:9074 in the vocabulary: the same candidate.
    const second = await suggested(voter, posted.id, {
      conceptId: 'MIM:152700',
      diagnosis: 'Lupus',
    });
    expect(second.candidateId).toBe(first.candidateId);
    const third = await suggested(await aMember(t.app), posted.id, {
      diagnosis: '  Systemic   LUPUS erythematosus ',
    });
    // Free text stays its own candidate until someone maps it to the concept.
    expect(third.candidateId).not.toBe(first.candidateId);
    const shown = await board(owner, posted.id);
    const lupus = shown.candidates.find((item) => item.id === first.candidateId);
    expect(lupus?.suggestions).toHaveLength(2);
    expect(lupus?.label).toBe('systemic lupus erythematosus');
  });

  it('refuses an unknown concept code and a malformed reference, changing nothing', async () => {
    const posted = await aCase(owner);
    const before = await rowCounts();
    const unknown = await suggest(solver, posted.id, {
      conceptId: 'DOID:999999999',
      diagnosis: 'Something',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors).toEqual([
      { field: 'body.conceptId', message: 'Unknown diagnosis code DOID:999999999' },
    ]);
    const badReference = await suggest(solver, posted.id, {
      diagnosis: 'Sarcoidosis',
      references: [{ kind: 'pmid', value: 'see the textbook' }],
    });
    expect(badReference.statusCode).toBe(400);
    expect(badReference.json<Problem>().errors?.[0]?.field).toBe('body.references.0.value');
    const badConfidence = await suggest(solver, posted.id, {
      diagnosis: 'Sarcoidosis',
      confidence: 140,
    });
    expect(badConfidence.statusCode).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('takes at most 5 suggestions per member, and one per diagnosis', async () => {
    const posted = await aCase(owner);
    for (const diagnosis of ['Sarcoidosis', 'Lymphoma', 'Tuberculosis', 'Histoplasmosis', 'IgG4'])
      await suggested(solver, posted.id, { diagnosis });
    const before = await rowCounts();
    const sixth = await suggest(solver, posted.id, { diagnosis: 'Berylliosis' });
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json<Problem>().detail).toBe(
      'You already have 5 suggestions on this case: withdraw one to add another.',
    );
    expect(await rowCounts()).toEqual(before);
    const mine = await board(solver, posted.id);
    expect(mine).toMatchObject({
      mine: { count: 5, limit: 5 },
      abilities: { canSuggest: false },
      cannotSuggestReason: 'You have 5 suggestions on this case: withdraw one to add another.',
    });
    const again = await suggest(voter, posted.id, { diagnosis: 'Lyme disease' });
    expect(again.statusCode).toBe(201);
    const twice = await suggest(voter, posted.id, { diagnosis: 'lyme DISEASE' });
    expect(twice.statusCode).toBe(409);
  });

  it('holds the limit when six suggestions arrive at once', async () => {
    const posted = await aCase(owner);
    const member = await aMember(t.app);
    const responses = await Promise.all(
      ['A one', 'B two', 'C three', 'D four', 'E five', 'F six', 'G seven'].map((diagnosis) =>
        suggest(member, posted.id, { diagnosis }),
      ),
    );
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(5);
    expect(responses.filter((response) => response.statusCode === 409)).toHaveLength(2);
  });

  it('refuses suggestions from the case’s owner and on a closed case', async () => {
    const posted = await aCase(owner);
    const own = await suggest(owner, posted.id, { diagnosis: 'Sarcoidosis' });
    expect(own.statusCode).toBe(403);
    await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/status`,
      payload: { action: 'close' },
    });
    const late = await suggest(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    expect(late.statusCode).toBe(403);
    expect(late.json<Problem>().detail).toBe('This case is closed: it takes no new suggestions.');
  });
});

describe('editing, withdrawing and ranking one’s suggestions', () => {
  it('keeps each earlier version in the history', async () => {
    const posted = await aCase(owner);
    const first = await suggested(solver, posted.id, {
      diagnosis: 'Lupus',
      rationale: 'Rash.',
      confidence: 40,
    });
    const edited = await solver.request({
      method: 'PATCH',
      url: `/api/cases/${posted.id}/suggestions/${first.id}`,
      payload: { conceptId: 'DOID:9074', rationale: 'Rash and nephritis.', confidence: 80 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Suggestion>()).toMatchObject({
      revision: 2,
      diagnosis: 'systemic lupus erythematosus',
      concept: { id: 'DOID:9074' },
      confidence: 80,
    });
    expect(edited.json<Suggestion>().candidateId).not.toBe(first.candidateId);
    const history = (
      await voter.request({
        method: 'GET',
        url: `/api/cases/${posted.id}/suggestions/${first.id}/history`,
      })
    ).json<SuggestionHistory>();
    expect(history.revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        diagnosis: 'Lupus',
        rationale: 'Rash.',
        confidence: 40,
      }),
    ]);
    // The free-text candidate it left has no backers now and leaves the board.
    const shown = await board(owner, posted.id);
    expect(shown.candidates.map((item) => item.label)).toEqual(['systemic lupus erythematosus']);
  });

  it('lets only the author edit or withdraw', async () => {
    const posted = await aCase(owner);
    const mine = await suggested(solver, posted.id, { diagnosis: 'Lupus' });
    const edit = await voter.request({
      method: 'PATCH',
      url: `/api/cases/${posted.id}/suggestions/${mine.id}`,
      payload: { rationale: 'Not mine to change' },
    });
    expect(edit.statusCode).toBe(403);
    const withdraw = await voter.request({
      method: 'DELETE',
      url: `/api/cases/${posted.id}/suggestions/${mine.id}`,
    });
    expect(withdraw.statusCode).toBe(403);
  });

  it('withdraws: no longer counted, frees a place, and the history stays its author’s', async () => {
    const posted = await aCase(owner);
    const keep = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    const gone = await suggested(solver, posted.id, { diagnosis: 'Lymphoma' });
    const response = await solver.request({
      method: 'DELETE',
      url: `/api/cases/${posted.id}/suggestions/${gone.id}`,
    });
    expect(response.statusCode).toBe(204);
    const shown = await board(solver, posted.id);
    expect(shown.mine.count).toBe(1);
    expect(shown.candidates.map((item) => item.label)).toEqual(['Sarcoidosis']);
    expect(shown.candidates[0]?.suggestions[0]).toMatchObject({ id: keep.id, position: 1 });
    expect((await differential(posted.id)).items.map((item) => item.label)).toEqual([
      'Sarcoidosis',
    ]);
    const own = await solver.request({
      method: 'GET',
      url: `/api/cases/${posted.id}/suggestions/${gone.id}/history`,
    });
    expect(own.json<SuggestionHistory>().withdrawnAt).not.toBeNull();
    const other = await voter.request({
      method: 'GET',
      url: `/api/cases/${posted.id}/suggestions/${gone.id}/history`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('ranks the member’s own suggestions, and refuses an order that is not all of them', async () => {
    const posted = await aCase(owner);
    const a = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    const b = await suggested(solver, posted.id, { diagnosis: 'Lymphoma' });
    const reordered = await solver.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}/suggestions/order`,
      payload: { suggestionIds: [b.id, a.id] },
    });
    expect(reordered.statusCode).toBe(200);
    const items = (await differential(posted.id)).items;
    expect(items.map((item) => item.label)).toEqual(['Lymphoma', 'Sarcoidosis']);
    expect(items[0]?.firstChoices).toBe(1);
    const partial = await solver.request({
      method: 'PUT',
      url: `/api/cases/${posted.id}/suggestions/order`,
      payload: { suggestionIds: [a.id] },
    });
    expect(partial.statusCode).toBe(409);
  });
});

describe('candidates put up by the case’s author', () => {
  it('lets the author seed a poll the crowd votes on, and nobody else', async () => {
    const posted = await aCase(owner);
    const seeded = await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/candidates`,
      payload: { conceptId: 'DOID:11335', label: 'sarcoid' },
    });
    expect(seeded.statusCode).toBe(201);
    const candidate = seeded.json<Candidate>();
    expect(candidate).toMatchObject({
      label: 'sarcoidosis',
      seededByAuthor: true,
      rank: null,
      suggestions: [],
    });
    const again = await owner.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/candidates`,
      payload: { conceptId: 'DOID:11335', label: 'sarcoidosis' },
    });
    expect(again.statusCode).toBe(409);
    const byOther = await solver.request({
      method: 'POST',
      url: `/api/cases/${posted.id}/candidates`,
      payload: { label: 'Lymphoma' },
    });
    expect(byOther.statusCode).toBe(403);
    const voted = await vote(voter, posted.id, candidate.id, 1);
    expect(voted.json<Candidate>()).toMatchObject({ upvotes: 1, myVote: 1, rank: 1 });
    expect((await board(solver, posted.id)).candidates[0]?.seededByAuthor).toBe(true);
  });
});

describe('voting on candidates', () => {
  it('refuses a vote on one’s own suggestion, by the owner, or by a visitor; records nothing', async () => {
    const posted = await aCase(owner);
    const own = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    const before = await rowCounts();
    const self = await vote(solver, posted.id, own.candidateId, 1);
    expect(self.statusCode).toBe(403);
    expect(self.json<Problem>().detail).toBe('You cannot vote on your own suggestion.');
    const byOwner = await vote(owner, posted.id, own.candidateId, 1);
    expect(byOwner.statusCode).toBe(403);
    const visitor = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${posted.id}/candidates/${own.candidateId}/vote`,
      payload: { value: 1 },
    });
    expect(visitor.statusCode).toBe(401);
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps one vote per member: changing it replaces it, 0 withdraws it', async () => {
    const posted = await aCase(owner);
    const { candidateId } = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    expect((await vote(voter, posted.id, candidateId, 1)).json<Candidate>()).toMatchObject({
      upvotes: 1,
      downvotes: 0,
      myVote: 1,
    });
    expect((await vote(voter, posted.id, candidateId, -1)).json<Candidate>()).toMatchObject({
      upvotes: 0,
      downvotes: 1,
      myVote: -1,
    });
    expect((await vote(voter, posted.id, candidateId, 0)).json<Candidate>()).toMatchObject({
      upvotes: 0,
      downvotes: 0,
      myVote: 0,
    });
    const wrong = await vote(voter, posted.id, candidateId, 5);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>().errors?.[0]?.message).toBe(
      'Vote must be 1 (up), -1 (down) or 0 (withdraw your vote)',
    );
  });

  it('answers 404 for a candidate of another case, and refuses votes on a closed case', async () => {
    const first = await aCase(owner);
    const second = await aCase(owner);
    const { candidateId } = await suggested(solver, first.id, { diagnosis: 'Sarcoidosis' });
    expect((await vote(voter, second.id, candidateId, 1)).statusCode).toBe(404);
    await owner.request({
      method: 'POST',
      url: `/api/cases/${first.id}/status`,
      payload: { action: 'close' },
    });
    const before = await rowCounts();
    const late = await vote(voter, first.id, candidateId, 1);
    expect(late.statusCode).toBe(403);
    expect(late.json<Problem>().detail).toBe('This case is closed: its votes are final.');
    expect(await rowCounts()).toEqual(before);
  });

  it('lapses a member’s vote on a diagnosis they then suggest themselves', async () => {
    const posted = await aCase(owner);
    const { candidateId } = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    await vote(voter, posted.id, candidateId, 1);
    await suggested(voter, posted.id, { diagnosis: 'sarcoidosis' });
    const [row] = await t.database.db
      .select({ n: count() })
      .from(votes)
      .where(eq(votes.candidateId, candidateId));
    expect(row?.n).toBe(0);
  });

  it('counts 500 votes sent at once exactly', async () => {
    const posted = await aCase(owner);
    const { candidateId } = await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis' });
    const other = await suggested(voter, posted.id, { diagnosis: 'Lymphoma' });
    const crowd = await aCrowd(t, 250);
    // Each member votes twice at once, on two candidates: up on one, up or down on the other.
    const responses = await Promise.all(
      crowd.flatMap((member, index) => [
        vote(member, posted.id, candidateId, 1),
        vote(member, posted.id, other.candidateId, index % 5 === 0 ? -1 : 1),
      ]),
    );
    expect(responses.filter((response) => response.statusCode === 200)).toHaveLength(500);
    const shown = await board(owner, posted.id);
    const sarcoid = shown.candidates.find((item) => item.id === candidateId);
    const lymphoma = shown.candidates.find((item) => item.id === other.candidateId);
    expect(sarcoid).toMatchObject({ upvotes: 250, downvotes: 0 });
    expect(lymphoma).toMatchObject({ upvotes: 200, downvotes: 50 });
    // The cached differential saw every vote: it matches one computed afresh.
    const cached = await differential(posted.id);
    expect(cached.contributors).toBe(252);
    expect(cached.items[0]?.label).toBe('Sarcoidosis');
    expect(cached.items[0]?.support).toMatchObject({ student: 1, detective: 250 });
  }, 120_000);
});

describe('the collective differential', () => {
  it('ranks candidates with probabilities that sum to 1 and support counted by tier', async () => {
    const posted = await aCase(owner);
    await suggested(solver, posted.id, { diagnosis: 'Sarcoidosis', confidence: 80 });
    await suggested(solver, posted.id, { diagnosis: 'Lymphoma', confidence: 30 });
    const second = await aMember(t.app);
    await suggested(second, posted.id, { diagnosis: 'sarcoidosis' });
    const result = await differential(posted.id);
    expect(result.rule).toBe('weighted');
    expect(result.items.map((item) => [item.rank, item.label])).toEqual([
      [1, 'Sarcoidosis'],
      [2, 'Lymphoma'],
    ]);
    expect(result.pending).toEqual([]);
    const total = result.items.reduce((sum, item) => sum + item.probability, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(result.items[0]).toMatchObject({
      support: { specialist: 0, professional: 0, student: 1, detective: 1 },
      firstChoices: 2,
    });
    for (const member of [solver, second])
      expect(JSON.stringify(result)).not.toContain(member.profile.handle);
    expect(result.version).toBe(3);
  });

  it('ranks nothing that only accounts with no credential and no confirmed hit back', async () => {
    const posted = await aCase(owner);
    const fresh = await Promise.all([aMember(t.app), aMember(t.app), aMember(t.app)]);
    for (const member of fresh) await suggested(member, posted.id, { diagnosis: 'Rosacea' });
    await suggested(await aMember(t.app), posted.id, { diagnosis: 'Dermatomyositis' });
    const before = await differential(posted.id);
    expect(before.items).toEqual([]);
    expect(before.contributors).toBe(4);
    expect(before.pending.map((item) => [item.label, item.support.detective])).toEqual([
      ['Rosacea', 3],
      ['Dermatomyositis', 1],
    ]);
    const listed = (await board(owner, posted.id)).candidates;
    expect(listed.map((item) => [item.label, item.rank, item.probability, item.pending])).toEqual([
      ['Rosacea', null, 0, true],
      ['Dermatomyositis', null, 0, true],
    ]);

    // A verified student's upvote makes Dermatomyositis the leader, over three fresh accounts.
    const student = await anActor(t.app, 'student');
    const dermatomyositis = listed.find((item) => item.label === 'Dermatomyositis');
    const upvoted = await vote(student, posted.id, dermatomyositis?.id ?? '', 1);
    expect(upvoted.statusCode).toBe(200);
    const after = await differential(posted.id);
    expect(after.items.map((item) => [item.rank, item.label])).toEqual([[1, 'Dermatomyositis']]);
    expect(after.pending.map((item) => item.label)).toEqual(['Rosacea']);
    expect(
      (await board(owner, posted.id)).candidates.map((item) => [item.label, item.rank]),
    ).toEqual([
      ['Dermatomyositis', 1],
      ['Rosacea', null],
    ]);
  });

  it('is empty, version 0, before anyone suggests', async () => {
    const posted = await aCase(owner);
    expect(await differential(posted.id)).toMatchObject({ version: 0, items: [], contributors: 0 });
  });
});
