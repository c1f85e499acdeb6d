export { openHistory } from './store.js';
export { APPLICATION_ID, SCHEMA_VERSION } from './schema.js';
export type { HistoryStore, Retention, ScanSummary, TrendPoint } from './types.js';
