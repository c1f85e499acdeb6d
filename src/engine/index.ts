export * from './define-rule.js';
export * from './engine.js';
export * from './selection.js';
export * from './sort.js';
export * from './data-tags.js';
export * from './fingerprint.js';
export { createContext, interpolate } from './context.js';
export type { GraphView, Lineage, ModelPath, PathQuery, Whereabouts } from '../graph/index.js';
export type * from '../model/index.js';
