// What a case is at a glance: its kind, its label (unsolved, solved, case study), its specialty
// tags, and who may read it.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';

export function AudienceLabel({ audience }: { audience: CaseDetail['audience'] }) {
  const { t } = useTranslation();
  if (audience !== 'professionals') return null;
  return <span className="badge badge--audience">{t('cases.professionalsOnly')}</span>;
}

export function KindLabel({ kind }: { kind: CaseDetail['kind'] }) {
  const { t } = useTranslation();
  return <span className={`case-kind case-kind--${kind}`}>{t(`cases.kinds.${kind}`)}</span>;
}

/** UNSOLVED, SOLVED or CASE STUDY: told by its words and its outline, not by colour alone. */
export function LabelBadge({ label }: { label: CaseDetail['label'] }) {
  const { t } = useTranslation();
  return <span className={`case-label case-label--${label}`}>{t(`cases.labels.${label}`)}</span>;
}

export function AnonymousMarker({ isAnonymous }: { isAnonymous: boolean }) {
  const { t } = useTranslation();
  if (!isAnonymous) return null;
  return <span className="badge badge--anonymous">{t('cases.anonymous')}</span>;
}

export function SpecialtyTags({ specialties }: { specialties: CaseDetail['specialties'] }) {
  const { t } = useTranslation();
  if (specialties.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('cases.specialtiesLabel')}>
      {specialties.map((specialty) => (
        <li key={specialty.code} className="tag">
          {specialty.name}
        </li>
      ))}
    </ul>
  );
}
