// "Closes in 3 days": how long an open case still takes suggestions, with the exact moment on hover.
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@consilium/api';
import { formatDateTime, formatRelativeTime } from '../i18n/format';

export function ClosesIn({ status, closesAt }: { status: CaseStatus; closesAt: string | null }) {
  const { t, i18n } = useTranslation();
  if (status !== 'open' || closesAt === null) return null;
  const moment = new Date(closesAt);
  const now = new Date();
  // A window that ended a moment ago is being closed by the server: say nothing misleading.
  if (moment.getTime() <= now.getTime()) return null;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <time className="closes-in" dateTime={closesAt} title={formatDateTime(moment, language)}>
      {t('cases.closesIn', { time: formatRelativeTime(moment, now, language) })}
    </time>
  );
}
