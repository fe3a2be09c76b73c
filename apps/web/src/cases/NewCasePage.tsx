// Posting a case: patients are led to the guided questionnaire (or to import a phenopacket),
// verified professionals to the clinical case and image post forms; a case presentation in prose
// (a title and the case as a clinician tells it) is posted right here, checked as the server
// checks it.
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateCaseBodySchema } from '@consilium/api';
import { useSession } from '../accounts/session';
import { SignedIn } from '../accounts/SignedIn';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useCreateCase } from './caseQueries';
import { isProfessional, NotAProfessional } from './ClinicalCasePage';

export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('newCase.heading'));
  const content = (
    <SignedIn signInPrompt={t('newCase.signInPrompt')}>{() => <NewCaseForm />}</SignedIn>
  );

  return (
    <section className="page page--narrow">
      <h1>{t('newCase.heading')}</h1>
      <p className="page__lead">{t('newCase.lead')}</p>
      <div className="case-choice">
        <h2>{t('newCase.patientHeading')}</h2>
        <p>{t('newCase.patientLead')}</p>
        <p className="notice__actions">
          <Link className="button" to="/cases/new/patient">
            {t('newCase.startQuestionnaire')}
          </Link>
        </p>
        <p>
          {t('newCase.importLead')} <Link to="/cases/import">{t('newCase.importLink')}</Link>
        </p>
      </div>
      <ClinicalChoice />
      <ImageChoice />
      <h2>{t('newCase.quickHeading')}</h2>
      <p>{t('newCase.quickLead')}</p>
      {content}
    </section>
  );
}

function ClinicalChoice() {
  const { t } = useTranslation();
  const member = useSession().data?.member ?? null;
  return (
    <div className="case-choice">
      <h2>{t('newCase.clinicalHeading')}</h2>
      <p>{t('newCase.clinicalLead')}</p>
      {member !== null && isProfessional(member) ? (
        <p className="notice__actions">
          <Link className="button" to="/cases/new/clinical">
            {t('newCase.postClinical')}
          </Link>
        </p>
      ) : (
        <NotAProfessional />
      )}
    </div>
  );
}

/** Image posts, like clinical cases, are for verified professionals. */
function ImageChoice() {
  const { t } = useTranslation();
  const member = useSession().data?.member ?? null;
  return (
    <div className="case-choice">
      <h2>{t('newCase.imageHeading')}</h2>
      <p>{t('newCase.imageLead')}</p>
      {member !== null && isProfessional(member) ? (
        <p className="notice__actions">
          <Link className="button" to="/cases/new/image">
            {t('newCase.postImage')}
          </Link>
        </p>
      ) : (
        <p className="notice">{t('newCase.imageOnlyProfessionals')}</p>
      )}
    </div>
  );
}

const EMPTY_CASE = { title: '', presentation: '' };

export function NewCaseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const fieldNames = useMemo(
    () => ({ title: t('fields.title'), presentation: t('fields.presentation') }),
    [t],
  );
  const form = useSchemaForm({
    schema: CreateCaseBodySchema,
    initialValues: EMPTY_CASE,
    fieldNames,
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit((body) => {
        createCase.mutate(body, {
          onSuccess: (created) => {
            void navigate(`/cases/${created.id}`);
          },
          onError: form.showFailure,
        });
      })}
    >
      <FormAlert alert={form.alert} />
      <TextField {...form.bind('title')} label={t('fields.title')} required />
      <TextField
        {...form.bind('presentation')}
        label={t('fields.presentation')}
        hint={t('newCase.presentationHint')}
        multiline
        rows={10}
        required
      />
      <p className="privacy-reminder">{t('newCase.privacyReminder')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={createCase.isPending}>
          {createCase.isPending ? t('newCase.posting') : t('newCase.submit')}
        </button>
      </div>
    </form>
  );
}
