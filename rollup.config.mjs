import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import ts from 'typescript';
import { libraryEntry, spanishTextChunk } from './scripts/locale-text-plugin.mjs';
import { replaceModule } from './scripts/replace-module.mjs';

const componentNames = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  data: 'src/data.ts',
  ssr: 'src/ssr.ts',
  ...Object.fromEntries(
    componentNames.flatMap((name) => [
      [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
      [`components/${name}/define`, `src/components/${name}/define.ts`],
    ]),
  ),
};

// A type error fails the build (by default @rollup/plugin-typescript only warns, and `--silent` hid the warning).
const failOnTypeErrors = { noEmitOnError: true };

const isRuntimeDependency = (id) => /^(lit|@lit|@lit-labs\/[^/]+|@floating-ui\/[^/]+|tslib)(\/|$)/.test(id);

/**
 * TypeScript to JavaScript file by file, without type-checking: for the demo worker, whose sources the npm build has
 * just type-checked. A second checked program would double the build's time.
 */
function transpileTypeScript() {
  const compilerOptions = {
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    importHelpers: true,
  };
  return {
    name: 'transpile-typescript',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      return this.resolve(source.replace(/\.js$/, '.ts'), importer, { ...options, skipSelf: true });
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      return { code: ts.transpileModule(code, { compilerOptions, fileName: id }).outputText, map: null };
    },
  };
}

/**
 * The text of every css`` template in the element styles without comments and with whitespace collapsed: the
 * comments explain the styles to whoever edits them, not to the browser that parses them on every page load, and
 * they reached the script-tag bundle and every pre-rendered snippet (terser leaves template literals alone). Runs
 * after TypeScript, which compiles from the files on disk rather than from an earlier plugin's output. Only the
 * static parts between `${…}` change. Whitespace before `:` and around `>`, `+` and `~` stays, since it can be a
 * descendant combinator; after `:` it goes, as in a selector a name always follows the colon directly.
 */
function minifyCssTemplates() {
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':');
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const output = new MagicString(code);
      for (const template of code.matchAll(/\bcss\s*`([^`]*)`/g)) {
        const start = template.index + template[0].indexOf('`') + 1;
        const parts = template[1].split(/(\$\{[^}]*\})/);
        const minified = parts.map((part, index) => (index % 2 ? part : minify(part))).join('');
        output.overwrite(start, start + template[1].length, minified);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * Writes `files.json` beside the chunks: for each entry, and each chunk imported only when needed (the configuration
 * checker `validate`, Floating UI), every file a browser fetches to run it (the chunk and the shared chunks it
 * imports, transitively), so tests and the benchmark can tell what a page should fetch.
 */
function chunkFileList() {
  return {
    name: 'chunk-file-list',
    generateBundle(_options, bundle) {
      const filesOf = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of bundle[fileName].imports) filesOf(imported, seen);
        return seen;
      };
      const entries = Object.values(bundle).filter((item) => item.type === 'chunk' && (item.isEntry || item.isDynamicEntry));
      const list = Object.fromEntries(entries.map((entry) => [entry.name, [...filesOf(entry.fileName)]]));
      this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(list, null, 2)}\n` });
    },
  };
}

/**
 * Writes `value()`, computed as the file is built, into the script `file` (a path ending) where it declares
 * `placeholder`: what a script tag must know of files built before it.
 */
function valueInScript(file, placeholder, value) {
  return {
    name: `value-in-script:${placeholder}`,
    transform(code, id) {
      if (!id.endsWith(file)) return null;
      return { code: code.replace(new RegExp(`\\b${placeholder}\\b(?=;)`), `(${JSON.stringify(value())})`), map: null };
    },
  };
}

/** The elements' lists of chunks/files.json (just built), and the configuration checker's, for the loader. */
function loaderChunkFiles() {
  const files = JSON.parse(readFileSync('dist/chunks/files.json', 'utf8'));
  const elements = Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('care-')));
  // The checker's files that no element loads already: the loader fetches them beside a configured element's.
  const loadedByElements = new Set(Object.values(elements).flat());
  elements.validate = files.validate.filter((file) => !loadedByElements.has(file));
  return elements;
}

const hydrateFullFile = 'care-level-widgets-hydrate.full.js';

/** The full hydrate file's name and Subresource Integrity hash (of the file just built), for the small hydrate script. */
const fullHydrateScript = () => ({
  file: hydrateFullFile,
  integrity: `sha384-${createHash('sha384').update(readFileSync(`dist/${hydrateFullFile}`)).digest('base64')}`,
});

/**
 * In the script tag's chunks, the configuration checker is fetched the first time an element is given a
 * configuration, not with every element: src/internal/config-validation.ts gives way to a module that imports it.
 */
const configValidationOnDemand = () =>
  replaceModule(
    resolvePath('src/internal/config-validation.ts'),
    `let validation;
