// Cloud strings written to hurt a reader: 100 KB names (the HTML took minutes to open), terminal
// escapes and bidi overrides, bare URLs that Markdown would turn into links, deep evidence.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { escapeInvisibleInJson } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { TEXT_MAX_CHARS } from '../../src/report/text-limits.js';
import { buildViewModel } from '../../src/report/view-model.js';
import type { ScanResult } from '../../src/model/index.js';
import { RULE_META, sampleResult } from './sample-result.js';

const LONG = 'n'.repeat(102_400);
const CONTROLS = 'esc\u001b[31m del\u007f c1\u009b bidi\u202egnp.exe\u2066x\u2069 bell\u0007';
const URLS = 'see https://evil.example/login and www.evil.example now';

/** Two assets with 100 KB names; the failing finding's asset carries the hostile strings. */
function hostileResult(): ScanResult {
  const result = sampleResult();
  const [workspace, endpoint] = result.inventory.assets;
  workspace!.name = `A${LONG}`;
  endpoint!.name = `B${LONG}`;
  workspace!.tags = { note: CONTROLS, link: URLS };
  const failing = result.findings.find((f) => f.status === 'fail' && f.severity === 'high')!;
  failing.assetName = `${URLS} ${CONTROLS}`;
  failing.message = `${LONG} ${URLS}`;
  return result;
}

const render = (chunks: Iterable<string>) => [...chunks].join('');
const vm = buildViewModel(hostileResult(), { ruleMeta: RULE_META });
const html = render(renderHtml(vm));
const md = render(renderMarkdown(vm));
const csv = render(renderCsv(hostileResult()));
const json = render(escapeInvisibleInJson(renderJson(hostileResult())));
const plain = render(renderHtml(buildViewModel(sampleResult(), { ruleMeta: RULE_META })));

describe('long cloud strings', () => {
  it('are cut with a visible marker in the view model, so the HTML stays small', () => {
    const names = vm.inventory.rows.map((r) => r.name).filter((n) => n.length > TEXT_MAX_CHARS);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(new RegExp(`^[AB]n{${TEXT_MAX_CHARS - 1}}…\\[truncated, 102401 chars\\]$`));
    // Two names, a message and the chart labels that repeat them: kilobytes, not the 200 KB+ of the originals.
    expect(html.length - plain.length).toBeLessThan(20 * TEXT_MAX_CHARS);
    expect(html).not.toContain('n'.repeat(TEXT_MAX_CHARS + 1));
  });

  it('are cut with the marker in Markdown too', () => {
    // The failing finding's message: the long name, a space, the URLs.
    expect(md).toContain(`${'n'.repeat(TEXT_MAX_CHARS)}…\\[truncated, ${LONG.length + 1 + URLS.length} chars\\]`);
    expect(md).not.toContain('n'.repeat(TEXT_MAX_CHARS + 1));
  });

  it('are kept whole in the JSON report and the CSV inventory', () => {
    const parsed = JSON.parse(json) as ScanResult;
    expect(parsed.inventory.assets.map((a) => a.name)).toContain(`A${LONG}`);
    expect(parsed.findings.map((f) => f.message)).toContain(`${LONG} ${URLS}`);
    expect(csv).toContain(`A${LONG}`);
  });
});

describe('control and bidi characters', () => {
  const hidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('never reach HTML, Markdown or CSV: each shows as U+FFFD', () => {
    expect(html).not.toMatch(hidden);
    expect(md).not.toMatch(hidden);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(hidden);
    expect(csv).toContain('esc\ufffd[31m del\ufffd c1\ufffd bidi\ufffdgnp.exe\ufffdx\ufffd bell\ufffd');
    // The data island the page script reads is built from the same view model.
    expect(html).not.toContain('\\u001b');
    expect(html).not.toContain('\\u202e');
  });

  it('stay in the JSON report, written as escapes', () => {
    expect(json).not.toMatch(hidden);
    expect(json).toContain('esc\\u001b[31m del\\u007f c1\\u009b bidi\\u202egnp.exe\\u2066x\\u2069 bell\\u0007');
    const parsed = JSON.parse(json) as ScanResult;
    expect(parsed.inventory.assets.find((a) => a.name === `A${LONG}`)?.tags.note).toBe(CONTROLS);
  });
});

describe('bare URLs in cloud strings', () => {
  it('stay text in Markdown: no scheme:// or www. for a GFM autolinker to match', () => {
    expect(md).toContain('see https&#58;//evil.example/login and www\\.evil.example now');
    expect(md).not.toMatch(/https?:\/\/evil|(^|[^\\])www\.evil/);
  });
});

describe('deep evidence', () => {
  it('renders to a bounded line instead of overflowing the stack', () => {
    const result = sampleResult();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    result.findings[0]!.evidence = { deep };
    const view = buildViewModel(result, { ruleMeta: RULE_META });
    const line = view.findings.fail.flatMap((g) => g.findings).find((f) => f.evidence.some((e) => e.startsWith('deep:')));
    expect(line?.evidence).toContain('deep: {"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{…}}}}}}}}}');
  });
});
