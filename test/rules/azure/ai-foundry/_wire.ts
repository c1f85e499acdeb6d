// AI Foundry rule-test assets from the recorded hub, project and hub connection (test/fixtures/wire/azure/machine-learning/).
import type { Asset, Edge } from '../../../../src/model/index.js';
import { armWireAsset } from '../../../support/wire-assets.js';

/** The recorded hub hub-fraud (private, managed network), patched. */
export const hub = (patch: Record<string, unknown> = {}): Asset => armWireAsset('machine-learning/workspaces', 'machine-learning/hub-workspace.json', patch);
/** The recorded project proj-fraud-assistant of hub-fraud, patched. */
export const project = (patch: Record<string, unknown> = {}): Asset => armWireAsset('machine-learning/workspaces', 'machine-learning/project-workspace.json', patch);
/** The recorded hub connection aoai-fraud (ApiKey, shared to all projects), patched. */
export const hubConnection = (patch: Record<string, unknown> = {}): Asset => armWireAsset('machine-learning/connections', 'machine-learning/hub-connection.json', patch);

export const contains = (from: Asset, to: Asset): Edge => ({ from: from.id, to: to.id, kind: 'contains' });
