import type { FrameworkPack } from '../../src/frameworks/index.js';

/** A made-up framework, as small as a pack gets: what test/frameworks/registry.test.ts registers. */
export const TOY_PACK: FrameworkPack = {
  id: 'toy',
  name: 'Toy framework',
  source: 'test/frameworks/toy-pack.ts',
  version: '1',
  controlIdPattern: /^TOY-\d+$/,
  controls: [
    { id: 'TOY-1', title: 'Compute has no public IP', area: 'Network', statement: 'Compute is reachable only from private networks.', assessment: 'automated' },
    { id: 'TOY-2', title: 'Incident playbook', area: 'Operations', statement: 'A playbook says who responds to an ML incident.', assessment: 'attestation' },
  ],
  mapping: {
    'exposure/compute-public-ip': [['TOY-1', 'A public IP on compute is what TOY-1 forbids.']],
  },
};
