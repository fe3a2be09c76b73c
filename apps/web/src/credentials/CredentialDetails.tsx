// The fields of an application as the member and the moderators read them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialView } from '@consilium/api';
import { countryName } from '../i18n/countryNames';
import { specialtyNames } from './credentialLabels';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CredentialDetails({
  credential,
  evidence,
}: {
  credential: CredentialView;
  /** How the evidence file is shown: a summary for the member, a download for moderators. */
  evidence: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const none = t('credentials.none');
  const specialties =
    credential.specialties.length === 0 ? none : specialtyNames(credential.specialties);
  return (
    <dl className="facts">
      {credential.kind === 'professional' ? (
        <>
          <Fact term={t('credentials.fields.specialties')}>{specialties}</Fact>
          <Fact term={t('credentials.fields.licenceNumber')}>
            {credential.licenceNumber ?? none}
          </Fact>
          <Fact term={t('credentials.fields.issuingAuthority')}>
            {credential.issuingAuthority ?? none}
          </Fact>
        </>
      ) : (
        <>
          <Fact term={t('credentials.fields.school')}>{credential.school ?? none}</Fact>
          <Fact term={t('credentials.fields.studentId')}>{credential.studentId ?? none}</Fact>
          <Fact term={t('credentials.fields.expectedGraduationYear')}>
            {credential.expectedGraduationYear ?? none}
          </Fact>
          <Fact term={t('credentials.fields.specialtiesOfInterest')}>{specialties}</Fact>
        </>
      )}
      <Fact term={t('fields.country')}>
        {countryName(credential.country, i18n.resolvedLanguage ?? 'en')}
      </Fact>
      <Fact term={t('credentials.fields.note')}>
        {credential.note === null ? none : <span className="facts__text">{credential.note}</span>}
      </Fact>
      <Fact term={t('credentials.fields.evidence')}>{evidence}</Fact>
    </dl>
  );
}
