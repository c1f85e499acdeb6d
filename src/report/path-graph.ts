import type { PathGraph, PathStep } from './view-model-types.js';

/** Geometry of the inline SVG path graphs (templates/partials/path-graph.hbs). */
const NODE_WIDTH = 150;
const NODE_HEIGHT = 40;
const GAP = 28;
const NAME_MAX_CHARS = 18;

function short(text: string): string {
  return text.length > NAME_MAX_CHARS ? `${text.slice(0, NAME_MAX_CHARS - 1)}…` : text;
}

/**
 * A toxic or lineage path (public endpoint → model → training data) as boxes joined by arrows,
 * laid out here so the template only places them; undefined for a path of fewer than two steps.
 * The SVG needs no script and carries its text alternative in `label`.
 */
export function pathGraph(steps: readonly PathStep[]): PathGraph | undefined {
  if (steps.length < 2) return undefined;
  const nodes = steps.map((step, i) => {
    const x = i * (NODE_WIDTH + GAP) + 1;
    return {
      x,
      y: 1,
      width: NODE_WIDTH,
      textX: x + NODE_WIDTH / 2,
      textY: 17,
      name: short(step.name),
      fullName: step.name,
      kind: step.kind || 'outside the scan',
      anchor: step.anchor,
    };
  });
  const y = 1 + NODE_HEIGHT / 2;
  const arrows = nodes.slice(1).map((node) => {
    const x2 = node.x - 2;
    return { x1: node.x - GAP + 2, x2: x2 - 6, y, head: `${x2},${y} ${x2 - 7},${y - 4} ${x2 - 7},${y + 4}` };
  });
  return {
    width: steps.length * (NODE_WIDTH + GAP) - GAP + 2,
    height: NODE_HEIGHT + 2,
    label: `Path: ${steps.map((s) => (s.kind ? `${s.name} (${s.kind})` : s.name)).join(' → ')}`,
    nodes,
    arrows,
  };
}
