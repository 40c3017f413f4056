#!/usr/bin/env node
/**
 * Builds dist/: the npm modules with types, the script-tag bundle, the optional page stylesheet, the custom elements
 * manifest and what is generated from it: the JSX / Vue types and the editor autocompletion data; and
 * dist/integrity.json, the Subresource Integrity hashes of the files a page loads, for pages that load them from
 * another site.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
// The manifest comes first (it reads the sources): the pre-renderer's attribute allowlist is generated from it.
run('node_modules/.bin/custom-elements-manifest', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run('node', ['scripts/editor-data.mjs']); // VS Code custom data and JetBrains web-types, from the manifest
run('node', ['scripts/ssr-attributes.mjs']); // src/ssr/element-attributes.ts, from the manifest
run('node_modules/.bin/rollup', ['-c', '--silent']);
// TypeScript declares every file of the program; these five are script-tag and demo inputs, not npm modules.
for (const file of ['dist/loader.d.ts', 'dist/standalone.d.ts', 'dist/ssr/hydrate-bundle.d.ts', 'dist/ssr/hydrate-on-demand.d.ts', 'dist/ssr/embed-worker.d.ts']) rmSync(file);
run('node', ['scripts/config-schema.mjs']); // dist/care-config.schema.json, from src/config/schema.ts
copyFileSync('src/care-level-widgets.css', 'dist/care-level-widgets.css');
const pageFiles = ['care-level-widgets.js', 'care-level-widgets.standalone.js', 'care-level-widgets-hydrate.js', 'care-level-widgets-hydrate.full.js', 'care-level-widgets.css'];
const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
writeFileSync('dist/integrity.json', `${JSON.stringify(Object.fromEntries(pageFiles.map((file) => [file, sha384(file)])), null, 2)}\n`);
run('node', ['scripts/build-wordpress.mjs']); // dist/care-level-widgets-wordpress.zip, from the bundle just built
