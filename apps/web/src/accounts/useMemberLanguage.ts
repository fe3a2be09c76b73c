// A member's chosen language follows them: when the signed-in member's language differs from
// the one the app opened in, the app switches to it — once per member and choice, so the
// header's language switcher still works for the rest of the visit.
import { useEffect, useRef } from 'react';
import { currentLanguage, switchLanguage } from '../i18n/i18n';
import { useSession } from './session';

export function useMemberLanguage(): void {
  const member = useSession().data?.member ?? null;
  const adopted = useRef<string | null>(null);
  const choice = member === null ? null : `${member.id}:${member.language}`;
  const language = member?.language ?? null;

  useEffect(() => {
    if (choice === null || language === null || adopted.current === choice) return;
    adopted.current = choice;
    if (language !== currentLanguage()) void switchLanguage(language);
  }, [choice, language]);
}
