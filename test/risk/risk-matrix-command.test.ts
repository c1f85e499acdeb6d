import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

describe('mlscan risk-matrix', () => {
  let stdout: string;
  let dir: string;
  beforeEach(() => {
    stdout = '';
    dir = mkdtempSync(join(tmpdir(), 'mlscan-risk-'));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the default matrix, the tiers, the attack types and what each rule enables', async () => {
    expect(await main(['risk-matrix'])).toBe(0);
    expect(stdout).toMatch(/critical\s+\+1\s+\+1\s+0\n/);
    expect(stdout).toContain('at most 1;');
    expect(stdout).toMatch(/poisoning\s+low\s+high\s+low/);
    expect(stdout).toMatch(/exposure\/endpoint-public-network-access\s+extraction, evasion, inference, inversion/);
    expect(stdout).toMatch(/logging\/endpoint-data-capture-disabled\s+\(none directly\)/);
  });

  it('reads the risk section of a config file, validated, and prints it as JSON', async () => {
    const file = join(dir, 'mlscan.yaml');
    writeFileSync(file, 'risk:\n  maxSteps: 2\n  matrix:\n    high:\n      medium: 2\n');
    expect(await main(['risk-matrix', '--config', file, '--json'])).toBe(0);
    const printed = JSON.parse(stdout) as { maxSteps: number; steps: Record<string, Record<string, number>> };
    expect(printed.maxSteps).toBe(2);
    expect(printed.steps['high']!['medium']).toBe(2);
    writeFileSync(file, 'risk:\n  matrix:\n    high:\n      normal: 1\n');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['risk-matrix', '--config', file])).toBe(2);
  });
});
