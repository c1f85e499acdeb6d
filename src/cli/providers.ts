// The provider registration list: a new cloud is its folder under providers/ plus one line here.
// The CLI flags, `--help`, the config file sections, the published config schema, `mlscan
// permissions` and the library's createSource all iterate this list.
import { awsPlugin } from '../../providers/aws/plugin.js';
import { azurePlugin } from '../../providers/azure/plugin.js';
import type { ProviderPlugin } from '../scan/provider-plugin.js';

export const providerPlugins: readonly ProviderPlugin[] = [awsPlugin, azurePlugin];
