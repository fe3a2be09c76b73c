// Verified credentials as badges: "Verified physician · Cardiology, Nephrology", the country,
// and until when; for the member themself, a reminder to renew as the end nears.
import { useTranslation } from 'react-i18next';
import type { Badge } from '@consilium/api';
import { countryName } from '../i18n/countryNames';
import { formatDate } from '../i18n/format';
import { badgeLine, daysUntil, RENEWAL_WINDOW_DAYS } from './credentialLabels';

export function BadgeList({
  badges,
  label,
  remindsToRenew = false,
}: {
  badges: readonly Badge[];
  label: string;
  remindsToRenew?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="badge-list" aria-label={label}>
      {badges.map((badge) => {
        const days = daysUntil(badge.verifiedUntil, new Date());
        const line = badgeLine(t, badge);
        return (
          <li key={`${badge.kind}-${badge.verifiedUntil}-${line}`} className="credential-badge">
            <p className="credential-badge__line">
              <span className="credential-badge__mark" aria-hidden="true">
                ✓
              </span>{' '}
              {line}
            </p>
            <p className="credential-badge__meta">
              {countryName(badge.country, language)} ·{' '}
              {t('badges.verifiedUntil', {
                date: formatDate(new Date(badge.verifiedUntil), language),
              })}
            </p>
            {remindsToRenew && days <= RENEWAL_WINDOW_DAYS ? (
              <p className="credential-badge__renewal">
                {t('myCredentials.renewalHint', { count: Math.max(days, 0) })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
