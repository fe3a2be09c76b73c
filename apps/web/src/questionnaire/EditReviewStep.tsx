// The last step when editing a published case: the whole questionnaire to read over, the required
// steps still missing, an optional note on what changed, and "Save changes" — the only save.
import { useId, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EditCaseBodySchema, missingSteps } from '@consilium/api';
import type { EditCaseBody } from '@consilium/api';
import { useEditCase } from '../cases/caseQueries';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { withFlashNotice } from '../shell/FlashNotice';
import { MissingSteps } from './MissingSteps';
import { QuestionnaireView } from './QuestionnaireView';
import { draftOf } from './questionnaireDraft';
import type { Wizard } from './useQuestionnaireWizard';

const INITIAL_NOTE = { note: '' };

export function EditReviewStep({ wizard, caseId }: { wizard: Wizard; caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const missingId = useId();
  const draft = draftOf(wizard.values);
  const missing = missingSteps(draft);
  const edit = useEditCase(caseId);
  const fieldNames = useMemo(() => ({ note: t('editCase.note') }), [t]);
  // The questionnaire goes whole with the note, checked by the same schema as on the server.
  const schema: FormSchema<EditCaseBody> = {
    safeParse: (values) => {
      const note = (values as { note: string }).note;
      return EditCaseBodySchema.safeParse({
        questionnaire: draft,
        ...(note.trim() === '' ? {} : { note }),
      });
    },
  };
  const form = useSchemaForm({ schema, initialValues: INITIAL_NOTE, fieldNames });

  return (
    <>
      <MissingSteps
        id={missingId}
        missing={missing}
        wizard={wizard}
        readyLead={t('editCase.readyLead')}
      />
      <QuestionnaireView questionnaire={draft} headingLevel={3} />
      <form
        className="form publish-form"
        noValidate
        onSubmit={form.submit((body) => {
          edit.mutate(body, {
            onSuccess: (edited) => {
              void navigate(`/cases/${edited.id}`, { state: withFlashNotice('caseEdited') });
            },
            onError: form.showFailure,
          });
        })}
      >
        <h3>{t('editCase.saveHeading')}</h3>
        <FormAlert alert={form.alert} />
        <TextField
          {...form.bind('note')}
          label={t('editCase.note')}
          hint={t('editCase.noteHint')}
          multiline
          rows={3}
        />
        <div className="form__actions wizard__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={wizard.isBusy || edit.isPending}
            onClick={() => {
              void wizard.goTo('question', 'elsewhere');
            }}
          >
            {t('wizard.back')}
          </button>
          <button
            type="submit"
            className="button"
            disabled={missing.length > 0 || edit.isPending}
            aria-describedby={missing.length > 0 ? missingId : undefined}
          >
            {edit.isPending ? t('editCase.saving') : t('editCase.save')}
          </button>
          <Link className="button button--quiet" to={`/cases/${caseId}`}>
            {t('wizard.cancelEdit')}
          </Link>
        </div>
      </form>
    </>
  );
}
