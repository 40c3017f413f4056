#!/usr/bin/env node
/**
 * Writes dist/care-config.schema.json, the JSON Schema of a center's configuration file, from the same description
 * `validateConfig` checks against (src/config/schema.ts), and dist/care-config.rules.json, that description with its
 * patterns and limits for the WordPress plugin's PHP check (includes/config-rules.json in the plugin's zip). The
 * generators' inputs (src/config/json-schema.ts, src/config/wordpress-rules.ts) and the property descriptions are
 * bundled here from source with rollup and TypeScript's transpiler, so they never ship in the widgets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import ts from 'typescript';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const output = 'dist/care-config.schema.json';
const rulesOutput = 'dist/care-config.rules.json';

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

/** The exports of a TypeScript module under src/, bundled with what it imports. */
async function importSource(input) {
  const bundle = await rollup({ input, plugins: [typescriptSources], logLevel: 'silent' });
  const { output: chunks } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return import(`data:text/javascript;base64,${Buffer.from(chunks[0].code).toString('base64')}`);
}

const { configJsonSchema } = await importSource('src/config/json-schema.ts');
const schema = configJsonSchema(`https://unpkg.com/care-level-widgets@${version}/dist/care-config.schema.json`);
writeFileSync(output, `${JSON.stringify(schema, null, 2)}\n`);

/** A JavaScript pattern as PHP's preg_* functions take it: `/…/uD` (D: `$` is the very end, as in JavaScript). */
function pcre(pattern) {
  if (!pattern.flags.includes('u') || pattern.flags.replace('u', '') !== '') {
    throw new Error(`${pattern}: give the pattern only the u flag, so PCRE reads it as JavaScript does`);
  }
  return `/${pattern.source.replace(/\\.|\//g, (match) => (match === '/' ? '\\/' : match))}/uD`;
}

/** The characters String.prototype.trim() removes, as one PCRE character class. */
function trimmedCharacters() {
  const ranges = [];
  for (let code = 0; code <= 0xffff; code += 1) {
    if (String.fromCharCode(code).trim() !== '') continue;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  const hex = (code) => `\\x{${code.toString(16).toUpperCase()}}`;
  return `[${ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`;
}

// The WordPress plugin checks a saved configuration by walking the same description with the same patterns and limits.
const rules = await importSource('src/config/wordpress-rules.ts');
writeFileSync(
  rulesOutput,
  `${JSON.stringify(
    {
      $comment: 'Written by scripts/config-schema.mjs from src/config/schema.ts: the rules of validateConfig, for PHP.',
      version,
      schema: rules.configSchema,
      levelIds: rules.levelIds,
      reservedRowIds: rules.reservedRowIds,
      limits: rules.configLimits,
      urlProtocols: rules.configUrlProtocols,
      patterns: {
        phone: pcre(rules.phonePattern),
        rowId: pcre(rules.rowIdPattern),
        url: pcre(rules.configUrlPattern),
        urlScheme: pcre(rules.urlSchemePattern),
        trimmed: trimmedCharacters(),
      },
    },
    null,
    2,
  )}\n`,
);
