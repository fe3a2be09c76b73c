// The frame of every page: skip link, header with navigation and the search box, the main
// landmark and footer.
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMemberLanguage } from '../accounts/useMemberLanguage';
import { HeaderSearch } from '../search/HeaderSearch';
import { AccountNav } from './AccountNav';
import { FlashNotice } from './FlashNotice';
import { LanguageSwitcher } from './LanguageSwitcher';

function navClass({ isActive }: { isActive: boolean }): string {
  return isActive ? 'site-nav__link site-nav__link--active' : 'site-nav__link';
}

/** After a client-side navigation, move focus to the new page as a full page load would. */
function useFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}

export function Shell() {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigation();
  useMemberLanguage();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" to="/">
            {t('app.name')}
          </Link>
          <nav className="site-nav" aria-label={t('nav.main')}>
            <ul className="site-nav__list">
              <li>
                <NavLink className={navClass} to="/" end>
                  {t('nav.cases')}
                </NavLink>
              </li>
              <li>
                <NavLink className={navClass} to="/cases/new">
                  {t('nav.postCase')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <HeaderSearch />
          <AccountNav />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} ref={mainRef}>
        <FlashNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.disclaimer')}</p>
      </footer>
    </div>
  );
}
