#!/usr/bin/env node
// The `mlscan` executable: everything else lives in main.ts so tests can run the CLI in-process.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
