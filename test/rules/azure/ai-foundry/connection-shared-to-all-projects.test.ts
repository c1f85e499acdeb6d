import rule from '../../../../rules/azure/ai-foundry/connection-shared-to-all-projects.js';
import type { Asset } from '../../../../src/model/index.js';
import { testRule } from '../../../support/rule-tester.js';
import { contains, hub, hubConnection, project } from './_wire.js';

const inHub = (connection: Asset) => ({ asset: connection, related: [hub()], edges: [contains(hub(), connection)] });

testRule(rule, {
  valid: [
    { name: 'key connection scoped to the hub', ...inHub(hubConnection({ properties: { isSharedToAll: false } })) },
    { name: 'shared, but authenticated with Entra ID', ...inHub(hubConnection({ properties: { authType: 'AAD' } })) },
  ],
  invalid: [
    { name: 'recorded connection: ApiKey shared to all projects', ...inHub(hubConnection()), expected: [{ status: 'fail', message: 'Connection aoai-fraud shares its ApiKey secret with every project of the hub.' }] },
    { name: 'auth type not read', ...inHub(hubConnection({ properties: { authType: undefined } })), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'connection of a project', asset: hubConnection(), related: [project()], edges: [contains(project(), hubConnection())] }],
});
