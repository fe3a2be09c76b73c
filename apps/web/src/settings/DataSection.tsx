// The member's data: download all of it as JSON, or delete the account for good.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DeleteAccountBodySchema } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { useDataExport, useDeleteAccount } from '../profiles/profileQueries';
import { withFlashNotice } from '../shell/FlashNotice';

const EMPTY_DELETION = { password: '', confirm: '' };

export function DataSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dataExport = useDataExport();
  const deletion = useDeleteAccount();
  const [exported, setExported] = useState(false);
  const form = useSchemaForm({
    schema: DeleteAccountBodySchema,
    initialValues: EMPTY_DELETION,
    fieldNames: { password: t('fields.password'), confirm: t('data.confirmLabel') },
  });

  return (
    <section className="settings__section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('data.heading')}</h2>
      <p className="settings__lead">{t('data.exportLead')}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={dataExport.isPending}
          onClick={() => {
            setExported(false);
            dataExport.mutate(undefined, {
              onSuccess: () => {
                setExported(true);
              },
            });
          }}
        >
          {dataExport.isPending ? t('data.exporting') : t('data.export')}
        </button>
        <p className="form__status" role="status">
          {exported ? t('data.exported') : null}
          {dataExport.isError ? t('data.exportFailed') : null}
        </p>
      </div>

      <h3>{t('data.deleteHeading')}</h3>
      <p className="settings__lead">{t('data.deleteLead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={form.submit((body) => {
          deletion.mutate(body, {
            onSuccess: () => {
              void navigate('/', { state: withFlashNotice('accountDeleted') });
            },
            onError: form.showFailure,
          });
        })}
      >
        <FormAlert alert={form.alert} />
        <TextField
          {...form.bind('password')}
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
        />
        <TextField
          {...form.bind('confirm')}
          label={t('data.confirmLabel')}
          hint={t('data.confirmHint')}
          autoComplete="off"
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={deletion.isPending}>
            {deletion.isPending ? t('data.deleting') : t('data.delete')}
          </button>
        </div>
      </form>
    </section>
  );
}
