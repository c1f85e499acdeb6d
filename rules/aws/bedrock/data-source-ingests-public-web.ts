import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { DATA_SOURCE } from './_lib.js';

interface DataSource {
  dataSourceConfiguration?: { type?: string; webConfiguration?: { sourceConfiguration?: { urlConfiguration?: { seedUrls?: Array<{ url?: string }> } } } };
}

export default providerRule({
  meta: {
    id: 'aws/bedrock/data-source-ingests-public-web',
    title: 'Bedrock knowledge base ingests pages crawled from the public web',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['datastore'],
    rationale:
      'A web-crawler data source turns whatever the crawled sites publish into trusted model context: anyone who can edit one of those pages (or a page they link to) can plant instructions or false facts in the answers.',
    remediation: {
      text: 'Crawl only sites the organisation controls, with inclusion filters and scope HOST_ONLY, or ingest reviewed copies from a bucket instead.',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/webcrawl-data-source-connector.html',
    },
    messages: {
      web: 'Data source {{name}} crawls the public web from {{urls}}.',
      notWeb: 'Data source {{name}} ingests from a {{type}} source, not the public web.',
    },
  },
  provider: 'aws',
  nativeTypes: [DATA_SOURCE],
  evaluate(asset, ctx) {
    const config = describeOf<DataSource>(asset)?.dataSourceConfiguration;
    if (!config?.type) return ctx.unknown(['dataSourceConfiguration']);
    if (config.type !== 'WEB') return ctx.pass('notWeb', { evidence: { type: config.type }, data: { type: config.type } });
    const urls = (config.webConfiguration?.sourceConfiguration?.urlConfiguration?.seedUrls ?? []).map((u) => u.url ?? '?');
    return ctx.fail('web', { evidence: { type: 'WEB', seedUrls: urls }, data: { urls: urls.join(', ') || 'unknown seeds' } });
  },
});
