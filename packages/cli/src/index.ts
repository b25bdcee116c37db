#!/usr/bin/env node
// The `newsparse` binary. The command logic lives in cli.ts (`run`), which tests call directly.
import { run } from './cli.js';
import { nodeIo } from './io.js';

process.exitCode = run(process.argv.slice(2), nodeIo());
