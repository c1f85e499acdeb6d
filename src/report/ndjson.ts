/**
 * `--format ndjson` (mlscan-findings.ndjson): one finding per line, for SIEM and log pipelines
 * that ingest newline-delimited JSON (Splunk HEC, Elastic, Sentinel, Loki, `jq -c`).
 *
 * Line shape (`NdjsonLineSchema`; each line stands alone, so a pipeline needs no other context):
 *
 *     {"tool":{"name":"mlscan","version":"0.1.0"},
 *      "scan":{"startedAt":"2026-01-05T09:00:00.000Z","partial":false},
 *      "finding":{ …one finding exactly as FindingSchema (src/model/finding.ts) defines it… }}
 *
 * written on one line, keys in that order, findings in report order (severity, rule, asset), so
 * two writes of one result are byte-identical. `finding.fingerprint` is the stable key to
 * de-duplicate on across scans. Evidence passes the same secret filter as the JSON report; the
 * invisible characters the JSON report escapes are escaped here too (the registry applies
 * escapeInvisibleInJson), and U+2028 / U+2029 are written as escapes so no line splitter can
 * break a line. Nothing is buffered beyond a chunk of lines: the file is streamed.
 */
import { z } from 'zod';
import { FindingSchema, type ScanResult } from '../model/index.js';
import { createRowRedactor, redactedChunk, rowTexts } from './json.js';
import { GluedText, type TextChunk } from './text-chunk.js';

export const NdjsonLineSchema = z
  .object({
    tool: z.object({ name: z.literal('mlscan'), version: z.string() }).strict(),
    scan: z
      .object({
        startedAt: z.string().describe('When the scan started (ISO 8601), the same on every line of one scan'),
        partial: z.boolean().describe('True when coverage gaps left part of the estate unseen'),
      })
      .strict(),
    finding: FindingSchema,
  })
  .strict()
  .describe('One line of mlscan-findings.ndjson');
export type NdjsonLine = z.infer<typeof NdjsonLineSchema>;

const LINES_PER_CHUNK = 2_000;
const LINE_SEPARATORS = /[\u2028\u2029]/g;

export function* renderNdjson(result: ScanResult): Generator<TextChunk> {
  const redact = createRowRedactor();
  // Everything but the finding, serialised once: `"finding":` closes each line's prefix.
  const prefix = `{"tool":${JSON.stringify(result.tool)},"scan":${JSON.stringify({ startedAt: result.scan.startedAt, partial: result.scan.partial })},"finding":`;
  const { findings } = result;
  // Each line is `<prefix><finding>}\n`: the findings of a chunk are serialised together.
  const glue = { before: prefix, between: `}\n${prefix}`, after: '}\n' };
  for (let start = 0; start < findings.length; start += LINES_PER_CHUNK) {
    yield withoutLineSeparators(rowTexts(redactedChunk(findings, start, LINES_PER_CHUNK, redact), glue));
  }
}

/** `text` with U+2028 and U+2029 escaped; native searches first, as almost no chunk holds one. */
function withoutLineSeparators(text: TextChunk): TextChunk {
  if (text instanceof GluedText) {
    return text.pieces.some(hasLineSeparator) || hasLineSeparator(text.glue) ? escapeLineSeparators(String(text)) : text;
  }
  return hasLineSeparator(text) ? escapeLineSeparators(text) : text;
}

function hasLineSeparator(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029');
}

function escapeLineSeparators(text: string): string {
  return text.replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
