// Which page answers which address.
import { Route, Routes } from 'react-router';
import { RegisterPage } from './accounts/RegisterPage';
import { SignInPage } from './accounts/SignInPage';
import { CaseFeedPage } from './cases/CaseFeedPage';
import { CasePage } from './cases/CasePage';
import { NewCasePage } from './cases/NewCasePage';
import { NotFoundPage } from './shell/NotFoundPage';
import { Shell } from './shell/Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<CaseFeedPage />} />
        <Route path="cases/new" element={<NewCasePage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
