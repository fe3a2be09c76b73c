// A one-time notice carried to the next page in the router's history state — "Your password
// was changed" on the home page after a reset — so it disappears on reload or going back.
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const FLASH_NOTICES = [
  'passwordReset',
  'signedOutEverywhere',
  'sessionEnded',
  'accountDeleted',
  'draftSaved',
  'caseEdited',
] as const;
export type FlashNoticeKind = (typeof FLASH_NOTICES)[number];

/** Router state that shows `kind` on the page navigated to. */
export function withFlashNotice(kind: FlashNoticeKind): { flashNotice: FlashNoticeKind } {
  return { flashNotice: kind };
}

function flashNoticeOf(state: unknown): FlashNoticeKind | null {
  if (typeof state !== 'object' || state === null || !('flashNotice' in state)) return null;
  const kind = state.flashNotice;
  return FLASH_NOTICES.find((known) => known === kind) ?? null;
}

export function FlashNotice() {
  const { t } = useTranslation();
  const kind = flashNoticeOf(useLocation().state);
  if (kind === null) return null;
  let message: string;
  switch (kind) {
    case 'passwordReset':
      message = t('notices.passwordReset');
      break;
    case 'signedOutEverywhere':
      message = t('notices.signedOutEverywhere');
      break;
    case 'sessionEnded':
      message = t('notices.sessionEnded');
      break;
    case 'accountDeleted':
      message = t('notices.accountDeleted');
      break;
    case 'draftSaved':
      message = t('notices.draftSaved');
      break;
    case 'caseEdited':
      message = t('notices.caseEdited');
      break;
  }
  return (
    <div className="notice notice--success flash-notice" role="status">
      <p>{message}</p>
    </div>
  );
}
