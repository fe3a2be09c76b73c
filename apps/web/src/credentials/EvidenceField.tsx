// The evidence file input: refuses a file of the wrong type or size at once, before any upload,
// and says why in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../i18n/format';
import { EVIDENCE_ACCEPT, refuseEvidenceFile } from './evidenceFile';

/** The chosen file, or why the last one was refused. */
export interface EvidenceChoice {
  file: File | null;
  error: string | null;
}

export const NO_EVIDENCE: EvidenceChoice = { file: null, error: null };

export function useEvidenceChoice() {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<EvidenceChoice>(NO_EVIDENCE);
  const choose = (file: File | null): boolean => {
    if (file === null) {
      setChoice(NO_EVIDENCE);
      return true;
    }
    const refusal = refuseEvidenceFile(file);
    const size = formatFileSize(file.size, i18n.resolvedLanguage ?? 'en');
    switch (refusal) {
      case null:
        setChoice({ file, error: null });
        return true;
      case 'wrong-type':
        setChoice({ file: null, error: t('evidence.wrongType', { name: file.name }) });
        return false;
      case 'too-large':
        setChoice({ file: null, error: t('evidence.tooLarge', { name: file.name, size }) });
        return false;
      case 'empty':
        setChoice({ file: null, error: t('evidence.empty', { name: file.name }) });
        return false;
    }
  };
  return { choice, choose };
}

export interface EvidenceFieldProps {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  onChoose: (file: File | null) => boolean;
  disabled?: boolean;
}

export function EvidenceField({ id, label, hint, error, onChoose, disabled }: EvidenceFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      <input
        id={id}
        name={id}
        className="field__control field__control--file"
        type="file"
        accept={EVIDENCE_ACCEPT}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const accepted = onChoose(event.target.files?.[0] ?? null);
          // A refused file must not stay selected, or it would look chosen.
          if (!accepted) event.target.value = '';
        }}
      />
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** How far an upload has got: a percentage when the browser knows, otherwise just "Uploading…". */
export function UploadProgress({ share }: { share: number | null }) {
  const { t } = useTranslation();
  const percent = share === null ? null : Math.round(share * 100);
  return (
    <div className="upload-progress">
      <progress
        className="upload-progress__bar"
        max={100}
        value={percent ?? undefined}
        aria-label={t('evidence.progressLabel')}
      />
      <p className="upload-progress__text" role="status">
        {percent === null ? t('evidence.uploading') : t('evidence.uploadingPercent', { percent })}
      </p>
    </div>
  );
}
