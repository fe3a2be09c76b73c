// The search box in the header: sends its words to /search, which checks and runs them.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  return (
    <form
      className="header-search"
      role="search"
      aria-label={t('search.headerLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const words = text.trim();
        void navigate(words === '' ? '/search' : `/search?q=${encodeURIComponent(words)}`);
      }}
    >
      <label className="visually-hidden" htmlFor="header-search">
        {t('search.headerLabel')}
      </label>
      <input
        id="header-search"
        className="header-search__input"
        type="search"
        name="q"
        autoComplete="off"
        enterKeyHint="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <button type="submit" className="button button--small">
        {t('search.submit')}
      </button>
    </form>
  );
}
