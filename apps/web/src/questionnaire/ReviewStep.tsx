// The last step: the whole questionnaire to read over, the required steps still missing (each a
// link back to it), the submission window, whether to post as "Anonymous patient", and
// "Publish case".
import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  MAX_REWARD_PLEDGE,
  missingSteps,
  PublishBodySchema,
  SUBMISSION_WINDOW_DAYS,
} from '@consilium/api';
import type { PublishBody } from '@consilium/api';
import { usePublishCase } from '../cases/caseQueries';
import { useMyPoints } from '../rewards/pointsQueries';
import { CheckboxField } from '../cases/PostingChoices';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { MissingSteps } from './MissingSteps';
import { QuestionnaireView } from './QuestionnaireView';
import { draftOf, numberOf } from './questionnaireDraft';
import type { Wizard } from './useQuestionnaireWizard';

type PublishValues = Record<'submissionWindowDays' | 'anonymous' | 'rewardPledge', string>;

const publishSchema: FormSchema<PublishBody> = {
  safeParse: (values) => {
    const { submissionWindowDays, anonymous, rewardPledge } = values as PublishValues;
    return PublishBodySchema.safeParse({
      anonymous: anonymous === 'true',
      submissionWindowDays: numberOf(submissionWindowDays),
      rewardPledge: rewardPledge.trim() === '' ? 0 : numberOf(rewardPledge),
    });
  },
};

const INITIAL_PUBLISH: PublishValues = {
  submissionWindowDays: String(SUBMISSION_WINDOW_DAYS.default),
  anonymous: 'false',
  rewardPledge: '0',
};

export function ReviewStep({ wizard, caseId }: { wizard: Wizard; caseId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const missingId = useId();
  const draft = draftOf(wizard.values);
  const missing = missingSteps(draft);
  const publish = usePublishCase(caseId ?? '');
  const fieldNames = useMemo(
    () => ({
      submissionWindowDays: t('wizard.fields.submissionWindow'),
      anonymous: t('wizard.anonymous'),
      rewardPledge: t('wizard.fields.rewardPledge'),
    }),
    [t],
  );
  const points = useMyPoints();
  const form = useSchemaForm({ schema: publishSchema, initialValues: INITIAL_PUBLISH, fieldNames });
  const canPublish = missing.length === 0 && caseId !== null;

  return (
    <>
      <MissingSteps
        id={missingId}
        missing={missing}
        wizard={wizard}
        readyLead={t('wizard.readyLead')}
      />
      <QuestionnaireView questionnaire={draft} headingLevel={3} />
      <form
        className="form publish-form"
        noValidate
        onSubmit={form.submit((body) => {
          publish.mutate(body, {
            onSuccess: (published) => {
              void navigate(`/cases/${published.id}`);
            },
            onError: form.showFailure,
          });
        })}
      >
        <h3>{t('wizard.publishHeading')}</h3>
        <FormAlert alert={form.alert} />
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
        <TextField
          {...form.bind('rewardPledge')}
          label={t('wizard.fields.rewardPledge')}
          hint={t('wizard.hints.rewardPledge', {
            balance: points.data?.balance ?? '…',
            maximum: MAX_REWARD_PLEDGE,
          })}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_REWARD_PLEDGE}
          step={1}
        />
        <CheckboxField
          binding={form.bind('anonymous')}
          label={t('wizard.anonymous')}
          hint={t('wizard.anonymousHint')}
        />
        <p className="privacy-reminder">{t('wizard.publishReminder')}</p>
        <div className="form__actions wizard__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={wizard.isBusy || publish.isPending}
            onClick={() => {
              void wizard.goTo('question', 'elsewhere');
            }}
          >
            {t('wizard.back')}
          </button>
          <button
            type="submit"
            className="button"
            disabled={!canPublish || publish.isPending}
            aria-describedby={missing.length > 0 ? missingId : undefined}
          >
            {publish.isPending ? t('wizard.publishing') : t('wizard.publish')}
          </button>
        </div>
      </form>
    </>
  );
}
