// A case's activity, label and images on its page, and Follow/Bookmark: pressed at once, rolled
// back with the reason in words when the server refuses.
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@consilium/api';
import { json, problem, stubApi } from '../testing/fetchStub';
import type { Responder } from '../testing/fetchStub';
import {
  aCaseDetail,
  aMember,
  aSession,
  CASE_ID,
  caseAbilities,
  noSuggestionsYet,
} from '../testing/fixtures';
import { click, getButton, renderApp, waitFor } from '../testing/render';

const casePath = `/cases/${CASE_ID}`;

function readerCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return aCaseDetail({
    stats: { views: 120, followers: 4, comments: 7 },
    abilities: caseAbilities({ canSuggest: true, canVote: true, canFollow: true }),
    ...overrides,
  });
}

function openCase(shown: CaseDetail, extra: Record<string, Responder> = {}, signedIn = true) {
  const sent = stubApi({
    'GET /api/session': () => json(200, aSession(signedIn ? aMember() : null)),
    'GET /api/me/notifications/unread-count': () => json(200, { unreadCount: 0 }),
    [`GET /api/cases/${CASE_ID}`]: () => json(200, shown),
    ...noSuggestionsYet(),
    [`GET /api/cases/${CASE_ID}/comments`]: () => json(200, { items: [] }),
    ...extra,
  });
  return sent;
}

function stats(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.case-stats li')].map((item) => item.textContent);
}

/** A response the test releases when it chooses, to look at the page while the request is out. */
function deferred(): { responder: Responder; release: (response: Response) => void } {
  let release: (response: Response) => void = () => undefined;
  const pending = new Promise<Response>((resolve) => {
    release = resolve;
  });
  return { responder: () => pending, release };
}

describe("a case's activity", () => {
  it('shows its label, views, followers and comments, and no Follow button to a visitor', async () => {
    openCase(readerCase({ label: 'case-study', abilities: caseAbilities() }), {}, false);
    const { container } = await renderApp(casePath);
    await waitFor(() => {
      expect(stats(container)).toEqual(['120 views', '4 followers', '7 comments']);
    });
    expect(container.querySelector('.case__header .case-label')?.textContent).toBe('Case study');
    expect(() => getButton(container, 'Follow')).toThrow();
    expect(() => getButton(container, 'Bookmark')).toThrow();
    expect(container.querySelector('.case-images')).toBeNull();
  });
});

describe('following a case', () => {
  it('shows Following at once and then the count the server gives', async () => {
    const answer = deferred();
    const sent = openCase(readerCase(), { [`PUT /api/cases/${CASE_ID}/follow`]: answer.responder });
    const { container } = await renderApp(casePath);
    await click(await waitFor(() => getButton(container, 'Follow')));

    // The server has not answered yet: the page already shows the change.
    await waitFor(() => {
      expect(getButton(container, 'Following').getAttribute('aria-pressed')).toBe('true');
    });
    expect(stats(container)).toContain('5 followers');

    answer.release(json(200, { following: true, followers: 9 }));
    await waitFor(() => {
      expect(stats(container)).toContain('9 followers');
    });
    expect(sent.filter((request) => request.method === 'PUT').map((r) => r.url)).toEqual([
      `/api/cases/${CASE_ID}/follow`,
    ]);
  });

  it('rolls back and says why when the server refuses', async () => {
    const answer = deferred();
    openCase(readerCase(), { [`PUT /api/cases/${CASE_ID}/follow`]: answer.responder });
    const { container } = await renderApp(casePath);
    await click(await waitFor(() => getButton(container, 'Follow')));
    await waitFor(() => {
      expect(getButton(container, 'Following').getAttribute('aria-pressed')).toBe('true');
    });

    answer.release(problem(503, 'The database is not answering.'));
    await waitFor(() => {
      expect(container.querySelector('.case-engagement [role="alert"]')?.textContent).toBe(
        "We couldn't follow this case. The database is not answering.",
      );
    });
    expect(getButton(container, 'Follow').getAttribute('aria-pressed')).toBe('false');
    expect(stats(container)).toContain('4 followers');
  });

  it('stops following with DELETE', async () => {
    const sent = openCase(readerCase({ viewer: { following: true, bookmarked: false } }), {
      [`DELETE /api/cases/${CASE_ID}/follow`]: () => json(200, { following: false, followers: 3 }),
    });
    const { container } = await renderApp(casePath);
    await click(await waitFor(() => getButton(container, 'Following')));
    await waitFor(() => {
      expect(getButton(container, 'Follow').getAttribute('aria-pressed')).toBe('false');
    });
    expect(stats(container)).toContain('3 followers');
    expect(sent.some((request) => request.method === 'DELETE')).toBe(true);
  });
});

describe('bookmarking a case', () => {
  it('bookmarks, and rolls back a failed removal with the reason', async () => {
    let bookmarked = false;
    openCase(readerCase(), {
      [`PUT /api/cases/${CASE_ID}/bookmark`]: () => {
        bookmarked = true;
        return json(200, { bookmarked });
      },
      [`DELETE /api/cases/${CASE_ID}/bookmark`]: () => problem(404, 'No case with this id.'),
    });
    const { container } = await renderApp(casePath);
    await click(await waitFor(() => getButton(container, 'Bookmark')));
    await waitFor(() => {
      expect(getButton(container, 'Bookmarked').getAttribute('aria-pressed')).toBe('true');
    });
    expect(bookmarked).toBe(true);

    await click(getButton(container, 'Bookmarked'));
    await waitFor(() => {
      expect(container.querySelector('.case-engagement [role="alert"]')?.textContent).toBe(
        "We couldn't remove the bookmark. No case with this id.",
      );
    });
    expect(getButton(container, 'Bookmarked').getAttribute('aria-pressed')).toBe('true');
  });
});

describe("a case's images", () => {
  it('says an image post will show its images once media upload is available', async () => {
    openCase(readerCase({ kind: 'image' }));
    const { container } = await renderApp(casePath);
    await waitFor(() => {
      expect(container.querySelector('.case-images h2')?.textContent).toBe('Images');
    });
    expect(container.querySelector('.case-images')?.textContent).toContain(
      'will appear here when media upload is available',
    );
    expect(container.querySelector('.case__kind')?.textContent).toContain('Image post');
  });

  it('lists the attachments there are', async () => {
    openCase(
      readerCase({
        attachments: [
          {
            id: '3f0c1c2e-1b6a-4d44-9c1b-1f2d3e4a5b6c',
            contentType: 'image/jpeg',
            width: 1200,
            height: 800,
            caption: 'Malar rash',
          },
        ],
      }),
    );
    const { container } = await renderApp(casePath);
    await waitFor(() => {
      expect(container.querySelector('.case-images li')?.textContent).toBe(
        'Malar rash1200 × 800 pixels',
      );
    });
  });
});
