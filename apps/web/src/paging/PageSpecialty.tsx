// "Page a specialty": the owner of an open clinical case or image post asks the verified members of
// one specialty for an urgent consult. A small dialog chooses the specialty and an optional
// message; the result says how many were paged and how many pages are left today.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_LIMITS } from '@consilium/api';
import type { CaseDetail, PageResult } from '@consilium/api';
import { SPECIALTIES } from '@consilium/core';
import { ApiProblem } from '../api/client';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { usePageSpecialty } from './pagingQueries';
import { EMPTY_PAGE, pageSchema } from './pageValues';

const SPECIALTY_OPTIONS = [...SPECIALTIES]
  .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  .map(({ code, name }) => ({ value: code, label: name }));

export function PageSpecialty({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [result, setResult] = useState<PageResult | null>(null);
  // A new form each time the dialog opens, so an earlier attempt's answers are not kept.
  const [attempt, setAttempt] = useState(0);

  const close = (): void => {
    dialogRef.current?.close();
    openerRef.current?.focus();
  };

  return (
    <section className="paging" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('paging.heading')}</h2>
      <p>{t('paging.lead', { count: PAGE_LIMITS.perDay })}</p>
      <p className="form__status" role="status">
        {result === null ? null : <PageResultText result={result} />}
      </p>
      <button
        ref={openerRef}
        type="button"
        className="button button--secondary"
        onClick={() => {
          setAttempt((count) => count + 1);
          dialogRef.current?.showModal();
        }}
      >
        {t('paging.open')}
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={`${headingId}-dialog`}>
        <h3 id={`${headingId}-dialog`}>{t('paging.dialogHeading')}</h3>
        {attempt === 0 ? null : (
          <PageForm
            key={attempt}
            caseDetail={caseDetail}
            onPaged={(paged) => {
              setResult(paged);
              close();
            }}
            onCancel={close}
          />
        )}
      </dialog>
    </section>
  );
}

function PageResultText({ result }: { result: PageResult }) {
  const { t } = useTranslation();
  return (
    <>
      {t('paging.paged', { count: result.recipients, specialty: result.specialty.name })}{' '}
      {t('paging.remaining', { count: result.remainingToday })}
    </>
  );
}

function PageForm({
  caseDetail,
  onPaged,
  onCancel,
}: {
  caseDetail: CaseDetail;
  onPaged: (result: PageResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const page = usePageSpecialty(caseDetail.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fieldNames = useMemo(
    () => ({ specialty: t('paging.specialty'), message: t('paging.message') }),
    [t],
  );
  const form = useSchemaForm({ schema: pageSchema, initialValues: EMPTY_PAGE, fieldNames });
  const tagged = caseDetail.specialties.map((specialty) => specialty.name).join(', ');

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        setRefusal(null);
        page.mutate(body, {
          onSuccess: onPaged,
          onError: (error) => {
            if (error instanceof ApiProblem && error.status === 429) {
              setRefusal(t('paging.tooMany', { count: PAGE_LIMITS.perDay }));
            } else if (error instanceof ApiProblem && error.status === 409) {
              setRefusal(t('paging.conflict', { detail: error.problem.detail }));
            } else {
              form.showFailure(error);
            }
          },
        });
      })}
    >
      <FormAlert alert={form.alert} />
      {refusal === null ? null : (
        <p className="notice notice--problem" role="alert">
          {refusal}
        </p>
      )}
      <SelectField
        {...form.bind('specialty')}
        label={t('paging.specialty')}
        hint={tagged === '' ? undefined : t('paging.specialtyHint', { specialties: tagged })}
        options={SPECIALTY_OPTIONS}
        placeholder={t('paging.chooseSpecialty')}
        required
      />
      <TextField
        {...form.bind('message')}
        label={t('paging.message')}
        hint={t('paging.messageHint')}
        multiline
        rows={3}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={page.isPending}>
          {page.isPending ? t('paging.sending') : t('paging.send')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={page.isPending}
          onClick={onCancel}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
