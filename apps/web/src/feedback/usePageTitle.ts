// Names the browser tab after the page, so the history list and screen readers can tell pages apart.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? t('app.pageTitle', { page: pageTitle, app: appName }) : appName;
  }, [pageTitle, appName, t]);
}
