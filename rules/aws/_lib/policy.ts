// AWS rules read policy documents kept in raw records with the same parser the provider uses.
export {
  parsePolicy as statementsOf,
  list as asList,
  actionMatches as grants,
  principals as principalsOf,
  publicAllows,
  externalPrincipals as externalAccounts,
  type Statement,
} from '../../../src/lib/aws-policy.js';
