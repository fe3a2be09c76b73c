// Editing a case told in prose (no questionnaire): its title and presentation, with an optional
// note on what changed. The version before stays in the case's history.
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EditCaseBodySchema } from '@consilium/api';
import type { CaseDetail, EditCaseBody } from '@consilium/api';
import type { FormSchema } from '../forms/fieldProblems';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { withFlashNotice } from '../shell/FlashNotice';
import { useEditCase } from './caseQueries';

type TextValues = Record<'title' | 'presentation' | 'note', string>;

const textEditSchema: FormSchema<EditCaseBody> = {
  safeParse: (input) => {
    const values = input as TextValues;
    return EditCaseBodySchema.safeParse({
      title: values.title,
      presentation: values.presentation,
      ...(values.note.trim() === '' ? {} : { note: values.note }),
    });
  },
};

export function EditCaseTextForm({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useEditCase(caseDetail.id);
  const initialValues = useMemo<TextValues>(
    () => ({ title: caseDetail.title, presentation: caseDetail.presentation, note: '' }),
    [caseDetail.title, caseDetail.presentation],
  );
  const fieldNames = useMemo(
    () => ({
      title: t('fields.title'),
      presentation: t('fields.presentation'),
      note: t('editCase.note'),
    }),
    [t],
  );
  const form = useSchemaForm({ schema: textEditSchema, initialValues, fieldNames });

  return (
    <form
      className="form"
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
      <FormAlert alert={form.alert} />
      <TextField {...form.bind('title')} label={t('fields.title')} required />
      <TextField
        {...form.bind('presentation')}
        label={t('fields.presentation')}
        multiline
        rows={10}
        required
      />
      <TextField
        {...form.bind('note')}
        label={t('editCase.note')}
        hint={t('editCase.noteHint')}
        multiline
        rows={3}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? t('editCase.saving') : t('editCase.save')}
        </button>
        <Link className="button button--quiet" to={`/cases/${caseDetail.id}`}>
          {t('wizard.cancelEdit')}
        </Link>
      </div>
    </form>
  );
}
