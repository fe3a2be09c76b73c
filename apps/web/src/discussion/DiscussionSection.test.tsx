// The discussion on a case page: the thread nested under its parents, the labels each comment
// carries, questions to the owner, checking a comment before it is sent, and deleted comments.
import { describe, expect, it } from 'vitest';
import type { CommentView } from '@consilium/api';
import { json, stubApi } from '../testing/fetchStub';
import type { Responder } from '../testing/fetchStub';
import { aCaseDetail, aMember, aSession, CASE_ID, noSuggestionsYet } from '../testing/fixtures';
import {
  click,
  getButton,
  getField,
  getLink,
  renderApp,
  typeInto,
  waitFor,
} from '../testing/render';

const casePath = `/cases/${CASE_ID}`;
const commentsPath = `/api/cases/${CASE_ID}/comments`;

let sequence = 0;
function aComment(overrides: Partial<CommentView> = {}): CommentView {
  sequence += 1;
  const text = overrides.body ?? `Comment number ${String(sequence)}`;
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    caseId: CASE_ID,
    parentId: null,
    kind: 'comment',
    body: text,
    bodyHtml: `<p>${text}</p>`,
    author: { handle: 'bo', displayName: 'Bo Solver', anonymous: false },
    byOwner: false,
    answered: false,
    deleted: false,
    createdAt: '2025-03-02T10:00:00.000Z',
    editedAt: null,
    abilities: { canReply: true, canEdit: false, canDelete: false },
    ...overrides,
  };
}

interface ThreadAnswer {
  items: CommentView[];
  canComment?: boolean;
  canAsk?: boolean;
}

function stubDiscussion(
  thread: ThreadAnswer,
  extra: Record<string, Responder> = {},
  member = true,
) {
  return stubApi({
    'GET /api/session': () => json(200, aSession(member ? aMember() : null)),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, aCaseDetail()),
    ...noSuggestionsYet(),
    [`GET ${commentsPath}`]: () =>
      json(200, {
        items: thread.items,
        canComment: thread.canComment ?? member,
        canAsk: thread.canAsk ?? false,
      }),
    ...extra,
  });
}

async function openDiscussion(): Promise<HTMLElement> {
  const { container } = await renderApp(casePath);
  return waitFor(() => {
    const section = container.querySelector<HTMLElement>(
      'section[aria-labelledby="discussion-heading"]',
    );
    if (section === null || section.querySelector('[role="status"].loading-status') !== null) {
      throw new Error('discussion not loaded yet');
    }
    if (!section.textContent.includes('Join the discussion')) throw new Error('still loading');
    return section;
  });
}

function commentElement(container: HTMLElement, id: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`li[data-comment-id="${id}"]`);
  if (found === null) throw new Error(`No comment ${id}`);
  return found;
}

