// What the Azure ML collectors share: the resource provider, the parent workspace, identity and single edges.
import type { EdgeKind } from '../../../src/model/index.js';
import { idPart, resourceGroupOf, userAssignedIdentities, type ArmResource } from '../arm.js';
import type { EdgeSpec, ListContext } from '../collector.js';

export const ML = 'Microsoft.MachineLearningServices';
export const WS = `${ML}/workspaces`;
/** Name of the workspace collector, the parent of every collector that lists inside a workspace. */
export const WORKSPACES = 'machine-learning/workspaces';

/** Resource group and workspace name of the parent record (a workspace or anything below one). */
export function inWorkspace(ctx: ListContext): { rg: string; ws: string } {
  const id = ctx.parent!.id;
  return { rg: resourceGroupOf(id)!, ws: idPart(id, 'workspaces')! };
}

export function identityEdges(raw: ArmResource): EdgeSpec[] {
  return userAssignedIdentities(raw).map((to) => ({ kind: 'assumes' as const, to }));
}

export function edge(kind: EdgeKind, to: string | undefined): EdgeSpec[] {
  return to ? [{ kind, to }] : [];
}
