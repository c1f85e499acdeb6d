export * from './graph.js';
export * from './coverage.js';
