// Public contract of the Consilium HTTP API.
export * from './route.js';
export * from './problem.js';
export * from './health.js';
export * from './accounts.js';
export * from './cases.js';
export * from './questionnaire.js';
export * from './suggestions.js';
export * from './profiles.js';
export * from './two-factor.js';
export * from './credentials.js';
export * from './comments.js';
export * from './search.js';
export * from './engagement.js';
export * from './case-study.js';
export * from './notifications.js';
export * from './vocabulary.js';
export * from './phenopackets.js';
export * from './rewards.js';
export * from './outcomes.js';

import { accountRoutes } from './accounts.js';
import { caseRoutes } from './cases.js';
import { caseStudyRoutes } from './case-study.js';
import { commentRoutes } from './comments.js';
import { engagementRoutes } from './engagement.js';
import { notificationRoutes } from './notifications.js';
import { outcomeRoutes } from './outcomes.js';
import { phenopacketRoutes } from './phenopackets.js';
import { rewardRoutes } from './rewards.js';
import { searchRoutes } from './search.js';
import { vocabularyRoutes } from './vocabulary.js';
import { credentialRoutes } from './credentials.js';
import { healthRoutes } from './health.js';
import { profileRoutes } from './profiles.js';
import { suggestionRoutes } from './suggestions.js';
import { twoFactorRoutes } from './two-factor.js';

/** Every route of the API, for the server to register and the client to call. */
export const routes = {
  health: healthRoutes,
  accounts: accountRoutes,
  cases: caseRoutes,
  suggestions: suggestionRoutes,
  profiles: profileRoutes,
  twoFactor: twoFactorRoutes,
  credentials: credentialRoutes,
  comments: commentRoutes,
  search: searchRoutes,
  engagement: engagementRoutes,
  caseStudy: caseStudyRoutes,
  notifications: notificationRoutes,
  vocabulary: vocabularyRoutes,
  phenopackets: phenopacketRoutes,
  rewards: rewardRoutes,
  outcomes: outcomeRoutes,
};
