import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../package-root.js';

/** templates/ ships next to package.json, so this works from src/ under vitest and from dist/src/ once built. */
export function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

export function readTemplateFile(...parts: string[]): string {
  return readFileSync(join(templatesDir(), ...parts), 'utf8');
}

export interface CompileOptions {
  /**
   * Markdown turns HTML escaping off because its view model is already Markdown-escaped string
   * by string (see markdown.ts); HTML keeps Handlebars' escaping on.
   */
  noEscape?: boolean;
  /** Register templates/partials/*.hbs (the HTML report's building blocks). */
  partials?: boolean;
}

/**
 * A strict template (a missing view-model field throws instead of printing nothing) in its own
 * Handlebars environment, so the HTML and Markdown helpers and partials never mix.
 */
export function compileTemplate<T>(name: string, options: CompileOptions = {}): Handlebars.TemplateDelegate<T> {
  const env = Handlebars.create();
  env.registerHelper('join', (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.map(String).join(typeof separator === 'string' ? separator : ', ') : '',
  );
  // `{{plural 3 "rule"}}` → "3 rules"; counts in the report read as English.
  env.registerHelper('plural', (count: unknown, noun: unknown) => `${String(count)} ${String(noun)}${count === 1 ? '' : 's'}`);
  if (options.partials) {
    const partialsDir = join(templatesDir(), 'partials');
    for (const file of readdirSync(partialsDir).sort()) {
      if (!file.endsWith('.hbs')) continue;
      env.registerPartial(basename(file, '.hbs'), readFileSync(join(partialsDir, file), 'utf8'));
    }
  }
  // preventIndent: an indented partial would otherwise indent every line of a multi-line value (a Terraform snippet).
  return env.compile<T>(readTemplateFile(name), { strict: true, noEscape: options.noEscape ?? false, preventIndent: true });
}
