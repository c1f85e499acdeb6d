import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-pack-');
const ROOT = packageRoot();

interface PackResult {
  files: { path: string }[];
}

/** What `npm pack` would put in the tarball (`--dry-run --json`: nothing is written). */
function packedFiles(cwd: string, ignoreScripts: boolean): string[] {
  const args = ['pack', '--dry-run', '--json', ...(ignoreScripts ? ['--ignore-scripts'] : [])];
  const out = execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'silent' } });
  return (JSON.parse(out) as PackResult[])[0]!.files.map((f) => f.path);
}

function readManifest(): { license: string; files: string[]; scripts: Record<string, string> } {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as ReturnType<typeof readManifest>;
}

/** Repository files the README names: its relative links and the README / .md paths it mentions. */
function docsTheReadmeNames(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const named = new Set<string>();
  for (const m of readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)) named.add(m[1]!);
  for (const m of readme.matchAll(/\b((?:src|providers|rules|templates)\/[\w./-]+\.md)\b/g)) named.add(m[1]!);
  return [...named].filter((path) => existsSync(join(ROOT, path))).sort();
}

describe('the npm package', () => {
  // Scripts are not run here: `prepare` would rebuild dist/ in a checkout others share.
  const files = packedFiles(ROOT, true);
  const packed = new Set(files);

  it('carries every document the README links to or names', () => {
    const docs = docsTheReadmeNames();
    expect(docs).toEqual(expect.arrayContaining(['src/frameworks/MAPPINGS.md', 'providers/aws/README.md', 'rules/README.md']));
    expect(docs.filter((path) => !packed.has(path))).toEqual([]);
  });

  it('ships no dangling source map: each map beside its script, with the sources inline', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.filter((map) => !packed.has(map.slice(0, -'.map'.length)))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !packed.has(`${f}.map`))).toEqual([]);
    // A map of a source deleted since the last build is a stale artefact of this checkout: `prepare`
    // (which npm runs before packing) empties dist/ first, so it never reaches the tarball.
    expect(readManifest().scripts.prepare).toMatch(/^npm run clean && /);
    const current = maps.filter((map) => existsSync(join(ROOT, `${map.slice('dist/'.length, -'.js.map'.length)}.ts`)));
    expect(current.length).toBeGreaterThan(0);
    for (const map of current.filter((_, i) => i % 25 === 0)) {
      const parsed = JSON.parse(readFileSync(join(ROOT, map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(parsed.sourcesContent?.length, map).toBe(parsed.sources.length);
      expect(parsed.sourcesContent!.every((s) => typeof s === 'string' && s.length > 0), map).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('dist/test/'))).toEqual([]);
  });

  it('writes LICENSE (Apache-2.0) at pack time and removes it afterwards, through npm\'s own prepack and postpack', () => {
    // The top level of the repository holds no LICENSE; the package gets one from templates/LICENSE.
    const dir = tempDir();
    mkdirSync(join(dir, 'templates'));
    copyFileSync(join(ROOT, 'templates/LICENSE'), join(dir, 'templates/LICENSE'));
    copyFileSync(join(ROOT, 'README.md'), join(dir, 'README.md'));
    const manifest = readManifest();
    delete manifest.scripts.prepare; // the build is not what this test is about
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, files: ['README.md'] }));

    expect(manifest.license).toBe('Apache-2.0');
    expect(packedFiles(dir, false)).toContain('LICENSE');
    expect(existsSync(join(dir, 'LICENSE'))).toBe(false);
    const license = readFileSync(join(ROOT, 'templates/LICENSE'), 'utf8');
    expect(license).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(license).toContain('END OF TERMS AND CONDITIONS');
  });
});
