// "Open until 30 April 2026": when an open case's submission window ends, in the reader's language.
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@consilium/api';
import { formatDate } from '../i18n/format';

export function OpenUntil({ status, closesAt }: { status: CaseStatus; closesAt: string | null }) {
  const { t, i18n } = useTranslation();
  if (status !== 'open' || closesAt === null) return null;
  const date = formatDate(new Date(closesAt), i18n.resolvedLanguage ?? 'en');
  return (
    <span className="open-until">
      <time dateTime={closesAt}>{t('cases.openUntil', { date })}</time>
    </span>
  );
}
