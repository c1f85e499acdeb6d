import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { htmlData, type CompactFinding, type CompactInventoryRow } from './html-data.js';
import { compileTemplate, readTemplateFile } from './templates.js';
import type { ReportViewModel } from './view-model-types.js';

/**
 * The data island the inline script reads. Its exact opening-and-closing text can't come out of
 * an escaped cloud string (Handlebars turns `<` into `&lt;`), so splitting the rendered page on
 * it is unambiguous.
 */
const DATA_ISLAND = '<script type="application/json" id="mlscan-data"></script>';
const DATA_OPEN = '<script type="application/json" id="mlscan-data">';

interface HtmlContext {
  vm: ReportViewModel;
  csp: string;
  assets: { style: Handlebars.SafeString; script: Handlebars.SafeString };
}

/** Shape of the JSON island (html-data.ts); templates/assets/report.js reads exactly this. */
export interface HtmlData {
  inventory: CompactInventoryRow[];
  findings: Record<string, CompactFinding[]>;
  severities: string[];
  strings: string[];
}

let compiled: Handlebars.TemplateDelegate<HtmlContext> | undefined;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Only the inline script and style whose hashes are listed may run or apply; nothing may be
 * fetched. Should an escaping bug ever let markup through, it still can't execute or phone home.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function staticAsset(name: string): string {
  const text = readTemplateFile('assets', name);
  // The asset is inlined raw; a closing tag inside it would end the element early.
  if (/<\/(script|style)/i.test(text)) throw new Error(`templates/assets/${name} must not contain a closing </script> or </style>`);
  return text;
}

/**
 * The HTML report as a sequence of chunks: the rendered page with the data island filled in
 * row by row, so 100k assets and hundreds of thousands of findings never become one string.
 */
export function* renderHtml(vm: ReportViewModel): Generator<string> {
  const style = staticAsset('report.css');
  const script = staticAsset('report.js');
  compiled ??= compileTemplate<HtmlContext>('report.html.hbs', { partials: true });
  const page = compiled({
    vm,
    csp: contentSecurityPolicy(script, style),
    // Our own files from templates/assets, never cloud data: the only unescaped insertions.
    assets: { style: new Handlebars.SafeString(style), script: new Handlebars.SafeString(script) },
  });
  const at = page.indexOf(DATA_ISLAND);
  if (at < 0 || page.indexOf(DATA_ISLAND, at + 1) >= 0) throw new Error('report.html.hbs must hold the data island exactly once');
  yield page.slice(0, at + DATA_OPEN.length);
  yield* htmlData(vm);
  yield page.slice(at + DATA_OPEN.length);
}

