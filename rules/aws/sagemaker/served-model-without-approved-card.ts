import type { GraphView } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { messageList } from '../../_lib/message-list.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf, recordString } from '../../_lib/raw.js';

/** Endpoints serving the model: an endpoint config serves it, an endpoint contains the config. */
function servingEndpoints(graph: GraphView, model: Asset): Asset[] {
  return graph.sources(model.id, 'serves-model').flatMap((config) => (config.kind === 'endpoint' ? [config] : graph.sources(config.id, 'contains').filter((e) => e.kind === 'endpoint')));
}

/** Model cards that document the model, or the registered model package it was built from. */
function cardsOf(graph: GraphView, model: Asset): Asset[] {
  const documented = [model, ...graph.sources(model.id, 'version-of')];
  return documented.flatMap((m) => graph.sources(m.id, 'documents')).filter((card) => card.kind === 'model-card');
}

/** The card's status as DescribeModelCard (else ListModelCards) gave it. */
function statusOf(card: Asset): string | undefined {
  return describeOf<{ ModelCardStatus?: string }>(card)?.ModelCardStatus ?? recordString(card, 'ModelCardStatus');
}

export default providerRule({
  meta: {
    id: 'aws/sagemaker/served-model-without-approved-card',
    title: 'SageMaker model served by an endpoint has no approved model card',
    family: 'integrity',
    severity: 'low',
    appliesTo: ['model'],
    rationale:
      'A model card records what a model is for, how it was evaluated, its risk rating and who approved it. A model in production whose card is missing, still a draft, pending review or archived went live without that review on record, and the people answering an incident cannot tell what the model was approved to do.',
    remediation: {
      text: 'Create a model card that names the model (model_overview.model_id), have it reviewed, and set its status to Approved; archive cards only when the model is retired.',
      cli: 'aws sagemaker update-model-card --model-card-name <card> --model-card-status Approved',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html',
    },
    messages: {
      none: 'Model {{name}} is served by {{endpoints}} but no model card documents it.',
      notApproved: 'Model {{name}} is served by {{endpoints}} but its model cards are not approved: {{cards}}.',
      approved: 'Model {{name}} is documented by approved model card {{cards}}.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Model'],
  applies: (asset, graph) => servingEndpoints(graph, asset).length > 0,
  evaluate(asset, ctx) {
    const endpoints = messageList(servingEndpoints(ctx.graph, asset).map((e) => e.name));
    const cards = cardsOf(ctx.graph, asset).map((card) => ({ id: card.id, name: card.name, status: statusOf(card) }));
    const approved = cards.filter((c) => c.status === 'Approved');
    if (approved.length > 0) return ctx.pass('approved', { evidence: { cards }, data: { cards: messageList(approved.map((c) => c.name)) } });
    // A card listing that failed may hide the approved one.
    const hidden = ctx.requireSeen(['model-card']);
    if (hidden) return hidden;
    if (cards.length === 0) return ctx.fail('none', { evidence: { cards }, data: { endpoints } });
    return ctx.fail('notApproved', { evidence: { cards }, data: { endpoints, cards: messageList(cards.map((c) => `${c.name} (${c.status ?? 'status unknown'})`)) } });
  },
});
