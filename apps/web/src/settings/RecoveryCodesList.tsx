// The recovery codes, shown once right after they are made, with a way to save them to a file.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`${codes.join('\n')}\n`)}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="two-factor__codes" role="group" aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        {t('twoFactor.codesHeading')}
      </h3>
      <p>{t('twoFactor.codesLead')}</p>
      <ul className="two-factor__code-list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <a className="button button--secondary" href={file} download="consilium-recovery-codes.txt">
          {t('twoFactor.download')}
        </a>
        <button type="button" className="button" onClick={onDone}>
          {t('twoFactor.codesDone')}
        </button>
      </div>
    </div>
  );
}
