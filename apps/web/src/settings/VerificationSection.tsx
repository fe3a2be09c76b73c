// Settings' "Verification": what it is, and the way to the page where members apply.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function VerificationSection() {
  const { t } = useTranslation();
  return (
    <section className="settings__section" aria-labelledby="settings-verification">
      <h2 id="settings-verification">{t('settings.verificationHeading')}</h2>
      <p className="settings__lead">{t('settings.verificationLead')}</p>
      <p>
        <Link to="/verification">{t('settings.verificationLink')}</Link>
      </p>
    </section>
  );
}
