#!/usr/bin/env node
/**
 * Builds dist/: the npm modules with types, the script-tag bundle, the optional page stylesheet, the custom elements
 * manifest and the JSX / Vue types generated from it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/rollup', ['-c', '--silent']);
run('node_modules/.bin/custom-elements-manifest', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
copyFileSync('src/care-level-widgets.css', 'dist/care-level-widgets.css');
run('node', ['scripts/build-wordpress.mjs']); // dist/care-level-widgets-wordpress.zip, from the bundle just built
