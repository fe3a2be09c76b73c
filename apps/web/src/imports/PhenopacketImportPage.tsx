// /cases/import: a member turns a GA4GH Phenopacket (v2 JSON) into a draft patient case. The file
// is read and checked in the browser first, a preview says what will be imported, and the draft
// opens in the questionnaire wizard to be completed and published.
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignedIn } from '../accounts/SignedIn';
import { ApiProblem } from '../api/client';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { usePageTitle } from '../feedback/usePageTitle';
import { FormAlert } from '../forms/FormAlert';
import type { FormAlertState } from '../forms/useSchemaForm';
import { formatFileSize } from '../i18n/format';
import { useImportPhenopacket } from './importQueries';
import { PHENOPACKET_MAX_BYTES, readPacketFile } from './phenopacketFile';
import type { PacketReading } from './phenopacketFile';
import { PacketPreviewView } from './PacketPreviewView';

export function PhenopacketImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('phenopacket.heading'));
  return (
    <section className="page page--narrow">
      <h1>{t('phenopacket.heading')}</h1>
      <p className="page__lead">{t('phenopacket.lead')}</p>
      <SignedIn signInPrompt={t('phenopacket.signInPrompt')}>{() => <ImportForm />}</SignedIn>
    </section>
  );
}

type Choice =
  | { kind: 'none' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'ready'; reading: Extract<PacketReading, { kind: 'read' }> };

function ImportForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const importPacket = useImportPhenopacket();
  const inputId = useId();
  const keepId = useId();
  const keepHintId = useId();
  const [choice, setChoice] = useState<Choice>({ kind: 'none' });
  const [keepOutcome, setKeepOutcome] = useState(false);
  const [alert, setAlert] = useState<FormAlertState | null>(null);
  const language = i18n.resolvedLanguage ?? 'en';

  const refusal = (reading: Exclude<PacketReading, { kind: 'read' }>, file: File): string => {
    const name = file.name;
    switch (reading.kind) {
      case 'too-large':
        return t('phenopacket.tooLarge', {
          name,
          size: formatFileSize(file.size, language),
          maximum: formatFileSize(PHENOPACKET_MAX_BYTES, language),
        });
      case 'empty':
        return t('phenopacket.empty', { name });
      case 'not-json':
        return t('phenopacket.notJson', { name });
      case 'not-phenopacket':
        return t('phenopacket.notPhenopacket', { name, detail: reading.detail });
    }
  };

  const choose = async (file: File | undefined): Promise<void> => {
    setAlert(null);
    importPacket.reset();
    if (file === undefined) {
      setChoice({ kind: 'none' });
      return;
    }
    setChoice({ kind: 'reading' });
    try {
      const reading = await readPacketFile(file);
      setChoice(
        reading.kind === 'read'
          ? { kind: 'ready', reading }
          : { kind: 'refused', message: refusal(reading, file) },
      );
    } catch {
      setChoice({ kind: 'refused', message: t('phenopacket.unreadable', { name: file.name }) });
    }
  };

  const error = choice.kind === 'refused' ? choice.message : null;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (choice.kind !== 'ready') return;
        setAlert(null);
        importPacket.mutate(
          { packet: choice.reading.packet, keepOutcome },
          {
            onSuccess: (draft) => {
              void navigate(`/cases/${draft.id}/edit`);
            },
            onError: (failure) => {
              setAlert(
                failure instanceof ApiProblem
                  ? {
                      kind: 'problem',
                      detail: failure.problem.detail,
                      otherErrors: (failure.problem.errors ?? []).map((item) => item.message),
                    }
                  : { kind: 'unexpected' },
              );
            },
          },
        );
      }}
    >
      <FormAlert alert={alert} />
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={inputId}>
          {t('phenopacket.file')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('phenopacket.fileHint', { maximum: formatFileSize(PHENOPACKET_MAX_BYTES, language) })}
        </p>
        <input
          id={inputId}
          className="field__control field__control--file"
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            void choose(event.target.files?.[0]);
          }}
        />
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {choice.kind === 'reading' ? <LoadingStatus message={t('phenopacket.reading')} /> : null}
      {choice.kind === 'ready' ? (
        <>
          <PacketPreviewView preview={choice.reading.preview} />
          <p className="privacy-reminder">{t('phenopacket.diagnosesHidden')}</p>
          {choice.reading.preview.diagnoses > 0 ? (
            <div className="field">
              <div className="radio-group__option">
                <input
                  id={keepId}
                  type="checkbox"
                  checked={keepOutcome}
                  aria-describedby={keepHintId}
                  onChange={(event) => {
                    setKeepOutcome(event.target.checked);
                  }}
                />
                <label htmlFor={keepId}>{t('phenopacket.keepOutcome')}</label>
              </div>
              <p className="field__hint" id={keepHintId}>
                {t('phenopacket.keepOutcomeHint')}
              </p>
            </div>
          ) : null}
          <div className="form__actions">
            <button type="submit" className="button" disabled={importPacket.isPending}>
              {importPacket.isPending ? t('phenopacket.importing') : t('phenopacket.submit')}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
