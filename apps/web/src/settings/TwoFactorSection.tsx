// Settings' "Two-factor sign-in": turn it on with an authenticator app, see the recovery codes
// once, get new ones, or turn it off.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSelf } from '@consilium/api';
import { RecoveryCodesList } from './RecoveryCodesList';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { RegenerateRecoveryCodes, TurnOffTwoFactor } from './TwoFactorManagement';

export function TwoFactorSection({ member }: { member: MemberSelf }) {
  const { t } = useTranslation();
  // Kept here, above the on/off switch, so the codes stay on screen when the session refreshes.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  let content;
  if (recoveryCodes !== null)
    content = (
      <RecoveryCodesList
        codes={recoveryCodes}
        onDone={() => {
          setRecoveryCodes(null);
        }}
      />
    );
  else if (member.twoFactorEnabled)
    content = (
      <>
        <RegenerateRecoveryCodes email={member.email} onCodes={setRecoveryCodes} />
        <TurnOffTwoFactor email={member.email} />
      </>
    );
  else content = <TwoFactorEnrolment email={member.email} onEnabled={setRecoveryCodes} />;

  return (
    <section className="settings__section" aria-labelledby="settings-two-factor">
      <h2 id="settings-two-factor">{t('twoFactor.heading')}</h2>
      <p className="settings__lead">{t('twoFactor.lead')}</p>
      <p className="two-factor__status" role="status">
        {member.twoFactorEnabled ? t('twoFactor.isOn') : t('twoFactor.isOff')}
      </p>
      {content}
    </section>
  );
}
