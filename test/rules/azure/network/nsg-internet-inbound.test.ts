import rule from '../../../../rules/azure/network/nsg-internet-inbound.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const nsg = (facts = {}) => azureAsset('security-group', NSG, { facts: { mlRelated: true, ...facts } });
testRule(rule, {
  valid: [{ name: 'service tags only', asset: nsg({ ingressOpenToInternet: false, adminPortsOpenToInternet: false }) }],
  invalid: [
    { name: 'ssh from internet', asset: nsg({ ingressOpenToInternet: true, adminPortsOpenToInternet: true }), expected: [{ status: 'fail', messageId: 'adminPorts' }] },
    { name: 'https from internet', asset: nsg({ ingressOpenToInternet: true, adminPortsOpenToInternet: false }), expected: [{ status: 'fail', messageId: 'open' }] },
    { name: 'not visible', asset: nsg(), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'nsg not on an ML subnet', asset: azureAsset('security-group', NSG, { facts: { mlRelated: false, ingressOpenToInternet: true } }) }],
});
