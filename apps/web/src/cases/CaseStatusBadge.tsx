// Whether a case still takes suggestions, as a small labelled badge.
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@consilium/api';

export function CaseStatusBadge({ status }: { status: CaseSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`cases.status.${status}`)}</span>;
}
