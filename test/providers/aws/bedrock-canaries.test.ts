import { describe, expect, it } from 'vitest';
import { REGION, ids } from '../../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { AWS_CLI_ENV } from '../../support/cli-env.js';
import { everyOutput, leaks } from '../../support/every-output.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { mockBedrock } from './bedrock-wire.js';
import { CREDENTIALS, useNock } from './support.js';

// The recorded Bedrock payloads carry `CANARY-…` strings where AWS returns agent instructions,
// prompt templates, guardrail blocked messages, denied-topic definitions and examples, word-filter
// words, regex patterns and descriptions. None may reach an inventory, a report, stdout or stderr.
const CANARIES = [
  'CANARY-AGENT-INSTRUCTION',
  'CANARY-PROMPT-TEMPLATE',
  'CANARY-BLOCKED-INPUT',
  'CANARY-BLOCKED-OUTPUT',
  'CANARY-TOPIC-DEFINITION',
  'CANARY-TOPIC-EXAMPLE',
  'CANARY-WORD-FILTER',
  'CANARY-REGEX',
  'CANARY-FUNCTION-DESCRIPTION',
  'CANARY-KB-ASSOCIATION-DESCRIPTION',
];

/** What fails once the keys and the VPC are taken out and the roles are the estate's administrator role. */
const FAILING_ON_RECORDED_ESTATE = [
  'aws/bedrock/agent-action-without-confirmation ticketing',
  'aws/bedrock/agent-execution-role-privileged support-agent',
  'aws/bedrock/customization-job-not-in-vpc support-assistant-ft',
  'aws/bedrock/guardrail-credentials-not-blocked support-guardrail',
  'aws/bedrock/resource-not-cmk llama3-8b-claims',
  'aws/bedrock/resource-not-cmk manuals-bucket',
  'aws/bedrock/resource-not-cmk support-agent',
  'aws/bedrock/resource-not-cmk support-assistant-ft',
  'aws/bedrock/resource-not-cmk support-ft-eval',
  'aws/bedrock/resource-not-cmk support-guardrail',
];

const UNHELD = new Set(['vpcConfig', 'modelKmsKeyArn', 'outputModelKmsKeyArn', 'kmsKeyArn', 'customerEncryptionKeyArn', 'customerEncryptionKeyId', 'serverSideEncryptionConfiguration']);

function ontoLineageEstate(json: string): string {
  const roles = json.replace(/arn:aws:iam::111122223333:role\/[A-Za-z0-9/_-]+/g, ids.role);
  return JSON.stringify(JSON.parse(roles, (key, value: unknown) => (UNHELD.has(key) ? undefined : value)));
}

describe('Bedrock prompts, guardrail messages and instructions reach no output', () => {
  useNock();
  const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);

  it('inventory --out, html, md, json and csv reports (live and from the snapshot), stdout and stderr', async () => {
    // The lineage estate and the recorded Bedrock estate, its roles pointed at the estate's role and
    // without the keys and subnets the lineage estate does not hold, so the scan is complete.
    const answer = () => {
      mockLineageEstate('virtual-host', ['Bedrock']);
      mockBedrock('full', { region: REGION, rewrite: ontoLineageEstate });
    };
    const outputs = await everyOutput(['--aws', '--aws-regions', REGION], answer, stderr);

    expect(leaks(outputs, [...CANARIES, CREDENTIALS.secretAccessKey])).toEqual([]);
    expect(outputs.codes).toEqual([0, 0, 0]);
    // The Bedrock records are there, with what the rules read.
    const guardrail = outputs.snapshot.assets.find((a) => a.id.endsWith(':guardrail/gr7abc123xyz'));
    expect(guardrail?.raw?.details?.describe).toMatchObject({ contentPolicy: { filters: expect.arrayContaining([expect.objectContaining({ type: 'PROMPT_ATTACK', inputStrength: 'HIGH' })]) } });
    const reports = outputs.texts.filter(([name]) => name.endsWith('mlscan-report.json')).map(([, text]) => text);
    expect(reports.every((text) => text.includes('aws/bedrock/guardrail-credentials-not-blocked'))).toBe(true);
    // Every Bedrock rule ran on the recorded estate without crashing; the verdicts it gives are pinned here.
    const findings = (JSON.parse(reports[0]!) as { findings: Array<{ ruleId: string; status: string; assetName: string }> }).findings;
    const bedrock = findings.filter((f) => f.ruleId.startsWith('aws/bedrock/') || ['integrity/genai-content-filter-missing', 'logging/prompt-logging-disabled'].includes(f.ruleId));
    expect(bedrock.filter((f) => f.status === 'error')).toEqual([]);
    expect((JSON.parse(reports[0]!) as { coverage: { gaps: unknown[] } }).coverage.gaps).toEqual([]);
    const failing = [...new Set(bedrock.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.assetName}`))].sort();
    expect(failing).toEqual(FAILING_ON_RECORDED_ESTATE);
  });
});
