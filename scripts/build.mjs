#!/usr/bin/env node
/** Builds dist/: the npm modules with types, the script-tag bundle, and the custom elements manifest. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/rollup', ['-c', '--silent']);
run('node_modules/.bin/custom-elements-manifest', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
