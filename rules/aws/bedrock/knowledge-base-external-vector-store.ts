import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { KNOWLEDGE_BASE } from './_lib.js';

/** Vector stores operated outside AWS (third-party SaaS reached with a stored credential). */
const EXTERNAL = ['PINECONE', 'REDIS_ENTERPRISE_CLOUD', 'MONGO_DB_ATLAS'];

export default providerRule({
  meta: {
    id: 'aws/bedrock/knowledge-base-external-vector-store',
    title: 'Bedrock knowledge base stores its embeddings in a vector database outside AWS',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['knowledge-base'],
    rationale:
      'Embeddings and the text chunks stored with them are the source documents in another form (they can be inverted back to text); a third-party vector store puts them outside your account\'s keys, network controls and logs.',
    remediation: {
      text: 'Use an AWS vector store the account controls (OpenSearch Serverless, Aurora PostgreSQL, Neptune Analytics or S3 Vectors) or document the third-party processor in the data-protection assessment.',
      terraform: 'resource "aws_bedrockagent_knowledge_base" "kb" {\n  storage_configuration {\n    type = "OPENSEARCH_SERVERLESS"\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-setup.html',
    },
    messages: {
      external: 'Knowledge base {{name}} stores embeddings in {{store}}, outside AWS.',
      internal: 'Knowledge base {{name}} stores embeddings in {{store}}.',
    },
  },
  provider: 'aws',
  nativeTypes: [KNOWLEDGE_BASE],
  evaluate(asset, ctx) {
    const store = describeOf<{ storageConfiguration?: { type?: string }; knowledgeBaseConfiguration?: { type?: string } }>(asset);
    if (!store) return ctx.unknown(['GetKnowledgeBase']);
    const type = store.storageConfiguration?.type;
    if (!type) return ctx.notApplicable(`a ${store.knowledgeBaseConfiguration?.type ?? 'non-vector'} knowledge base keeps no vector store`);
    const options = { evidence: { storageType: type }, data: { store: type } };
    return EXTERNAL.includes(type) ? ctx.fail('external', options) : ctx.pass('internal', options);
  },
});