describe('the discussion of a case', () => {
  it('has a heading and nests replies under the comment they answer', async () => {
    const question = aComment({ kind: 'question', answered: true, body: 'Any travel?' });
    const answer = aComment({
      parentId: question.id,
      byOwner: true,
      body: 'Yes, to Maine.',
      author: { handle: null, displayName: 'Quiet Heron', anonymous: true },
      editedAt: '2025-03-03T10:00:00.000Z',
    });
    const followUp = aComment({ parentId: answer.id, body: 'Ticks, then.' });
    const other = aComment({ kind: 'question', body: 'Any rash photos?' });
    stubDiscussion({ items: [question, answer, other, followUp] });
    const section = await openDiscussion();

    expect(section.querySelector('h2')?.textContent).toBe('Discussion');
    const top = section.querySelector('ol[aria-label="Comments"]');
    const topItems = [...(top?.children ?? [])].map((item) => item.getAttribute('data-comment-id'));
    expect(topItems).toEqual([question.id, other.id]);

    const questionItem = commentElement(section, question.id);
    const replies = questionItem.querySelector(':scope > ol');
    expect(replies?.getAttribute('aria-label')).toBe('Replies to Bo Solver');
    expect(replies?.querySelector(':scope > li')?.getAttribute('data-comment-id')).toBe(answer.id);
    const answerItem = commentElement(section, answer.id);
    expect(answerItem.querySelector(':scope > ol > li')?.getAttribute('data-comment-id')).toBe(
      followUp.id,
    );

    expect(questionItem.textContent).toContain('Question to the owner');
    expect(questionItem.querySelector('.comment__question')?.textContent).toContain('Answered');
    expect(commentElement(section, other.id).textContent).toContain('Not answered yet');

    const answerCard = answerItem.querySelector('.comment__card');
    expect(answerCard?.textContent).toContain('Owner');
    expect(answerCard?.textContent).toContain('by Quiet Heron');
    expect(answerCard?.querySelector('a')).toBeNull(); // an anonymous author has no profile link
    expect(answerCard?.textContent).toContain('edited');
    expect(answerCard?.querySelector('.comment__text')?.innerHTML).toBe('<p>Yes, to Maine.</p>');
    expect(
      getLink(questionItem.querySelector('.comment__card') ?? section, 'Bo Solver'),
    ).toBeTruthy();
  });

  it('loads the earlier texts of an edited comment on request', async () => {
    const edited = aComment({ editedAt: '2025-03-03T10:00:00.000Z', body: 'Now' });
    const sent = stubDiscussion(
      { items: [edited] },
      {
        [`GET /api/comments/${edited.id}/revisions`]: () =>
          json(200, {
            items: [{ body: 'Before', bodyHtml: '<p>Before</p>', createdAt: edited.createdAt }],
          }),
      },
    );
    const section = await openDiscussion();
    const history = getButton(section, 'History');
    expect(history.getAttribute('aria-expanded')).toBe('false');
    expect(sent.some((request) => request.url.endsWith('/revisions'))).toBe(false);
    await click(history);
    await waitFor(() => {
      expect(section.querySelector('ol[aria-label="Earlier versions"]')?.textContent).toContain(
        'Before',
      );
    });
    expect(history.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows a marker in place of a deleted comment, without its actions', async () => {
    const gone = aComment({ deleted: true, body: '', bodyHtml: '' });
    const reply = aComment({ parentId: gone.id, body: 'Still here' });
    stubDiscussion({ items: [gone, reply] });
    const section = await openDiscussion();
    const goneCard = commentElement(section, gone.id).querySelector('.comment__card');
    expect(goneCard?.textContent).toContain('This comment was deleted.');
    expect(goneCard?.querySelector('button')).toBeNull();
    expect(commentElement(section, reply.id).textContent).toContain('Still here');
  });

  it('says so when nobody has commented yet', async () => {
    stubDiscussion({ items: [] });
    const section = await openDiscussion();
    expect(section.textContent).toContain('No comments yet.');
    expect(section.querySelector('ol[aria-label="Comments"]')).toBeNull();
  });

  it('asks visitors to sign in to comment', async () => {
    stubDiscussion({ items: [aComment()] }, {}, false);
    const section = await openDiscussion();
    expect(section.textContent).toContain('Sign in to join the discussion.');
    expect(section.querySelector('textarea')).toBeNull();
  });

  it('sends a question to the owner with kind "question"', async () => {
    const sent = stubDiscussion(
      { items: [], canAsk: true },
      {
        [`POST ${commentsPath}`]: (request) => {
          const body = request.body as { body: string; kind: 'question' };
          return json(201, aComment({ body: body.body, kind: body.kind }));
        },
      },
    );
    const section = await openDiscussion();
    expect(getField(section, 'Your comment')).toBeTruthy();
    await typeInto(getField(section, 'Your comment'), 'Did you travel to a tick area?');
    await click(getField(section, 'Ask the owner a question'));
    await click(getButton(section, 'Post comment'));
    await waitFor(() => {
      expect(section.textContent).toContain('Your question was posted.');
    });
    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.body)).toEqual([
      { body: 'Did you travel to a tick area?', kind: 'question' },
    ]);
  });

  it('offers no question checkbox when the member cannot ask the owner', async () => {
    stubDiscussion({ items: [], canAsk: false });
    const section = await openDiscussion();
    expect(() => getField(section, 'Ask the owner a question')).toThrow();
    expect(getButton(section, 'Post comment')).toBeTruthy();
  });

  it('refuses an empty comment without sending it', async () => {
    const sent = stubDiscussion({ items: [] });
    const section = await openDiscussion();
    await typeInto(getField(section, 'Your comment'), '   ');
    await click(getButton(section, 'Post comment'));
    await waitFor(() => {
      expect(section.textContent).toContain('Your comment is required.');
    });
    expect(getField(section, 'Your comment').getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('replies under a comment with its id as the parent', async () => {
    const first = aComment({ body: 'Consider Lyme.' });
    const sent = stubDiscussion(
      { items: [first] },
      { [`POST ${commentsPath}`]: () => json(201, aComment({ parentId: first.id })) },
    );
    const section = await openDiscussion();
    await click(getButton(commentElement(section, first.id), 'Reply'));
    await typeInto(getField(section, 'Your reply'), 'Agreed.');
    await click(getButton(section, 'Post reply'));
    await waitFor(() => {
      expect(sent.filter((request) => request.method === 'POST')).toHaveLength(1);
    });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      body: 'Agreed.',
      kind: 'comment',
      parentId: first.id,
    });
  });

  it('edits and deletes an own comment after confirming', async () => {
    const own = aComment({
      body: 'Typo hre',
      abilities: { canReply: true, canEdit: true, canDelete: true },
    });
    const sent = stubDiscussion(
      { items: [own] },
      {
        [`PUT /api/comments/${own.id}`]: () => json(200, own),
        [`DELETE /api/comments/${own.id}`]: () => new Response(null, { status: 204 }),
      },
    );
    const section = await openDiscussion();
    await click(getButton(section, 'Edit'));
    const editor = getField(section, 'Edit your comment');
    expect(editor.value).toBe('Typo hre');
    await typeInto(editor, 'Typo here');
    await click(getButton(section, 'Save'));
    await waitFor(() => {
      expect(sent.find((request) => request.method === 'PUT')?.body).toEqual({ body: 'Typo here' });
    });

    await waitFor(() => getButton(section, 'Delete'));
    await click(getButton(section, 'Delete'));
    await click(getButton(section, 'Keep it'));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    await click(getButton(section, 'Delete'));
    await click(getButton(section, 'Yes, delete it'));
    await waitFor(() => {
      expect(sent.some((request) => request.method === 'DELETE')).toBe(true);
    });
  });
});
