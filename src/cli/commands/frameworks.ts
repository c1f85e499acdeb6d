import { Command } from 'commander';
import { FRAMEWORKS, mappedControls } from '../../frameworks/index.js';
import { ruleRegistry } from '../compose.js';
import { parseFrameworks } from '../parse.js';
import type { FrameworkId } from '../../model/index.js';
import { table } from './rules.js';

export function frameworksCommand(): Command {
  return new Command('frameworks')
    .description('List the framework catalogues, their controls, and the rules that give evidence for each')
    .option('--framework <list>', 'only these frameworks', parseFrameworks)
    .option('--json', 'print JSON instead of tables')
    .action((flags: { framework?: FrameworkId[]; json?: boolean }) => {
      const rules = ruleRegistry();
      const chosen = FRAMEWORKS.filter((f) => !flags.framework?.length || flags.framework.includes(f.id));
      const withRules = chosen.map((fw) => ({
        id: fw.id,
        name: fw.name,
        source: fw.source,
        controls: fw.controls.map((c) => ({
          id: c.id,
          title: c.title,
          assessment: c.assessment,
          rules: rules.filter((r) => mappedControls(fw, r.meta.id).includes(c.id)).map((r) => r.meta.id),
        })),
      }));
      if (flags.json) {
        process.stdout.write(JSON.stringify(withRules, null, 2) + '\n');
        return;
      }
      for (const fw of withRules) {
        process.stdout.write(`\n${fw.name} (${fw.id}; ${fw.source})\n`);
        process.stdout.write(
          table(
            ['CONTROL', 'ASSESSED BY', 'RULES', 'TITLE'],
            fw.controls.map((c) => [c.id, c.assessment, String(c.rules.length), c.title]),
          ),
        );
      }
    });
}
