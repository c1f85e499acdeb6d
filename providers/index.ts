// The provider registration list: a new cloud is its folder under providers/ plus one line here.
// The CLI flags, `--help`, the config file sections, the published config schema, `mlscan
// permissions` and the library's createSource all iterate this list. Importing it is cheap: a
// plugin loads its SDKs only when a source is created.
import type { ProviderPlugin } from '../src/scan/provider-plugin.js';
import { awsPlugin } from './aws/plugin.js';
import { azurePlugin } from './azure/plugin.js';

export const providerPlugins: readonly ProviderPlugin[] = [awsPlugin, azurePlugin];
