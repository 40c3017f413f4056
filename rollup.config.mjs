import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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
        exclude: ['src/bundle.ts', 'src/ssr/hydrate-bundle.ts'],
        ...failOnTypeErrors,
      }),
    ],
  },
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/care-level-widgets.js',
      format: 'iife',
      sourcemap: true,
    },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: true, ...failOnTypeErrors }),
      terser({ ecma: 2021, module: false, format: { comments: false } }),
    ],
  },
  {
    // For pages with pre-rendered elements (care-level-widgets/ssr): Lit's hydration support, loaded before Lit
    // defines the elements, then the same bundle. Its own file, so the plain bundle does not grow.
    input: 'src/ssr/hydrate-bundle.ts',
    output: {
      file: 'dist/care-level-widgets-hydrate.js',
      format: 'iife',
      sourcemap: true,
    },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: true, ...failOnTypeErrors }),
      terser({ ecma: 2021, module: false, format: { comments: false } }),
    ],
  },
];
