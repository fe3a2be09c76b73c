// "Apply for verification": a new application of a kind the member may apply for, and what
// became of the last one sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CREDENTIAL_KINDS } from '@consilium/api';
import type { CredentialKind, MyCredentials } from '@consilium/api';
import { formatDate } from '../i18n/format';
import { ApplicationForm } from './ApplicationForm';
import type { SendOutcome } from './ApplicationForm';
import { emptyApplication } from './applicationValues';
import { useApplyForCredential } from './credentialQueries';

/** Why a kind cannot be applied for now, from what the member's applications show. */
function reasonsWhyNot(t: TFunction, mine: MyCredentials, language: string) {
  const reasonFor = (kind: CredentialKind): string => {
    const ofKind = mine.items.filter((item) => item.kind === kind);
    if (ofKind.some((item) => item.status === 'pending' || item.status === 'needs-info'))
      return t('application.cannotApplyUnderReview');
    const valid = ofKind.find((item) => item.status === 'approved' && item.expiresAt !== null);
    if (valid?.expiresAt)
      return t('application.cannotApplyVerified', {
        date: formatDate(new Date(valid.expiresAt), language),
      });
    return t('application.cannotApply');
  };
  return Object.fromEntries(CREDENTIAL_KINDS.map((kind) => [kind, reasonFor(kind)])) as Record<
    CredentialKind,
    string
  >;
}

export function ApplySection({ mine, country }: { mine: MyCredentials; country: string | null }) {
  const { t, i18n } = useTranslation();
  const apply = useApplyForCredential();
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const firstKind: CredentialKind =
    !mine.canApply.professional && mine.canApply.student ? 'student' : 'professional';
  const reasons = reasonsWhyNot(t, mine, i18n.resolvedLanguage ?? 'en');

  return (
    <section className="settings__section" aria-labelledby="verification-apply">
      <h2 id="verification-apply">{t('application.heading')}</h2>
      <p className="settings__lead">{t('application.lead')}</p>
      <div role="status">{outcome ? <OutcomeNotice outcome={outcome} /> : null}</div>
      <ApplicationForm
        key={round}
        initialValues={emptyApplication(firstKind, country)}
        kindChoice={{ canApply: mine.canApply, reasons }}
        submitLabel={t('application.submit')}
        offersEvidence
        save={apply.mutateAsync}
        onSent={(sent) => {
          setOutcome(sent);
          setRound((current) => current + 1);
        }}
      />
    </section>
  );
}

export function OutcomeNotice({ outcome }: { outcome: SendOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'evidenceFailed')
    return (
      <p className="notice notice--problem">
        {t('application.evidenceFailed', { detail: outcome.detail })}
      </p>
    );
  return (
    <p className="notice notice--success">
      {outcome.withEvidence ? t('application.sentWithEvidence') : t('application.sent')}
    </p>
  );
}
