// Full-text search: weights, highlighting, filters, privacy, paging and the bounds on its work.
import type { CaseDetail, Problem, SearchResults } from '@consilium/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_STATEMENT_TIMEOUT_MS, selectRows } from '../platform/database/index.js';
import { cases, credentials } from '../platform/database/schema.js';
import { approvedCredential } from '../testing/actors.js';
import type { Member, TestApp } from '../testing/test-app.js';
import { aCase, aMember, createTestApp } from '../testing/test-app.js';
import { withTwoFactor } from '../testing/two-factor.js';
import { searchableText, SEARCH_CANDIDATES, toHighlight } from './search.service.js';

let t: TestApp;
let professional: Member;
let patient: Member;

async function search(member: Member | undefined, query: string): Promise<SearchResults> {
  const options = { method: 'GET' as const, url: `/api/search/cases?${query}` };
  const response =
    member === undefined ? await t.app.inject(options) : await member.request(options);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchResults>();
}

async function clinical(overrides: object): Promise<CaseDetail> {
  const response = await professional.request({
    method: 'POST',
    url: '/api/cases/clinical',
    payload: {
      title: 'A clinical case for search',
      presentation:
        'A presentation of at least fifty characters so that the case is valid to post here.',
      question: 'What would you do next?',
      specialties: ['cardiology'],
      audience: 'everyone',
      anonymous: false,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

beforeAll(async () => {
  t = await createTestApp();
  professional = await aMember(t.app);
  await t.database.db
    .insert(credentials)
    .values(approvedCredential(professional.profile.id, 'professional', new Date()));
  professional = await withTwoFactor(professional);
  patient = await aMember(t.app);
});
afterAll(async () => {
  await t.close();
});

describe('ranking', () => {
  it('weighs the title above the presentation above the specialty tags', async () => {
    const inTags = await clinical({
      title: 'Recurrent hip pain in a runner',
      specialties: ['rheumatology'],
    });
    const inPresentation = await clinical({
      title: 'Joint pain and a rash',
      presentation:
        'Migratory arthralgia for months; her rheumatology clinic found a low complement and a rash.',
    });
    const inTitle = await clinical({ title: 'Suspected rheumatology emergency: hot swollen knee' });
    const result = await search(patient, 'q=rheumatology');
    const order = result.items.map((item) => item.id);
    expect(order.indexOf(inTitle.id)).toBeLessThan(order.indexOf(inPresentation.id));
    expect(order.indexOf(inPresentation.id)).toBeLessThan(order.indexOf(inTags.id));
    expect(result.items[0]?.rank).toBeGreaterThan(result.items.at(-1)?.rank ?? Infinity);
  });

  it('marks the matches in the title and snippet as segments, text kept as text', async () => {
    const posted = await aCase(patient, {
      title: 'Night sweats <img src=x onerror=alert(1)> and weight loss',
      presentation:
        'Drenching night sweats for two months, weight loss of 6 kg and itching after hot baths.',
    });
    const result = await search(patient, 'q=sweats');
    const item = result.items.find((found) => found.id === posted.id);
    expect(item?.titleHighlight).toEqual([
      { text: 'Night ', match: false },
      { text: 'sweats', match: true },
      { text: ' <img src=x onerror=alert(1)> and weight loss', match: false },
    ]);
    expect(item?.snippet.filter((segment) => segment.match).map((s) => s.text)).toEqual(['sweats']);
  });

  it('understands web search syntax: phrases and exclusions', async () => {
    const both = await aCase(patient, {
      title: 'Bilateral ptosis and fatigue',
      presentation: 'Drooping eyelids worse in the evening, double vision, no pain at all.',
    });
    const other = await aCase(patient, {
      title: 'Unilateral ptosis with pain',
      presentation: 'One eyelid droops suddenly with a severe headache behind that eye.',
    });
    const phrase = await search(patient, `q=${encodeURIComponent('"bilateral ptosis"')}`);
    expect(phrase.items.map((item) => item.id)).toEqual([both.id]);
    const excluded = await search(patient, `q=${encodeURIComponent('ptosis -headache')}`);
    expect(excluded.items.map((item) => item.id)).toEqual([both.id]);
    expect(excluded.items.map((item) => item.id)).not.toContain(other.id);
  });
});

describe('privacy and filters', () => {
  it('finds professionals-only cases only for those who may read them', async () => {
    const hidden = await clinical({
      title: 'Professionals only: refractory hypokalaemia',
      audience: 'professionals',
    });
    expect((await search(patient, 'q=hypokalaemia')).items).toEqual([]);
    expect((await search(undefined, 'q=hypokalaemia')).items).toEqual([]);
    expect((await search(professional, 'q=hypokalaemia')).items.map((i) => i.id)).toEqual([
      hidden.id,
    ]);
  });

  it('shows an anonymous author only by the pseudonym', async () => {
    const posted = await clinical({ title: 'Anonymous: painless jaundice', anonymous: true });
    const result = await search(patient, 'q=jaundice');
    const item = result.items.find((found) => found.id === posted.id);
    expect(item?.author).toMatchObject({ handle: null, anonymous: true });
    const body = JSON.stringify(result);
    expect(body).not.toContain(professional.profile.handle);
    expect(body).not.toContain(professional.profile.id);
    expect(body).not.toContain(professional.profile.displayName);
  });

  it('applies the filters, and never finds drafts', async () => {
    await clinical({ title: 'Filtered: sarcoidosis of the heart', specialties: ['cardiology'] });
    await patient.request({
      method: 'POST',
      url: '/api/cases/drafts',
      payload: {
        kind: 'patient',
        questionnaire: {
          version: 1,
          complaint: {
            title: 'Draft sarcoidosis',
            chiefComplaint: 'A draft about sarcoidosis that nobody else may find.',
          },
        },
      },
    });
    const all = await search(patient, 'q=sarcoidosis');
    expect(all.items.map((item) => item.title)).toEqual(['Filtered: sarcoidosis of the heart']);
    expect((await search(patient, 'q=sarcoidosis&kind=patient')).items).toEqual([]);
    expect((await search(patient, 'q=sarcoidosis&specialty=dermatology')).items).toEqual([]);
    expect((await search(patient, 'q=sarcoidosis&sort=newest')).items).toHaveLength(1);
  });
});

describe('bad searches', () => {
  it('are refused in words, naming the field', async () => {
    for (const [query, field] of [
      ['q=', 'query.q'],
      ['q=ab', 'query.q'],
      ['q=a%20b%20c', 'query.q'],
      ['q=the%20and', 'query.q'],
      ['q=fever&sort=best', 'query.sort'],
      ['q=fever&cursor=bm90LWEtY3Vyc29y', 'query.cursor'],
    ] as const) {
      const response = await patient.request({ method: 'GET', url: `/api/search/cases?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    }
  });

  it('drops words shorter than three letters before searching', () => {
    expect(searchableText('pain in my hip')).toBe('pain hip');
    expect(searchableText('"back pain" -fever or flu')).toBe('"back pain" -fever or flu');
  });
});

describe('bounded work', () => {
  it('ranks only the most recent matches of a very common word, and pages through them', async () => {
    const fresh = await createTestApp();
    try {
      const member = await aMember(fresh.app);
      const at = Date.now();
      await fresh.database.db.insert(cases).values(
        Array.from({ length: SEARCH_CANDIDATES + 5 }, (_, i) => ({
          authorId: member.profile.id,
          title: `Common complaint number ${i}`,
          presentation:
            i === 0 ? 'The oldest case mentions headache twice: headache.' : 'Headache.',
          createdAt: new Date(at - i * 1000),
          publishedAt: new Date(at - i * 1000),
        })),
      );
      const seen = new Set<string>();
      let cursor: string | null = null;
      let pages = 0;
      let bounded = false;
      do {
        const response = await member.request({
          method: 'GET',
          url: `/api/search/cases?q=headache&limit=50${cursor === null ? '' : `&cursor=${cursor}`}`,
        });
        const page = response.json<SearchResults>();
        for (const item of page.items) seen.add(item.id);
        bounded ||= page.bounded;
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 100);
      expect(bounded).toBe(true);
      expect(seen.size).toBe(SEARCH_CANDIDATES);
      expect(pages).toBe(SEARCH_CANDIDATES / 50);
    } finally {
      await fresh.close();
    }
  });

  it('limits searches per address', async () => {
    const limited = await createTestApp({ env: { SEARCH_RATE_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push(
          (await limited.app.inject({ method: 'GET', url: '/api/search/cases?q=fever' }))
            .statusCode,
        );
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await limited.app.inject({ method: 'GET', url: '/api/search/cases?q=fever' });
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.json<Problem>().detail).toMatch(/Too many searches/);
    } finally {
      await limited.close();
    }
  });
});

describe('the search pool', () => {
  it('stops a search statement that runs too long (PostgreSQL)', async (context) => {
    // PGlite is one connection in this process: it has no pool of its own for searches.
    if (t.database.kind !== 'postgres') context.skip();
    const [row] = await selectRows<{ timeout: string }>(
      t.database.searchDb,
      sql`select current_setting('statement_timeout') as timeout`,
    );
    expect(row?.timeout).toBe(`${SEARCH_STATEMENT_TIMEOUT_MS / 1000}s`);
    // Other queries are not limited by it.
    const [other] = await selectRows<{ timeout: string }>(
      t.database.db,
      sql`select current_setting('statement_timeout') as timeout`,
    );
    expect(other?.timeout).toBe('0');
  });
});

describe('highlight segments', () => {
  it('turn marks into segments, and tolerate a mark left open', () => {
    expect(toHighlight('a \u0002b\u0003 c')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
    expect(toHighlight('\u0002open')).toEqual([{ text: 'open', match: true }]);
  });
});
