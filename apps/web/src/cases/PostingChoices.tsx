// The choices a professional makes when posting a clinical case or an image post: who may read it,
// whether it is posted under their pseudonym, and the reminder that posting needs two-factor
// sign-in.
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_AUDIENCES } from '@consilium/api';
import { FormAlert } from '../forms/FormAlert';
import type { FieldBinding, FormAlertState } from '../forms/useSchemaForm';

export function TwoFactorReminder({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{message}</p>
      <p className="notice__actions">
        <Link to="/settings">{t('clinicalCase.openSettings')}</Link>
      </p>
    </div>
  );
}

/**
 * Above a professional's posting form: the two-factor reminder, the form's alert region, and,
 * after a refusal (403) of a member who does have two-factor sign-in, the way to Settings.
 */
export function PostingAlerts({
  twoFactorEnabled,
  reminder,
  alert,
  refused,
}: {
  twoFactorEnabled: boolean;
  reminder: string;
  alert: FormAlertState | null;
  refused: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {twoFactorEnabled ? null : <TwoFactorReminder message={reminder} />}
      <FormAlert alert={alert} />
      {/* Without two-factor sign-in the reminder above already links to Settings. */}
      {refused && twoFactorEnabled ? (
        <p className="notice__actions">
          <Link to="/settings">{t('clinicalCase.openSettings')}</Link>
        </p>
      ) : null}
    </>
  );
}

export function AudienceRadios({ binding }: { binding: FieldBinding }) {
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

/** A yes/no choice held as 'true' or 'false', with a hint saying what it means for readers. */
export function CheckboxField({
  binding,
  label,
  hint,
}: {
  binding: FieldBinding;
  label: string;
  hint: string;
}) {
  const hintId = useId();
  const errorId = `${binding.id}-error`;
  return (
    <div className={binding.error ? 'field field--invalid' : 'field'}>
      <div className="radio-group__option">
        <input
          id={binding.id}
          type="checkbox"
          checked={binding.value === 'true'}
          aria-invalid={binding.error ? true : undefined}
          aria-describedby={binding.error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            binding.onChange(event.target.checked ? 'true' : 'false');
          }}
        />
        <label htmlFor={binding.id}>{label}</label>
      </div>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {binding.error ? (
        <p className="field__error" id={errorId}>
          {binding.error}
        </p>
      ) : null}
    </div>
  );
}

export function AnonymousCheckbox({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  return (
    <CheckboxField
      binding={binding}
      label={t('clinicalCase.anonymous')}
      hint={t('clinicalCase.anonymousHint')}
    />
  );
}
