// The filters of a feed or a search: kind, specialty, status, label, audience, images and dates.
// Each change applies at once (and lands in the address); on phones the panel folds behind a
// button that says how many filters are on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_AUDIENCES, CASE_KINDS, CASE_LABELS, CASE_STATUSES } from '@consilium/api';
import { SPECIALTIES } from '@consilium/core';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { countFilters, useFilterParams } from './caseFilters';
import type { FilterName } from './caseFilters';

const SORTED_SPECIALTIES = [...SPECIALTIES].sort((a, b) => a.name.localeCompare(b.name, 'en'));
const FILTER_STATUSES = CASE_STATUSES.filter((status) => status !== 'draft');

export function CaseFilterPanel() {
  const { t } = useTranslation();
  const { filters, setFilter, clearFilters } = useFilterParams();
  const [isOpen, setIsOpen] = useState(false);
  const id = useId();
  const panelId = `${id}-panel`;
  const active = countFilters(filters);
  const bind = (name: FilterName) => ({
    id: `${id}-${name}`,
    value: filters[name] ?? '',
    error: undefined,
    onChange: (value: string) => {
      setFilter(name, value);
    },
  });

  return (
    <section className="case-filters" aria-labelledby={`${id}-heading`}>
      <h2 className="visually-hidden" id={`${id}-heading`}>
        {t('filters.heading')}
      </h2>
      <button
        type="button"
        className="button button--secondary case-filters__toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
      >
        {t('filters.heading')}
        {active > 0 ? ` (${t('filters.activeCount', { count: active })})` : null}
      </button>
      <div
        id={panelId}
        className={isOpen ? 'case-filters__panel case-filters__panel--open' : 'case-filters__panel'}
      >
        <SelectField
          {...bind('kind')}
          label={t('filters.kind')}
          placeholder={t('filters.anyKind')}
          options={CASE_KINDS.map((kind) => ({ value: kind, label: t(`cases.kinds.${kind}`) }))}
        />
        <SelectField
          {...bind('specialty')}
          label={t('filters.specialty')}
          placeholder={t('filters.anySpecialty')}
          options={SORTED_SPECIALTIES.map(({ code, name }) => ({ value: code, label: name }))}
        />
        <SelectField
          {...bind('status')}
          label={t('filters.status')}
          placeholder={t('filters.anyStatus')}
          options={FILTER_STATUSES.map((status) => ({
            value: status,
            label: t(`cases.status.${status}`),
          }))}
        />
        <SelectField
          {...bind('label')}
          label={t('filters.label')}
          placeholder={t('filters.anyLabel')}
          options={CASE_LABELS.map((label) => ({
            value: label,
            label: t(`cases.labels.${label}`),
          }))}
        />
        <SelectField
          {...bind('audience')}
          label={t('filters.audience')}
          placeholder={t('filters.anyAudience')}
          options={CASE_AUDIENCES.map((audience) => ({
            value: audience,
            label: t(`filters.audiences.${audience}`),
          }))}
        />
        <TextField {...bind('from')} type="date" label={t('filters.from')} />
        <TextField {...bind('to')} type="date" label={t('filters.to')} />
        <div className="case-filters__check">
          <input
            id={`${id}-hasImages`}
            type="checkbox"
            checked={filters.hasImages === 'true'}
            onChange={(event) => {
              setFilter('hasImages', event.target.checked ? 'true' : '');
            }}
          />
          <label htmlFor={`${id}-hasImages`}>{t('filters.hasImages')}</label>
        </div>
        {active > 0 ? (
          <p className="case-filters__clear">
            <button type="button" className="button button--quiet" onClick={clearFilters}>
              {t('filters.clear')}
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
