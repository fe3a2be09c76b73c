// What a phenopacket will become before it is imported: how many features were observed and which,
// how many were checked and found absent, the subject's sex and age, and whether it names a
// diagnosis.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatAmountOfTime } from '../i18n/format';
import { durationParts } from './phenopacketFile';
import type { PacketPreview } from './phenopacketFile';

const LISTED_FEATURES = 10;
const SEXES = ['FEMALE', 'MALE', 'OTHER_SEX', 'UNKNOWN_SEX'] as const;

function sexName(t: TFunction, sex: string): string {
  const known = SEXES.find((value) => value === sex);
  return known === undefined ? sex : t(`phenopacket.sexes.${known}`);
}

function ageText(age: NonNullable<PacketPreview['age']>, language: string): string {
  if ('label' in age) return age.label;
  const parts = durationParts(age.duration);
  if (parts.length === 0) return age.duration;
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(
    parts.map((part) => formatAmountOfTime(part.value, part.unit, language)),
  );
}

export function PacketPreviewView({ preview }: { preview: PacketPreview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const headingId = useId();
  const listed = preview.features.slice(0, LISTED_FEATURES);
  const more = preview.features.length - listed.length;
  return (
    <section className="packet-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('phenopacket.previewHeading')}</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('phenopacket.features')}</dt>
          <dd>{t('phenopacket.featureCount', { count: preview.features.length })}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('phenopacket.excluded')}</dt>
          <dd>{t('phenopacket.excludedCount', { count: preview.excluded.length })}</dd>
        </div>
        {preview.sex === null ? null : (
          <div className="facts__row">
            <dt>{t('wizard.fields.sex')}</dt>
            <dd>{sexName(t, preview.sex)}</dd>
          </div>
        )}
        {preview.age === null ? null : (
          <div className="facts__row">
            <dt>{t('phenopacket.age')}</dt>
            <dd>{ageText(preview.age, language)}</dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('phenopacket.diagnoses')}</dt>
          <dd>{t('phenopacket.diagnosisCount', { count: preview.diagnoses })}</dd>
        </div>
      </dl>
      {listed.length === 0 ? null : (
        <ul className="packet-preview__features" aria-label={t('phenopacket.features')}>
          {listed.map((label, index) => (
            <li key={index}>{label}</li>
          ))}
          {more > 0 ? <li>{t('phenopacket.moreFeatures', { count: more })}</li> : null}
        </ul>
      )}
    </section>
  );
}
