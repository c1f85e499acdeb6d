#!/usr/bin/env node
// The `mlscan` executable: everything else lives in main.ts so tests can run the CLI in-process.
import { endQuietlyOnClosedPipe, silenceAwsNodeVersionWarning } from './runtime.js';
import { main } from './main.js';

silenceAwsNodeVersionWarning();
endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
