// Which page answers which address.
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from './accounts/ForgotPasswordPage';
import { RegisterPage } from './accounts/RegisterPage';
import { ResetPasswordPage } from './accounts/ResetPasswordPage';
import { SignInPage } from './accounts/SignInPage';
import { VerifyEmailPage } from './accounts/VerifyEmailPage';
import { CaseFeedPage } from './cases/CaseFeedPage';
import { CasePage } from './cases/CasePage';
import { MyCasesPage } from './cases/MyCasesPage';
import { ClinicalCasePage } from './cases/ClinicalCasePage';
import { EditCasePage } from './cases/EditCasePage';
import { NewCasePage } from './cases/NewCasePage';
import { ImagePostPage } from './image-posts/ImagePostPage';
import { PhenopacketImportPage } from './imports/PhenopacketImportPage';
import { VerificationPage } from './credentials/VerificationPage';
import { OutboxPage } from './dev/OutboxPage';
import { ReportPage } from './outcomes/ReportPage';
import { CollusionFlagsPage } from './moderation/CollusionFlagsPage';
import { CredentialQueuePage } from './moderation/CredentialQueuePage';
import { CredentialReviewPage } from './moderation/CredentialReviewPage';
import { ProfilePage } from './profiles/ProfilePage';
import { NewPatientCasePage } from './questionnaire/PatientCasePages';
import { ConfirmEmailPage } from './settings/ConfirmEmailPage';
import { SettingsPage } from './settings/SettingsPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { SearchPage } from './search/SearchPage';
import { NotFoundPage } from './shell/NotFoundPage';
import { Shell } from './shell/Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<CaseFeedPage />} />
        <Route path="cases/new" element={<NewCasePage />} />
        <Route path="cases/new/patient" element={<NewPatientCasePage />} />
        <Route path="cases/new/clinical" element={<ClinicalCasePage />} />
        <Route path="cases/new/image" element={<ImagePostPage />} />
        <Route path="cases/import" element={<PhenopacketImportPage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="cases/:caseId/edit" element={<EditCasePage />} />
        <Route path="cases/:caseId/report" element={<ReportPage />} />
        <Route path="my-cases" element={<MyCasesPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="confirm-email" element={<ConfirmEmailPage />} />
        <Route path="dev/outbox" element={<OutboxPage />} />
        <Route path="members/:handle" element={<ProfilePage />} />
        <Route path="verification" element={<VerificationPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="moderation/credentials" element={<CredentialQueuePage />} />
        <Route path="moderation/collusion" element={<CollusionFlagsPage />} />
        <Route path="moderation/credentials/:credentialId" element={<CredentialReviewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
