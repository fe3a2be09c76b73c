// The alert region of a form: always present so screen readers announce what appears in it.
import { useTranslation } from 'react-i18next';
import type { FormAlertState } from './useSchemaForm';

export function FormAlert({ alert }: { alert: FormAlertState | null }) {
  return (
    <div className="form-alert" role="alert">
      {alert ? <FormAlertMessage alert={alert} /> : null}
    </div>
  );
}

function FormAlertMessage({ alert }: { alert: FormAlertState }) {
  const { t } = useTranslation();
  switch (alert.kind) {
    case 'invalid':
      return <p>{t('forms.fixFields', { count: alert.count })}</p>;
    case 'unexpected':
      return <p>{t('problems.unexpected')}</p>;
    case 'problem':
      return (
        <>
          <p>{alert.detail}</p>
          {alert.otherErrors.length > 0 ? (
            <ul>
              {alert.otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </>
      );
  }
}
