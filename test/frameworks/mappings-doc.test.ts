import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/frameworks/index.js';
import { MAPPINGS_FILE, mappingsMarkdown } from '../../src/frameworks/mappings-doc.js';
import { packageRoot } from '../../src/package-root.js';

describe('the mapping table (src/frameworks/MAPPINGS.md)', () => {
  it('is the one generated from the packs (regenerate: npm run schemas)', () => {
    const committed = readFileSync(join(packageRoot(), MAPPINGS_FILE), 'utf8');
    expect(committed).toBe(mappingsMarkdown());
  });

  it('lists every mapping of every pack with its justification, once', () => {
    const text = mappingsMarkdown();
    for (const pack of FRAMEWORKS) {
      for (const [rule, mapped] of Object.entries(pack.mapping)) {
        for (const [id] of mapped) expect(text, `${pack.id} ${rule} ${id}`).toContain(`| \`${rule}\` | ${id} `);
        for (const [, why] of mapped) expect(text).toContain(why.replace(/\|/g, '\\|'));
      }
    }
  });

  it('is linked from the README and rules/README.md', () => {
    for (const file of ['README.md', join('rules', 'README.md')]) {
      expect(readFileSync(join(packageRoot(), file), 'utf8'), file).toContain('src/frameworks/MAPPINGS.md');
    }
  });
});
