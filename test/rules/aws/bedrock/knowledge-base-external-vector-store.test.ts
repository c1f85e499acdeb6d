import rule from '../../../../rules/aws/bedrock/knowledge-base-external-vector-store.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const kb = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/knowledge-bases', { describe });

testRule(rule, {
  valid: [{ name: 'recorded knowledge base: OpenSearch Serverless', asset: kb() }],
  invalid: [
    { name: 'Pinecone', asset: kb({ storageConfiguration: { type: 'PINECONE', opensearchServerlessConfiguration: undefined } }), expected: [{ status: 'fail', message: 'Knowledge base product-manuals stores embeddings in PINECONE, outside AWS.' }] },
    { name: 'Kendra knowledge base (no vector store)', asset: kb({ storageConfiguration: undefined, knowledgeBaseConfiguration: { type: 'KENDRA' } }), expected: [{ status: 'not_applicable' }] },
    { name: 'not read', asset: kb(false), expected: [{ status: 'unknown' }] },
  ],
});
