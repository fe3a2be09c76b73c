// One case in the feed: what kind it is, what it is about, who asked (or the pseudonym of an
// anonymous author), for whom, when, and how far the crowd has got.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { CaseStatusBadge } from './CaseStatusBadge';
import { AnonymousMarker, AudienceLabel, KindLabel } from './CaseTags';

export function CaseFeedItem({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  return (
    <li className="case-card">
      <article>
        <p className="case__kind">
          <KindLabel kind={summary.kind} />
          <AudienceLabel audience={summary.audience} />
        </p>
        <h2 className="case-card__title">
          <Link to={`/cases/${summary.id}`}>{summary.title}</Link>
        </h2>
        <p className="case-card__excerpt">{summary.excerpt}</p>
        <p className="case-card__meta">
          <CaseStatusBadge status={summary.status} />
          <span>{t('cases.byAuthor', { name: summary.author.displayName })}</span>
          <AnonymousMarker isAnonymous={summary.author.anonymous} />
          <RelativeTime iso={summary.createdAt} />
          <span>{t('cases.suggestionCount', { count: summary.suggestionCount })}</span>
        </p>
      </article>
    </li>
  );
}
