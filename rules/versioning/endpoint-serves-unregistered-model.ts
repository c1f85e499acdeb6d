import { defineRule, type GraphView, type ModelPath, type Verdict } from '../../src/engine/index.js';
import { hasTrainingLineage, isServingRoot, LINEAGE_KINDS } from '../_lib/serving.js';

/** The served model counts as registered when it says so, or when a registered version stands for it. */
/** Whether the served model is a registered version: its own fact, else a version relative; undefined when neither was seen. */
function isRegistered(family: ModelPath[]): boolean | undefined {
  const served = family[0]!.model;
  if (served.facts.registered !== undefined) return served.facts.registered;
  return family.some((m) => m.model.kind === 'model-version' && m.model.facts.registered !== false) ? true : undefined;
}

function withSubject(verdict: Verdict | undefined, subject: string): Verdict | undefined {
  return verdict && { ...verdict, subject };
}

function lineageOf(graph: GraphView, family: ModelPath[]): string[] {
  return family
    .filter((m) => hasTrainingLineage(graph, m.model.id) || m.model.facts.lineageRecorded === true)
    .map((m) => m.model.id);
}

export default defineRule({
  meta: {
    id: 'versioning/endpoint-serves-unregistered-model',
    title: 'Endpoint serves a model with no registered version or no training lineage',
    family: 'versioning',
    concern: 'endpoint-serves-unregistered-model',
    severity: 'high',
    appliesTo: ['endpoint', 'deployment'],
    rationale:
      'A model that is not a registered version, or whose training job and data are not recorded, cannot be traced, reproduced, rolled back or checked for poisoned data; when it misbehaves nobody can say what it is or where it came from.',
    remediation: {
      text: 'Register the model as a versioned entry in the model registry from the training job that produced it (so the job, data and metrics are linked), and deploy only from the registry.',
      cli: '# Azure\naz ml model create --name <model> --version <n> --path azureml://jobs/<job-id>/outputs/artifacts/paths/model/ --resource-group <rg> --workspace-name <workspace>\n# AWS\naws sagemaker create-model-package --model-package-group-name <group> --inference-specification file://inference.json --model-approval-status PendingManualApproval',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry.html',
    },
    references: { catalog: ['AZ-ML-VER-01', 'AWS-SM-REG-01', 'AWS-SM-REG-03', 'AWS-SM-TRN-05'], mcsb: ['DS-6'] },
    messages: {
      unregistered: '{{name}} serves model {{model}}, which has no registered version.',
      noLineage: '{{name}} serves model {{model}}, whose training job or data is not recorded.',
      traceable: '{{name}} serves model {{model}}, a registered version with recorded lineage.',
    },
  },
  applies: (asset, graph) => isServingRoot(asset, graph),
  evaluate(asset, ctx) {
    // One verdict per model: an endpoint may reach the same model by two routes (its config and an inference component).
    const seen = new Set<string>();
    const served = ctx.graph.servedModels(asset.id).filter((entry) => !seen.has(entry.model.id) && seen.add(entry.model.id));
    // A foundation or catalog model the cloud hosts has no registry version or training run of the customer's.
    if (served.length === 0 && asset.facts.providerHostedModel === true) return ctx.notApplicable('it serves a model the cloud provider hosts');
    // Without a serves-model edge we cannot see what the endpoint runs, so we cannot judge it.
    if (served.length === 0) return ctx.unknown(['serves-model']);
    const verdicts: Verdict[] = [];
    for (const entry of served) {
      const family = ctx.graph.registryFamily(entry);
      const registered = isRegistered(family);
      const lineage = lineageOf(ctx.graph, family);
      const options = {
        path: entry.path,
        data: { model: entry.model.name },
        evidence: { model: entry.model.id, registered, lineageFrom: lineage },
      };
      const model = entry.model.id;
      // A model no registry can hold (a Bedrock custom model) has no registration to judge; lineage still is.
      const unregistrable = registered === undefined ? ctx.requireFactsOf(entry.model, 'registered') : undefined;
      if (unregistrable?.status === 'not_applicable') verdicts.push({ ...unregistrable, subject: `registered:${model}` });
      else if (registered === undefined) verdicts.push(ctx.unknown(['registered'], { path: entry.path, evidence: options.evidence, subject: `registered:${model}` }));
      else if (!registered) verdicts.push(ctx.fail('unregistered', { ...options, subject: `registered:${model}` }));
      // No lineage edge is proof only when no coverage gap could have hidden the records that add one.
      if (lineage.length === 0) verdicts.push(withSubject(ctx.requireSeen(LINEAGE_KINDS), `lineage:${model}`) ?? ctx.fail('noLineage', { ...options, subject: `lineage:${model}` }));
      if (registered && lineage.length > 0) verdicts.push(ctx.pass('traceable', { ...options, subject: `model:${model}` }));
    }
    return verdicts;
  },
});
