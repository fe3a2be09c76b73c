// Attaching (or replacing) the evidence file of an application already sent.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure } from '../feedback/ProblemNotice';
import { useAttachEvidence } from './credentialQueries';
import { EvidenceField, UploadProgress, useEvidenceChoice } from './EvidenceField';

export function AttachEvidenceForm({ credentialId }: { credentialId: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [round, setRound] = useState(0);
  const [missing, setMissing] = useState(false);
  const evidence = useEvidenceChoice();
  const attach = useAttachEvidence();
  const error = evidence.choice.error ?? (missing ? t('myCredentials.chooseFileFirst') : null);

  return (
    <form
      className="form attach-evidence"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const file = evidence.choice.file;
        if (file === null) {
          setMissing(evidence.choice.error === null);
          document.getElementById(fieldId)?.focus();
          return;
        }
        attach.mutation.mutate(
          { credentialId, file },
          {
            onSuccess: () => {
              evidence.choose(null);
              setRound((current) => current + 1);
            },
          },
        );
      }}
    >
      <EvidenceField
        key={round}
        id={fieldId}
        label={t('myCredentials.evidenceFile')}
        hint={t('application.evidenceHint')}
        error={error}
        onChoose={(file) => {
          setMissing(false);
          return evidence.choose(file);
        }}
        disabled={attach.mutation.isPending}
      />
      {attach.mutation.isPending ? <UploadProgress share={attach.progress} /> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--secondary"
          disabled={attach.mutation.isPending}
        >
          {attach.mutation.isPending ? t('myCredentials.attaching') : t('myCredentials.attach')}
        </button>
        <p className="form__status" role="status">
          {attach.mutation.isSuccess ? t('myCredentials.attached') : null}
        </p>
      </div>
      <p className="settings__error" role="alert">
        {attach.mutation.isError
          ? t('myCredentials.attachFailed', { detail: describeFailure(attach.mutation.error, t) })
          : null}
      </p>
    </form>
  );
}
