// A moment shown as "3 days ago" in the reader's language, with the full date on hover.
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from './format';

export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const moment = new Date(iso);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <time dateTime={iso} title={formatDateTime(moment, language)}>
      {formatRelativeTime(moment, new Date(), language)}
    </time>
  );
}