export function configValidation() {
  return (validation ??= import(${JSON.stringify(resolvePath('src/config/validate.ts'))}));
}
`,
  );

/** One file for a script tag: everything bundled in, minified, with a source map; `plugins` run after TypeScript. */
function scriptTagBundle(input, file, plugins = []) {
  return {
    input,
    // One file: Floating UI, which the modules import when a popup first opens, is bundled in too.
    output: { file, format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: true, ...failOnTypeErrors }),
      ...plugins,
      minifyCssTemplates(),
      terser({ ecma: 2021, module: false, format: { comments: false } }),
    ],
  };
}

export default [
  {
    input: npmEntries,
    external: isRuntimeDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        exclude: ['src/loader.ts', 'src/standalone.ts', 'src/ssr/hydrate-bundle.ts', 'src/ssr/hydrate-on-demand.ts', 'src/ssr/embed-worker.ts'],
        ...failOnTypeErrors,
      }),
      minifyCssTemplates(),
    ],
  },
  {
    // The loader's chunks: one entry per element (it defines the element and those it renders), `library` for the
    // loader's load(), and the code they share in hashed files, fetched once and cached across versions' changes.
    input: {
      ...Object.fromEntries(componentNames.map((name) => [`care-${name}`, `src/components/${name}/define.ts`])),
      library: libraryEntry,
    },
    // Each file is one more import() for the loader to start, a few milliseconds of a phone's main thread: an
    // element's own code may live in its entry file (which the library entry then imports), and a shared file under
    // 400 B joins one that loads with it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/chunks',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'shared-[hash:6].js',
      experimentalMinChunkSize: 400,
      sourcemap: true,
    },
    plugins: [
      ...spanishTextChunk({ library: resolvePath('src/define.ts'), localeContent: resolvePath('src/internal/locale-content.ts') }),
      configValidationOnDemand(),
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/chunks', sourceMap: true, ...failOnTypeErrors }),
      minifyCssTemplates(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
      chunkFileList(),
    ],
  },
  // The script tag a site pastes: the loader, which fetches from chunks/ beside it only the elements a page shows.
  // Built after the chunks (rollup builds an array of configurations in order): it carries chunks/files.json.
  scriptTagBundle('src/loader.ts', 'dist/care-level-widgets.js', [valueInScript('/src/loader.ts', '__CHUNK_FILES__', loaderChunkFiles)]),
  // For a site that can host only one file: everything in one script, as the script tag was before the loader.
  scriptTagBundle('src/standalone.ts', 'dist/care-level-widgets.standalone.js'),
  // For pages with pre-rendered elements (care-level-widgets/ssr): Lit's hydration support, loaded before Lit
  // defines the elements, then the same bundle. Its own file, so the plain bundle does not grow.
  scriptTagBundle('src/ssr/hydrate-bundle.ts', `dist/${hydrateFullFile}`),
  // The hydrate script tag: a small script that loads the file above when the page is idle or first used. Built
  // after it: it carries that file's integrity hash.
  scriptTagBundle('src/ssr/hydrate-on-demand.ts', 'dist/care-level-widgets-hydrate.js', [valueInScript('/src/ssr/hydrate-on-demand.ts', '__FULL_SCRIPT__', fullHydrateScript)]),
  {
    // The embed-code page's pre-renderer (demo/embed.js): care-level-widgets/ssr in a Web Worker, with Lit's server
    // builds (the `node` condition), which need no DOM. Demo only: package.json `files` leaves dist/demo/ out.
    input: 'src/ssr/embed-worker.ts',
    output: { file: 'dist/demo/care-level-widgets-ssr-worker.js', format: 'iife', inlineDynamicImports: true },
    plugins: [
      {
        // Lit's server-side hydration helpers base64 a template digest with Node's Buffer; a worker has btoa.
        name: 'buffer-as-btoa',
        resolveId: (id) => (id === 'buffer' ? '\0buffer' : null),
        load: (id) => (id === '\0buffer' ? 'export const Buffer = { from: (text) => ({ toString: () => btoa(text) }) };' : null),
      },
      transpileTypeScript(),
      minifyCssTemplates(),
      nodeResolve({ exportConditions: ['node'], preferBuiltins: false }),
    ],
  },
];
