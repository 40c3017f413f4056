#!/usr/bin/env node
/**
 * Writes dist/care-config.schema.json, the JSON Schema of a center's configuration file, from the same description
 * `validateConfig` checks against (src/config/schema.ts). The generator (src/config/json-schema.ts) and the property
 * descriptions are bundled here from source with rollup and TypeScript's transpiler, so they never ship in the widgets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import ts from 'typescript';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const output = 'dist/care-config.schema.json';

/** Resolves the `./x.js` imports of the TypeScript sources to `./x.ts` and strips the types. */
const typescriptSources = {
  name: 'typescript-sources',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const file = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(file) ? file : null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const { outputText } = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021, verbatimModuleSyntax: false },
      fileName: id,
    });
    return { code: outputText, map: null };
  },
};

const bundle = await rollup({ input: 'src/config/json-schema.ts', plugins: [typescriptSources], logLevel: 'silent' });
const { output: chunks } = await bundle.generate({ format: 'es' });
await bundle.close();
const { configJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(chunks[0].code).toString('base64')}`
);

const schema = configJsonSchema(`https://unpkg.com/care-level-widgets@${version}/dist/care-config.schema.json`);
writeFileSync(output, `${JSON.stringify(schema, null, 2)}\n`);
