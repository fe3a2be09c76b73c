// Filling in an application (a new one, or one a moderator asked to correct), then uploading its
// evidence file. If the upload fails the application stands; the outcome says so.
import { useId, useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDENTIAL_KINDS } from '@consilium/api';
import type { CredentialKind, CredentialView, MyCredentials } from '@consilium/api';
import { describeFailure } from '../feedback/ProblemNotice';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { useSchemaForm } from '../forms/useSchemaForm';
import { ProfessionalFields, StudentFields } from './ApplicationFields';
import { applicationSchema } from './applicationValues';
import type { ApplicationValues, SaveApplication } from './applicationValues';
import { useAttachEvidence } from './credentialQueries';
import { EvidenceField, UploadProgress, useEvidenceChoice } from './EvidenceField';

export type SendOutcome =
  { kind: 'sent'; withEvidence: boolean } | { kind: 'evidenceFailed'; detail: string };

/** Which kinds a new application may be, and why not, for the kinds it may not. */
export interface KindChoice {
  canApply: MyCredentials['canApply'];
  reasons: Record<CredentialKind, string>;
}

export interface ApplicationFormProps {
  initialValues: ApplicationValues;
  /** Null when the kind is fixed (answering a moderator). */
  kindChoice: KindChoice | null;
  submitLabel: string;
  /** Offer the evidence file here (a new application); otherwise it is attached on its own. */
  offersEvidence: boolean;
  save: SaveApplication;
  onSent: (outcome: SendOutcome) => void;
}

export function ApplicationForm(props: ApplicationFormProps) {
  const { initialValues, kindChoice, submitLabel, offersEvidence, save, onSent } = props;
  const { t } = useTranslation();
  const idPrefix = useId();
  const fieldNames = useMemo(
    () => ({
      kind: t('application.kindLegend'),
      profession: t('application.profession'),
      specialties: t('application.specialties'),
      licenceNumber: t('application.licenceNumber'),
      issuingAuthority: t('application.issuingAuthority'),
      program: t('application.program'),
      school: t('application.school'),
      studentId: t('application.studentId'),
      expectedGraduationYear: t('application.expectedGraduationYear'),
      country: t('fields.country'),
      note: t('application.note'),
    }),
    [t],
  );
  const form = useSchemaForm({ schema: applicationSchema, initialValues, fieldNames });
  const evidence = useEvidenceChoice();
  const attach = useAttachEvidence();
  const [isSaving, setIsSaving] = useState(false);
  const isBusy = isSaving || attach.mutation.isPending;
  const kind: CredentialKind = form.values.kind === 'student' ? 'student' : 'professional';
  // While sending, the member's list refreshes and may no longer allow this kind: keep the form.
  const refusal =
    kindChoice === null || kindChoice.canApply[kind] || isBusy ? null : kindChoice.reasons[kind];
  const evidenceId = `${idPrefix}-evidence`;
  const reasonId = `${idPrefix}-reason`;

  const send = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const body = form.validate();
    if (body === null) return;
    if (evidence.choice.error !== null) {
      document.getElementById(evidenceId)?.focus();
      return;
    }
    setIsSaving(true);
    let saved: CredentialView;
    try {
      saved = await save(body);
    } catch (error) {
      form.showFailure(error);
      return;
    } finally {
      setIsSaving(false);
    }
    const file = evidence.choice.file;
    if (file === null) {
      onSent({ kind: 'sent', withEvidence: false });
      return;
    }
    try {
      await attach.mutation.mutateAsync({ credentialId: saved.id, file });
      onSent({ kind: 'sent', withEvidence: true });
    } catch (error) {
      onSent({ kind: 'evidenceFailed', detail: describeFailure(error, t) });
    }
  };

  return (
    <form
      className="form application-form"
      noValidate
      onSubmit={(event) => {
        void send(event);
      }}
    >
      <FormAlert alert={form.alert} />
      {kindChoice === null ? null : (
        <KindRadios
          name={`${idPrefix}-kind`}
          value={kind}
          disabled={isBusy}
          onChange={form.bind('kind').onChange}
        />
      )}
      {refusal !== null ? (
        <p className="notice" id={reasonId}>
          {refusal}
        </p>
      ) : (
        <>
          {kind === 'professional' ? (
            <ProfessionalFields bind={form.bind} />
          ) : (
            <StudentFields bind={form.bind} />
          )}
          <TextField
            {...form.bind('note')}
            label={t('application.noteOptional')}
            hint={t('application.noteHint')}
            multiline
            rows={3}
          />
          {offersEvidence ? (
            <EvidenceField
              id={evidenceId}
              label={t('application.evidence')}
              hint={t('application.evidenceHint')}
              error={evidence.choice.error}
              onChoose={evidence.choose}
              disabled={isBusy}
            />
          ) : null}
        </>
      )}
      {attach.mutation.isPending ? <UploadProgress share={attach.progress} /> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={isBusy || refusal !== null}
          aria-describedby={refusal === null ? undefined : reasonId}
        >
          {isBusy ? t('application.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}

function KindRadios({
  name,
  value,
  disabled,
  onChange,
}: {
  name: string;
  value: CredentialKind;
  disabled: boolean;
  onChange: (kind: CredentialKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{t('application.kindLegend')}</legend>
      {CREDENTIAL_KINDS.map((kind) => (
        <div key={kind} className="radio-group__option">
          <input
            id={`${name}-${kind}`}
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            disabled={disabled}
            onChange={() => {
              onChange(kind);
            }}
          />
          <label htmlFor={`${name}-${kind}`}>{t(`application.kinds.${kind}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
