/**
 * Generates MAPPINGS.md, the table of every rule → control mapping of the registered framework packs
 * with its one-line justification, from the packs themselves. Run after changing a pack's mapping or
 * a control: `npm run schemas`. test/frameworks/mappings-doc.test.ts fails while the committed file is stale.
 */
import { join } from 'node:path';
import { writeIfMain } from '../files/json-schema.js';
import { FRAMEWORKS } from './registry.js';
import type { FrameworkPack } from './types.js';

export const MAPPINGS_FILE = join('src', 'frameworks', 'MAPPINGS.md');

const MODE: Record<string, string> = {
  automated: 'cloud evidence',
  attestation: 'attestation',
  both: 'cloud evidence and attestation',
};

/** The Markdown text exactly as committed. */
export function mappingsMarkdown(packs: readonly FrameworkPack[] = FRAMEWORKS): string {
  const out: string[] = [
    '# Rule → control mappings',
    '',
    '<!-- Generated from src/frameworks/packs/*.ts by src/frameworks/mappings-doc.ts (`npm run schemas`). Do not edit. -->',
    '',
    'Which framework controls each rule gives evidence for, and why: each justification was written against the',
    'control’s own sentence in the source document (seeds/000 “Control:”, the A-MLSG identifier’s text, the ATLAS',
    'mitigation), not its guidance alone. A rule without a control that fits honestly is left unmapped in that framework.',
    'The gap analysis counts a rule’s findings only against the controls listed here.',
    '',
  ];
  for (const pack of packs) {
    const titles = new Map(pack.controls.map((c) => [c.id, c.title]));
    const rows = Object.keys(pack.mapping)
      .sort()
      .flatMap((rule) => pack.mapping[rule]!.map(([id, why]) => `| \`${rule}\` | ${id} ${cell(titles.get(id) ?? '')} | ${cell(why)} |`));
    const mapped = new Set(Object.values(pack.mapping).flatMap((m) => m.map(([id]) => id)));
    out.push(`## ${pack.name} (\`${pack.id}\`)`, '', `Source: ${pack.source}. ${rows.length} mappings of ${Object.keys(pack.mapping).length} rules.`, '');
    out.push('| control | title | what it asks (our words) | assessed by | rules |', '| --- | --- | --- | --- | --- |');
    for (const c of pack.controls) {
      const n = Object.values(pack.mapping).filter((m) => m.some(([id]) => id === c.id)).length;
      out.push(`| ${c.id} | ${cell(c.title)} | ${cell(c.statement)} | ${MODE[c.assessment]} | ${mapped.has(c.id) ? n : '—'} |`);
    }
    out.push('', '| rule | control | justification |', '| --- | --- | --- |', ...rows, '');
  }
  return `${out.join('\n')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

writeIfMain(import.meta.url, [{ file: MAPPINGS_FILE, text: () => mappingsMarkdown() }]);
