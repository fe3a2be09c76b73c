// Shown for any address the app does not know, and for cases that do not exist.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../feedback/usePageTitle';

export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'case' }) {
  const { t } = useTranslation();
  const heading = what === 'case' ? t('notFound.caseHeading') : t('notFound.pageHeading');
  usePageTitle(heading);
  return (
    <section className="page page--narrow">
      <h1>{heading}</h1>
      <p>{what === 'case' ? t('notFound.caseBody') : t('notFound.pageBody')}</p>
      <p>
        <Link to="/">{t('notFound.backToCases')}</Link>
      </p>
    </section>
  );
}
