// Who applied, as a moderator needs to know them, and what they applied for before.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CredentialReview } from '@consilium/api';
import { kindName } from '../credentials/credentialLabels';
import { CredentialStatusBadge } from '../credentials/CredentialStatusBadge';
import { countryName } from '../i18n/countryNames';
import { formatDate } from '../i18n/format';

export function ApplicantFacts({ applicant }: { applicant: CredentialReview['applicant'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>{t('fields.displayName')}</dt>
        <dd>{applicant.displayName}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('fields.handle')}</dt>
        <dd>
          <Link to={`/members/${encodeURIComponent(applicant.handle)}`}>@{applicant.handle}</Link>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('fields.email')}</dt>
        <dd>{applicant.email}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('fields.country')}</dt>
        <dd>
          {applicant.country === null
            ? t('credentials.none')
            : countryName(applicant.country, language)}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('profile.memberSince')}</dt>
        <dd>{formatDate(new Date(applicant.memberSince), language)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('review.accountStatus')}</dt>
        <dd>
          {applicant.isSuspended ? (
            <span className="badge badge--suspended">{t('review.suspended')}</span>
          ) : (
            t('review.active')
          )}
        </dd>
      </div>
    </dl>
  );
}

export function EarlierApplications({ earlier }: { earlier: CredentialReview['earlier'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  if (earlier.length === 0) return <p>{t('review.noEarlier')}</p>;
  return (
    <ul className="earlier-list">
      {earlier.map((item) => (
        <li key={item.id} className="earlier-list__item">
          <Link to={`/moderation/credentials/${item.id}`}>
            {t('review.earlierItem', {
              kind: kindName(t, item.kind),
              date: formatDate(new Date(item.submittedAt), language),
            })}
          </Link>{' '}
          <CredentialStatusBadge status={item.status} />
          {item.moderatorMessage === null ? null : (
            <blockquote className="earlier-list__message">{item.moderatorMessage}</blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
