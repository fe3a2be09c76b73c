// Pure domain rules of Consilium, shared by the server and the web app.
export * from './roles.js';
export * from './policy.js';
export * from './ranking.js';
export * from './countries.js';
export * from './specialties.js';
export * from './case-lifecycle.js';
export * from './trending.js';
export * from './aggregation.js';
export * from './rewards.js';
export * from './scoring.js';
export * from './reputation.js';
export * from './collusion.js';
