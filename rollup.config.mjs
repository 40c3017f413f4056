import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import ts from 'typescript';

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

/** One file for a script tag: everything bundled in, minified, with a source map. */
function scriptTagBundle(input, file) {
  return {
    input,
    output: { file, format: 'iife', sourcemap: true },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: true, ...failOnTypeErrors }),
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
        exclude: ['src/bundle.ts', 'src/ssr/hydrate-bundle.ts', 'src/ssr/embed-worker.ts'],
        ...failOnTypeErrors,
      }),
      minifyCssTemplates(),
    ],
  },
  scriptTagBundle('src/bundle.ts', 'dist/care-level-widgets.js'),
  // For pages with pre-rendered elements (care-level-widgets/ssr): Lit's hydration support, loaded before Lit
  // defines the elements, then the same bundle. Its own file, so the plain bundle does not grow.
  scriptTagBundle('src/ssr/hydrate-bundle.ts', 'dist/care-level-widgets-hydrate.js'),
  {
    // The embed-code page's pre-renderer (demo/embed.js): care-level-widgets/ssr in a Web Worker, with Lit's server
    // builds (the `node` condition), which need no DOM. Demo only: package.json `files` leaves dist/demo/ out.
    input: 'src/ssr/embed-worker.ts',
    output: { file: 'dist/demo/care-level-widgets-ssr-worker.js', format: 'iife' },
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
