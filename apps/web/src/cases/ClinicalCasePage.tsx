// Posting a clinical case (/cases/new/clinical): for verified professionals, who ask a specific
// question of chosen specialties, of everyone or of professionals only, under their name or not,
// and may share it as a solved case with its confirmed diagnosis hidden.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_WINDOW_DAYS } from '@consilium/api';
import type { MemberSelf } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { usePageTitle } from '../feedback/usePageTitle';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { SpecialtyPicker } from '../specialties/SpecialtyPicker';
import { SolvedCaseFields } from '../case-study/SolvedCaseFields';
import { AnonymousCheckbox, AudienceRadios, PostingAlerts } from './PostingChoices';
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
      solved: t('solvedCase.solved'),
      solutionDiagnosis: t('solvedCase.diagnosis'),
      solutionTeachingPoint: t('solvedCase.teachingPoint'),
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
      <PostingAlerts
        twoFactorEnabled={member.twoFactorEnabled}
        reminder={t('clinicalCase.twoFactorNeeded')}
        alert={form.alert}
        refused={needsTwoFactor}
      />
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
      <SolvedCaseFields
        solved={form.bind('solved')}
        diagnosis={form.bind('solutionDiagnosis')}
        teachingPoint={form.bind('solutionTeachingPoint')}
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
