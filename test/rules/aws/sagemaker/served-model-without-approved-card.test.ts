import rule from '../../../../rules/aws/sagemaker/served-model-without-approved-card.js';
import type { Asset, CoverageGap, Edge } from '../../../../src/model/index.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { AWS_WIRE_SCOPE, sageMakerWireAsset } from '../../../support/wire-assets.js';

const SM = (type: string, name: string) => `arn:aws:sagemaker:eu-west-1:${AWS_WIRE_SCOPE.account}:${type}/${name}`;
/** The recorded model (fraud-xgb), served through an endpoint config by an endpoint. */
const model = () => sageMakerWireAsset('sagemaker/models');
const config = makeAsset({ kind: 'deployment', provider: 'aws', id: SM('endpoint-config', 'fraud-config'), name: 'fraud-config', nativeType: 'AWS::SageMaker::EndpointConfig' });
const endpoint = makeAsset({ kind: 'endpoint', provider: 'aws', id: SM('endpoint', 'fraud-scoring'), name: 'fraud-scoring', nativeType: 'AWS::SageMaker::Endpoint' });
const serving: Edge[] = [
  { from: endpoint.id, to: config.id, kind: 'contains' },
  { from: config.id, to: SM('model', 'fraud-xgb'), kind: 'serves-model' },
];

/** The recorded model card (Draft), with its status as `status`; its Content names fraud-xgb. */
const card = (status: string) => sageMakerWireAsset('sagemaker/model-cards', { ModelCardStatus: status });
const documents = (c: Asset, to = SM('model', 'fraud-xgb')): Edge => ({ from: c.id, to, kind: 'documents' });
const cardsDenied: CoverageGap = { provider: 'aws', account: AWS_WIRE_SCOPE.account, region: 'eu-west-1', service: 'sagemaker', errorCode: 'AccessDeniedException', kinds: ['model-card'] };

const approved = card('Approved');
const draft = card('Draft');
const pkg = makeAsset({ kind: 'model-version', provider: 'aws', id: SM('model-package', 'fraud-models/3'), name: 'fraud-models/3', nativeType: 'AWS::SageMaker::ModelPackage' });

testRule(rule, {
  valid: [
    { name: 'an approved card documents the served model', asset: model(), related: [config, endpoint, approved], edges: [...serving, documents(approved)] },
    {
      name: 'an approved card documents the model package the model was built from',
      asset: model(),
      related: [config, endpoint, approved, pkg],
      edges: [...serving, { from: pkg.id, to: SM('model', 'fraud-xgb'), kind: 'version-of' }, documents(approved, pkg.id)],
    },
  ],
  invalid: [
    {
      name: 'the recorded card is still a draft',
      asset: model(),
      related: [config, endpoint, draft],
      edges: [...serving, documents(draft)],
      expected: [
        {
          status: 'fail',
          messageId: 'notApproved',
          message: 'Model fraud-xgb is served by fraud-scoring but its model cards are not approved: fraud-xgb-card (Draft).',
          evidence: { cards: [{ id: draft.id, status: 'Draft' }] },
        },
      ],
    },
    { name: 'no card documents the served model', asset: model(), related: [config, endpoint], edges: serving, expected: [{ status: 'fail', messageId: 'none' }] },
    { name: 'the card listing was denied', asset: model(), related: [config, endpoint], edges: serving, gaps: [cardsDenied], expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'a model no endpoint serves', asset: model() }],
});
