import type { ScanResult } from '../model/index.js';
import { renderCsv } from './csv.js';
import { renderFindingsCsv } from './findings-csv.js';
import { renderGapCsv } from './gap-csv.js';
import { escapeInvisibleInJson } from './escape.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderSummary, SUMMARY_MAX_CHARS } from './pr-summary.js';
import type { ReportRuleMeta, ReportViewModel } from './view-model-types.js';
import { renderCycloneDx } from './exchange/cyclonedx.js';
import { renderJunit } from './exchange/junit.js';
import { renderOcsf } from './exchange/ocsf.js';
import { renderSarif } from './exchange/sarif.js';

/** What a renderer gets: the scan result, and the view model of the human reports (built once, on first call). */
export interface RenderInput {
  result: ScanResult;
  viewModel(): ReportViewModel;
  /** File names of every report in the same set (what the summary links to). */
  reportFiles?: readonly string[];
  /** Rule metadata by rule id (title, remediation, references, mapped controls), for the exchange formats. */
  ruleMeta?: ReadonlyMap<string, ReportRuleMeta>;
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
  ndjson: {
    file: 'mlscan-findings.ndjson',
    description: 'the findings, one JSON object per line with the scan start and tool version, streamed for SIEM pipelines (src/report/ndjson.ts)',
    render: ({ result }) => escapeInvisibleInJson(renderNdjson(result)),
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
  'gap-csv': {
    file: 'mlscan-gap-analysis.csv',
    description: 'the gap analysis, one row per framework control: status, evidence rules, assets failing / passing / unknown and the attestation',
    render: ({ result }) => renderGapCsv(result),
  },
  summary: {
    file: 'mlscan-summary.md',
    description: `a short Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY (result, counts, what to fix first; under ${SUMMARY_MAX_CHARS.toLocaleString('en')} characters)`,
    render: ({ result, viewModel, reportFiles = [] }) =>
      renderSummary({ result, viewModel: viewModel(), reportFiles: reportFiles.filter((file) => file !== 'mlscan-summary.md') }),
  },
  sarif: {
    file: 'mlscan.sarif',
    description: 'SARIF 2.1.0 for GitHub code scanning: one result per fail, error, unknown and suppressed finding, with rule help and security-severity',
    render: ({ result, ruleMeta }) => escapeInvisibleInJson(renderSarif({ result, ruleMeta })),
  },
  ocsf: {
    file: 'mlscan-findings.ocsf.ndjson',
    description: 'OCSF 1.3.0 Compliance Finding (2003) and Detection Finding (2004) events, one JSON object a line, for a SIEM or security lake',
    render: ({ result, ruleMeta }) => escapeInvisibleInJson(renderOcsf({ result, ruleMeta })),
  },
  junit: {
    file: 'mlscan-junit.xml',
    description: 'JUnit XML for CI test reporters: a test suite per rule family, a test case per rule and asset',
    render: ({ result, ruleMeta }) => renderJunit({ result, ruleMeta }),
  },
  cyclonedx: {
    file: 'mlscan-aibom.cdx.json',
    description: 'CycloneDX 1.6 ML-BOM of the estate: models, datasets, serving endpoints and their dependencies',
    render: ({ result }) => escapeInvisibleInJson(renderCycloneDx({ result })),
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
