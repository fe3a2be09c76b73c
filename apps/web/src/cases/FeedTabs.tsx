// The six feeds as links (the current one marked), keeping the chosen filters.
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_FEEDS } from '@consilium/api';
import type { CaseFeedName } from '@consilium/api';
import { feedPath } from './caseFilters';

export function FeedTabs({ current }: { current: CaseFeedName }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <nav className="feed-tabs" aria-label={t('feed.tabsLabel')}>
      <ul className="feed-tabs__list">
        {CASE_FEEDS.map((feed) => (
          <li key={feed}>
            <Link
              className="feed-tabs__link"
              to={feedPath(feed, search)}
              aria-current={feed === current ? 'page' : undefined}
            >
              {t(`feed.tabs.${feed}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
