// Posting a clinical case (/cases/new/clinical): for verified professionals, who ask a specific
// question of chosen specialties, of everyone or of professionals only, under their name or not.
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_AUDIENCES, SUBMISSION_WINDOW_DAYS } from '@consilium/api';
import type { MemberSelf } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import type { FieldBinding } from '../forms/useSchemaForm';
import { SpecialtyPicker } from '../specialties/SpecialtyPicker';
import { useCreateClinicalCase } from './caseQueries';
import { clinicalCaseSchema, EMPTY_CLINICAL_CASE } from './clinicalCaseValues';

export function ClinicalCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('clinicalCase.heading'));
  return (
    <section className="page page--narrow">
      <h1>{t('clinicalCase.heading')}</h1>
      <p className="page__lead">{t('clinicalCase.lead')}</p>
      <SignedIn signInPrompt={t('clinicalCase.signInPrompt')}>
        {(member) =>
          isProfessional(member) ? <ClinicalCaseForm member={member} /> : <NotAProfessional />
        }
      </SignedIn>
    </section>
  );
}

export function isProfessional(member: MemberSelf): boolean {
  return member.roles.includes('professional');
}

/** Why a member who is not a verified professional cannot post one, and where to become one. */
export function NotAProfessional() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t('clinicalCase.onlyProfessionals')}</p>
      <p className="notice__actions">
        <Link to="/verification">{t('clinicalCase.getVerified')}</Link>
      </p>
    </div>
  );
}

function ClinicalCaseForm({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createCase = useCreateClinicalCase();
  const [needsTwoFactor, setNeedsTwoFactor] = useState(false);
  const fieldNames = useMemo(
    () => ({
      title: t('fields.title'),
      presentation: t('fields.presentation'),
      question: t('clinicalCase.question'),
      specialties: t('clinicalCase.specialties'),
      audience: t('clinicalCase.audience'),
      anonymous: t('clinicalCase.anonymous'),
      submissionWindowDays: t('wizard.fields.submissionWindow'),
    }),
    [t],
  );
  const form = useSchemaForm({
    schema: clinicalCaseSchema,
    initialValues: EMPTY_CLINICAL_CASE,
    fieldNames,
  });

  return (
    <form
      className="form clinical-form"
      noValidate
      onSubmit={form.submit((body) => {
        setNeedsTwoFactor(false);
        createCase.mutate(body, {
          onSuccess: (created) => {
            void navigate(`/cases/${created.id}`);
          },
          onError: (error) => {
            form.showFailure(error);
            setNeedsTwoFactor(error instanceof ApiProblem && error.status === 403);
          },
        });
      })}
    >
      {member.twoFactorEnabled ? null : <TwoFactorReminder />}
      <FormAlert alert={form.alert} />
      {/* Without two-factor sign-in the reminder above already links to Settings. */}
      {needsTwoFactor && member.twoFactorEnabled ? (
        <p className="notice__actions">
          <Link to="/settings">{t('clinicalCase.openSettings')}</Link>
        </p>
      ) : null}
      <TextField {...form.bind('title')} label={t('fields.title')} required />
      <TextField
        {...form.bind('presentation')}
        label={t('fields.presentation')}
        hint={t('clinicalCase.presentationHint')}
        multiline
        rows={10}
        required
      />
      <TextField
        {...form.bind('question')}
        label={t('clinicalCase.question')}
        hint={t('clinicalCase.questionHint')}
        multiline
        rows={3}
        required
      />
      <SpecialtyPicker
        {...form.bind('specialties')}
        label={t('clinicalCase.specialties')}
        hint={t('clinicalCase.specialtiesHint')}
        maximum={5}
      />
      <AudienceRadios binding={form.bind('audience')} />
      <AnonymousCheckbox binding={form.bind('anonymous')} />
      <TextField
        {...form.bind('submissionWindowDays')}
        label={t('wizard.fields.submissionWindow')}
        hint={t('wizard.hints.submissionWindow', {
          minimum: SUBMISSION_WINDOW_DAYS.min,
          maximum: SUBMISSION_WINDOW_DAYS.max,
        })}
        type="number"
        inputMode="numeric"
        min={SUBMISSION_WINDOW_DAYS.min}
        max={SUBMISSION_WINDOW_DAYS.max}
        step={1}
        required
      />
      <p className="privacy-reminder">{t('newCase.privacyReminder')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={createCase.isPending}>
          {createCase.isPending ? t('newCase.posting') : t('clinicalCase.submit')}
        </button>
      </div>
    </form>
  );
}

function TwoFactorReminder() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t('clinicalCase.twoFactorNeeded')}</p>
      <p className="notice__actions">
        <Link to="/settings">{t('clinicalCase.openSettings')}</Link>
      </p>
    </div>
  );
}

function AudienceRadios({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  const errorId = `${binding.id}-error`;
  return (
    <fieldset
      className={binding.error ? 'field field--invalid radio-group' : 'field radio-group'}
      aria-describedby={binding.error ? errorId : undefined}
    >
      <legend className="field__label">{t('clinicalCase.audience')}</legend>
      {CASE_AUDIENCES.map((audience) => (
        <div key={audience} className="radio-group__option">
          <input
            id={audience === 'everyone' ? binding.id : `${binding.id}-${audience}`}
            type="radio"
            name={binding.id}
            value={audience}
            checked={binding.value === audience}
            onChange={() => {
              binding.onChange(audience);
            }}
          />
          <label htmlFor={audience === 'everyone' ? binding.id : `${binding.id}-${audience}`}>
            {t(`clinicalCase.audiences.${audience}`)}
          </label>
        </div>
      ))}
      {binding.error ? (
        <p className="field__error" id={errorId}>
          {binding.error}
        </p>
      ) : null}
    </fieldset>
  );
}

function AnonymousCheckbox({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="field">
      <div className="radio-group__option">
        <input
          id={binding.id}
          type="checkbox"
          checked={binding.value === 'true'}
          aria-describedby={hintId}
          onChange={(event) => {
            binding.onChange(event.target.checked ? 'true' : 'false');
          }}
        />
        <label htmlFor={binding.id}>{t('clinicalCase.anonymous')}</label>
      </div>
      <p className="field__hint" id={hintId}>
        {t('clinicalCase.anonymousHint')}
      </p>
      {binding.error ? <p className="field__error">{binding.error}</p> : null}
    </div>
  );
}
