// Posting an image post (/cases/new/image): for verified professionals with two-factor sign-in. A
// caption, an optional question, specialties, audience and anonymity, and optionally the confirmed
// diagnosis of a solved case. Images themselves arrive with media upload: the form says so.
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberSelf } from '@consilium/api';
import { ApiProblem } from '../api/client';
import { SignedIn } from '../accounts/SignedIn';
import { SolvedCaseFields } from '../case-study/SolvedCaseFields';
import { isProfessional, NotAProfessional } from '../cases/ClinicalCasePage';
import { AnonymousCheckbox, AudienceRadios, PostingAlerts } from '../cases/PostingChoices';
import { usePageTitle } from '../feedback/usePageTitle';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { SpecialtyPicker } from '../specialties/SpecialtyPicker';
import { useCreateImagePost } from './imagePostQueries';
import { EMPTY_IMAGE_POST, imagePostSchema } from './imagePostValues';

export function ImagePostPage() {
  const { t } = useTranslation();
  usePageTitle(t('imagePost.heading'));
  return (
    <section className="page page--narrow">
      <h1>{t('imagePost.heading')}</h1>
      <p className="page__lead">{t('imagePost.lead')}</p>
      <SignedIn signInPrompt={t('imagePost.signInPrompt')}>
        {(member) =>
          isProfessional(member) ? <ImagePostForm member={member} /> : <NotAProfessional />
        }
      </SignedIn>
    </section>
  );
}

function ImagePostForm({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createPost = useCreateImagePost();
  const [needsTwoFactor, setNeedsTwoFactor] = useState(false);
  const fieldNames = useMemo(
    () => ({
      caption: t('imagePost.caption'),
      question: t('imagePost.question'),
      specialties: t('clinicalCase.specialties'),
      audience: t('clinicalCase.audience'),
      anonymous: t('clinicalCase.anonymous'),
      solved: t('solvedCase.solved'),
      solutionDiagnosis: t('solvedCase.diagnosis'),
      solutionTeachingPoint: t('solvedCase.teachingPoint'),
    }),
    [t],
  );
  const form = useSchemaForm({
    schema: imagePostSchema,
    initialValues: EMPTY_IMAGE_POST,
    fieldNames,
  });

  return (
    <form
      className="form image-post-form"
      noValidate
      onSubmit={form.submit((body) => {
        setNeedsTwoFactor(false);
        createPost.mutate(body, {
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
        reminder={t('imagePost.twoFactorNeeded')}
        alert={form.alert}
        refused={needsTwoFactor}
      />
      <ImagesNotYet />
      <TextField
        {...form.bind('caption')}
        label={t('imagePost.caption')}
        hint={t('imagePost.captionHint')}
        multiline
        rows={6}
        required
      />
      <TextField
        {...form.bind('question')}
        label={t('imagePost.question')}
        hint={t('imagePost.questionHint')}
        multiline
        rows={2}
      />
      <SpecialtyPicker
        {...form.bind('specialties')}
        label={t('clinicalCase.specialties')}
        hint={t('clinicalCase.specialtiesHint')}
        maximum={5}
      />
      <AudienceRadios binding={form.bind('audience')} />
      <AnonymousCheckbox binding={form.bind('anonymous')} />
      <SolvedCaseFields
        solved={form.bind('solved')}
        diagnosis={form.bind('solutionDiagnosis')}
        teachingPoint={form.bind('solutionTeachingPoint')}
      />
      <p className="privacy-reminder">{t('imagePost.privacyReminder')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={createPost.isPending}>
          {createPost.isPending ? t('newCase.posting') : t('imagePost.submit')}
        </button>
      </div>
    </form>
  );
}

/** Image upload is not there yet: say so plainly, with no control that pretends to upload. */
function ImagesNotYet() {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  return (
    <fieldset className="field image-post__images" disabled>
      <legend className="field__label">{t('imagePost.images')}</legend>
      <p className="field__hint" id={hintId}>
        {t('imagePost.imagesLater')}
      </p>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('imagePost.chooseImages')}
      </label>
      <input
        id={inputId}
        className="field__control field__control--file"
        type="file"
        accept="image/*"
        disabled
        aria-describedby={hintId}
      />
    </fieldset>
  );
}
