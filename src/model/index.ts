export * from './severity.js';
export * from './kinds.js';
export * from './facts.js';
export * from './asset.js';
export * from './finding.js';
export * from './scan-result.js';
