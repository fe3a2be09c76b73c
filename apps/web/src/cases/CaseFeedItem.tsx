// One case in a feed or a search: its label, kind and specialties, what it is about, who asked
// (or the pseudonym of an anonymous author), for whom, when, how far the crowd has got and how
// long it stays open. Search passes its highlighted title and snippet instead of the plain ones.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { CaseStatusBadge } from './CaseStatusBadge';
import { ClosesIn } from './ClosesIn';
import { AnonymousMarker, AudienceLabel, KindLabel, LabelBadge, SpecialtyTags } from './CaseTags';

export interface CaseFeedItemProps {
  summary: CaseSummary;
  /** The title as shown (search marks its matches); the plain title otherwise. */
  title?: ReactNode;
  /** The text under the title (search shows its best-matching passage); the excerpt otherwise. */
  excerpt?: ReactNode;
}

export function CaseFeedItem({ summary, title, excerpt }: CaseFeedItemProps) {
  const { t } = useTranslation();
  return (
    <li className="case-card">
      <article>
        <p className="case__kind">
          <LabelBadge label={summary.label} />
          <KindLabel kind={summary.kind} />
          <AudienceLabel audience={summary.audience} />
        </p>
        <h2 className="case-card__title">
          <Link to={`/cases/${summary.id}`}>{title ?? summary.title}</Link>
        </h2>
        <p className="case-card__excerpt">{excerpt ?? summary.excerpt}</p>
        <SpecialtyTags specialties={summary.specialties} />
        <p className="case-card__meta">
          <CaseStatusBadge status={summary.status} />
          <span>{t('cases.byAuthor', { name: summary.author.displayName })}</span>
          <AnonymousMarker isAnonymous={summary.author.anonymous} />
          <RelativeTime iso={summary.createdAt} />
          <ClosesIn status={summary.status} closesAt={summary.closesAt} />
        </p>
        <p className="case-card__counts">
          <span>{t('cases.suggestionCount', { count: summary.suggestionCount })}</span>
          <span>{t('cases.commentCount', { count: summary.commentCount })}</span>
          <span>{t('cases.viewCount', { count: summary.viewCount })}</span>
          {summary.hasImages ? <span>{t('cases.hasImages')}</span> : null}
        </p>
      </article>
    </li>
  );
}
