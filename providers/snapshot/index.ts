export { SNAPSHOT_SCHEMA_VERSION, SnapshotSchema, referenceProblems, type Snapshot, type SnapshotInput, type SnapshotProblem } from './schema.js';
export { createSnapshotSource, loadSnapshot, readSnapshot, toInventory } from './load.js';
export { serialiseSnapshot, snapshotChunks, toSnapshot, writeSnapshot, type SnapshotMeta } from './write.js';
