// One case in the feed: what it is about, who asked, when, and how far the crowd has got.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { CaseStatusBadge } from './CaseStatusBadge';

export function CaseFeedItem({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  return (
    <li className="case-card">
      <article>
        <h2 className="case-card__title">
          <Link to={`/cases/${summary.id}`}>{summary.title}</Link>
        </h2>
        <p className="case-card__excerpt">{summary.excerpt}</p>
        <p className="case-card__meta">
          <CaseStatusBadge status={summary.status} />
          <span>{t('cases.byAuthor', { name: summary.author.displayName })}</span>
          <RelativeTime iso={summary.createdAt} />
          <span>{t('cases.suggestionCount', { count: summary.suggestionCount })}</span>
        </p>
      </article>
    </li>
  );
}
