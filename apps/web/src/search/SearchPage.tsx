// /search: words, sort and filters, all in the address (so a search can be shared and reloaded),
// checked here as the API checks them before it is asked.
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MIN_SEARCH_TERM_LENGTH } from '@consilium/api';
import { usePageTitle } from '../feedback/usePageTitle';
import { SelectField } from '../forms/SelectField';
import { CaseFilterPanel } from '../cases/CaseFilterPanel';
import { SearchResults } from './SearchResults';
import { SEARCH_SORTS } from './searchQueries';
import type { SearchSort } from './searchQueries';
import { MAX_SEARCH_LENGTH, searchTermProblem } from './searchTerms';

function sortOf(search: URLSearchParams): SearchSort {
  return search.get('sort') === 'newest' ? 'newest' : 'relevance';
}

export function SearchPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const words = (search.get('q') ?? '').trim();
  const sort = sortOf(search);
  usePageTitle(words === '' ? t('search.heading') : t('search.pageTitle', { query: words }));

  const change = (name: 'q' | 'sort', value: string, replace: boolean): void => {
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace },
    );
  };

  return (
    <section className="page search-page">
      <h1>{t('search.heading')}</h1>
      <SearchForm
        key={words}
        words={words}
        onSearch={(text) => {
          change('q', text, false);
        }}
      />
      <div className="search-page__sort">
        <SelectField
          id="search-sort"
          label={t('search.sort')}
          value={sort}
          error={undefined}
          options={SEARCH_SORTS.map((option) => ({
            value: option,
            label: t(`search.sorts.${option}`),
          }))}
          onChange={(value) => {
            change('sort', value === 'relevance' ? '' : value, true);
          }}
        />
      </div>
      <CaseFilterPanel />
      {words !== '' && searchTermProblem(words) === null ? (
        <SearchResults words={words} sort={sort} />
      ) : (
        <p className="search-page__prompt">{t('search.prompt')}</p>
      )}
    </section>
  );
}

/** The words to search for, refused here with the API's reasons when they cannot be searched. */
function SearchForm({ words, onSearch }: { words: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(words);
  const [problem, setProblem] = useState(words === '' ? null : searchTermProblem(words));
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = 'search-words-error';

  return (
    <form
      className="search-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = searchTermProblem(text);
        setProblem(found);
        if (found === null) onSearch(text.trim());
        else inputRef.current?.focus();
      }}
    >
      <div className={problem ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="search-words">
          {t('search.label')}
        </label>
        <div className="search-form__row">
          <input
            ref={inputRef}
            id="search-words"
            name="q"
            type="search"
            className="field__control"
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
        {problem ? (
          <p className="field__error" id={errorId} role="alert">
            {t(`search.problems.${problem}`, {
              count: problem === 'tooLong' ? MAX_SEARCH_LENGTH : MIN_SEARCH_TERM_LENGTH,
            })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
