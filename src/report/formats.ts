import type { ScanResult } from '../model/index.js';
import { renderCsv } from './csv.js';
import { renderFindingsCsv } from './findings-csv.js';
import { escapeInvisibleInJson } from './escape.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSummary, SUMMARY_MAX_CHARS } from './pr-summary.js';
import type { ReportViewModel } from './view-model-types.js';

/** What a renderer gets: the scan result, and the view model of the human reports (built once, on first call). */
export interface RenderInput {
  result: ScanResult;
  viewModel(): ReportViewModel;
  /** File names of every report in the same set (what the summary links to). */
  reportFiles?: readonly string[];
}

/** One report format: the file it writes and how it renders, chunk by chunk. */
export interface ReportRenderer {
  /** File name inside `--out`; unique across formats. */
  file: string;
  /** One line for `--help` and the README. */
  description: string;
  render(input: RenderInput): Iterable<string>;
}

/**
 * The report formats, by the name users write (`--format`, `formats:` in the config file). The
 * CLI, the config schema, the writer and the docs all read this map: a new format is one
 * renderer module plus one entry here.
 */
export const REPORT_RENDERERS = {
  html: {
    file: 'mlscan-report.html',
    description: 'one self-contained page (inventory, findings, gap analysis, risk matrix)',
    render: ({ viewModel }) => renderHtml(viewModel()),
  },
  md: {
    file: 'mlscan-report.md',
    description: 'the same report as Markdown',
    render: ({ viewModel }) => renderMarkdown(viewModel()),
  },
  json: {
    file: 'mlscan-report.json',
    description: 'the whole scan result (src/report/schema/scan-result.schema.json)',
    render: ({ result }) => escapeInvisibleInJson(renderJson(result)),
  },
  csv: {
    file: 'mlscan-inventory.csv',
    description: 'the asset inventory, one row per asset',
    render: ({ result }) => renderCsv(result),
  },
  'findings-csv': {
    file: 'mlscan-findings.csv',
    description: 'the findings to act on, one row each: base and adjusted severity, tier, likelihood, reasons and attack types',
    render: ({ result }) => renderFindingsCsv(result),
  },
  summary: {
    file: 'mlscan-summary.md',
    description: `a short Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY (result, counts, what to fix first; under ${SUMMARY_MAX_CHARS.toLocaleString('en')} characters)`,
    render: ({ result, viewModel, reportFiles = [] }) =>
      renderSummary({ result, viewModel: viewModel(), reportFiles: reportFiles.filter((file) => file !== 'mlscan-summary.md') }),
  },
} as const satisfies Record<string, ReportRenderer>;

export type ReportFormat = keyof typeof REPORT_RENDERERS;

/** Every format name, in registry order (a non-empty tuple, so `z.enum` takes it). */
export const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as [ReportFormat, ...ReportFormat[]];

/** Written when neither `--format` nor the config file names any. */
export const DEFAULT_REPORT_FORMATS: readonly ReportFormat[] = ['html', 'json'];

export const REPORT_FILE_NAMES = Object.fromEntries(REPORT_FORMATS.map((format) => [format, REPORT_RENDERERS[format].file])) as Record<ReportFormat, string>;

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORT_RENDERERS, name);
}
