import rule from '../../../../rules/azure/network/nsg-internet-inbound.js';
import { testRule } from '../../../support/rule-tester.js';
import { deniedGap } from '../../_lib/fixtures.js';
import { azureAsset } from '../_support.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const nsg = (facts = {}) => azureAsset('security-group', NSG, { facts: { mlRelated: true, ...facts } });
// The linker leaves mlRelated unset where a gap hid links: judged only while a gap may hide an ML user.
const undecided = azureAsset('security-group', NSG, { name: 'nsg-undecided', facts: { ingressOpenToInternet: true, adminPortsOpenToInternet: false } });
testRule(rule, {
  valid: [{ name: 'service tags only', asset: nsg({ ingressOpenToInternet: false, adminPortsOpenToInternet: false }) }],
  invalid: [
    { name: 'ssh from internet', asset: nsg({ ingressOpenToInternet: true, adminPortsOpenToInternet: true }), expected: [{ status: 'fail', messageId: 'adminPorts' }] },
    { name: 'https from internet', asset: nsg({ ingressOpenToInternet: true, adminPortsOpenToInternet: false }), expected: [{ status: 'fail', messageId: 'open' }] },
    { name: 'not visible', asset: nsg(), expected: [{ status: 'unknown' }] },
    { name: 'undecided, and the workspace listing was denied', asset: undecided, gaps: [deniedGap(undecided, ['workspace'])], expected: [{ status: 'fail', messageId: 'open' }] },
  ],
  notApplicable: [
    { name: 'nsg not on an ML subnet', asset: azureAsset('security-group', NSG, { facts: { mlRelated: false, ingressOpenToInternet: true } }) },
    { name: 'undecided, nothing ML points at it, nothing hidden', asset: undecided },
  ],
});
