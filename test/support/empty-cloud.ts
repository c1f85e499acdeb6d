import { afterEach, vi } from 'vitest';
import { z } from 'zod';
import { providerPlugins } from '../../providers/index.js';
import type { ProviderPlugin } from '../../src/scan/provider-plugin.js';

/** A live provider whose scope holds nothing (a wrong region, an empty subscription): `--gcp`. */
export const emptyCloud: ProviderPlugin = {
  id: 'gcp',
  title: 'Google Cloud',
  readme: 'providers/gcp/README.md',
  options: z.object({}).strict(),
  flags: [{ flag: '--gcp', description: 'scan Google Cloud live' }],
  createSource: async () => ({ name: 'gcp', collect: async () => ({ assets: [], edges: [], gaps: [] }) }),
};

/** The registered providers and the empty one, for `main(argv, { providers })`. */
export const providersWithEmptyCloud: readonly ProviderPlugin[] = [...providerPlugins, emptyCloud];

/** Captures what the CLI writes on stderr until `vi.restoreAllMocks()`. */
export function captureStderr(): () => string {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return () => stderr;
}

/** After each test: stderr released and the exit code `main` left reset. */
export function resetCliAfterEach(): void {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });
}
