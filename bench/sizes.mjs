/**
 * What the library weighs for the people who load it: the script-tag bundle as shipped, each npm entry as a consumer
 * bundling only that entry gets it (rollup with node-resolve, so `sideEffects` tree-shaking applies, then terser),
 * and lit plus @floating-ui alone, the floor no lit-and-floating-ui library can go under.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export function compressedSizes(code) {
  const bytes = Buffer.from(code);
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

function pascalCase(name) {
  return name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}

/**
 * The consumer module for one `package.json` export: a side-effect import for `/define` entries, the element class
 * for a component entry, and everything for the root and `/data` entries (a consumer of those may use any part).
 */
function consumerFor(packageName, exportPath, file) {
  const specifier = exportPath === '.' ? packageName : `${packageName}/${exportPath.slice(2)}`;
  if (exportPath === './define' || exportPath.endsWith('/define')) {
    return { specifier, imports: 'registers the elements', code: `import '${specifier}';\n` };
  }
  const className = `Care${pascalCase(exportPath.slice(2))}`;
  if (exportPath !== './data' && new RegExp(`export\\s*\\{[^}]*\\b${className}\\b`).test(readFileSync(file, 'utf8'))) {
    return {
      specifier,
      imports: `{ ${className} }`,
      code: `import { ${className} } from '${specifier}';\nconsole.log(${className});\n`,
    };
  }
  return { specifier, imports: 'every export', code: `import * as entry from '${specifier}';\nconsole.log(entry);\n` };
}

/**
 * Where each part of a bundle comes from: lit, @floating-ui, a file of the sourced content (data/questions …), or a
 * folder of this package's dist/.
 */
function originOf(moduleId) {
  const dependency = moduleId.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (dependency) return dependency.startsWith('@floating-ui') ? '@floating-ui' : dependency.startsWith('@lit') || dependency.startsWith('lit') ? 'lit' : dependency;
  const inDist = moduleId.match(/\/dist\/(.+)$/)?.[1];
  if (!inDist) return 'other';
  const [first, second] = inDist.split('/');
  if (first === 'components') return `components/${second}`;
  if (first === 'data' && second) return `data/${second.replace(/\.js$/, '')}`;
  return first.endsWith('.js') ? first.replace(/\.js$/, '') : first;
}

async function bundleSizes(inputFile, { format = 'es' } = {}) {
  const warnings = [];
  const bundle = await rollup({
    input: inputFile,
    plugins: [nodeResolve({ browser: true })],
    onwarn: (warning) => warnings.push(warning.message),
  });
  try {
    const chunksOf = (output) => output.output.filter((item) => item.type === 'chunk').map((chunk) => chunk.code).join('\n');
    const unminified = await bundle.generate({ format, inlineDynamicImports: format === 'iife' });
    const raw = chunksOf(unminified);
    const codeByOrigin = {};
    for (const chunk of unminified.output.filter((item) => item.type === 'chunk')) {
      for (const [moduleId, info] of Object.entries(chunk.modules)) {
        const origin = originOf(moduleId);
        codeByOrigin[origin] = `${codeByOrigin[origin] ?? ''}\n${info.code ?? ''}`;
      }
    }
    const minified = chunksOf(
      await bundle.generate({ format, inlineDynamicImports: format === 'iife', plugins: [terser({ ecma: 2021, module: format === 'es', format: { comments: false } })] }),
    );
    return {
      raw: Buffer.byteLength(raw),
      minified: Buffer.byteLength(minified),
      ...compressedSizes(minified),
      codeByOrigin,
      warnings,
    };
  } finally {
    await bundle.close();
  }
}

function withoutCode({ codeByOrigin, ...sizes }) {
  return sizes;
}

/**
 * Where the script-tag bundle's bytes come from: each origin's modules minified and gzipped on their own (`gzip`;
 * parts compress a little worse apart than together, so these add up to more than the whole), and what each part
 * adds to the whole (`marginalGzip`: the gzip of every part minus the gzip of every part but this one, so what
 * leaving it out would save; these add up to less than the whole, as shared strings count for no single part).
 */
async function sizesByOrigin(codeByOrigin) {
  // terser comes with @rollup/plugin-terser; without it the breakdown is left out rather than failing the bench.
  const minify = await import('terser').then((terserModule) => terserModule.minify, () => undefined);
  if (!minify) return [];
  const parts = [];
  for (const [origin, code] of Object.entries(codeByOrigin)) {
    const minified = (await minify(code, { ecma: 2021, module: false, toplevel: false, format: { comments: false } })).code ?? '';
    if (minified.length > 0) parts.push({ origin, code: minified, minified: Buffer.byteLength(minified), ...compressedSizes(minified) });
  }
  const gzipOf = (list) => compressedSizes(list.map((part) => part.code).join('\n')).gzip;
  const whole = gzipOf(parts);
  return parts
    .map(({ code, ...part }) => ({ ...part, marginalGzip: whole - gzipOf(parts.filter((other) => other.origin !== part.origin)) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * Measures every size. The consumer files live in a temporary folder whose `node_modules` links to this repository,
 * so `care-level-widgets/...` resolves through `package.json` `exports` to dist/ exactly as an installed copy would.
 */
export async function measureSizes(repoRoot) {
  const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const workDir = mkdtempSync(join(tmpdir(), 'care-bench-'));
  try {
    const modules = join(workDir, 'node_modules');
    mkdirSync(join(modules, '@floating-ui'), { recursive: true });
    symlinkSync(repoRoot, join(modules, packageJson.name), 'dir');
    symlinkSync(join(repoRoot, 'node_modules/lit'), join(modules, 'lit'), 'dir');
    symlinkSync(join(repoRoot, 'node_modules/@floating-ui/dom'), join(modules, '@floating-ui/dom'), 'dir');

    const shippedFile = join(repoRoot, 'dist/care-level-widgets.standalone.js');
    const shipped = readFileSync(shippedFile);
    const scriptTagConsumer = join(workDir, 'script-tag.js');
    writeFileSync(
      scriptTagConsumer,
      `import * as library from '${packageJson.name}/define';\nwindow.CareLevelWidgets ??= library;\n`,
    );
    const unminifiedScriptTag = await bundleSizes(scriptTagConsumer, { format: 'iife' });
    const scriptTag = {
      name: 'dist/care-level-widgets.standalone.js',
      imports: 'single-file script tag: every element, en + es',
      raw: unminifiedScriptTag.raw,
      minified: shipped.length,
      ...compressedSizes(shipped),
      byOrigin: await sizesByOrigin(unminifiedScriptTag.codeByOrigin),
    };

    const entries = [];
    for (const [exportPath, target] of Object.entries(packageJson.exports)) {
      const file = typeof target === 'object' ? target.default : target;
      if (typeof file !== 'string' || !file.endsWith('.js')) continue;
      const consumer = consumerFor(packageJson.name, exportPath, join(repoRoot, file));
      const input = join(workDir, `entry-${entries.length}.js`);
      writeFileSync(input, consumer.code);
      const sizes = await bundleSizes(input);
      entries.push({ name: consumer.specifier, imports: consumer.imports, ...withoutCode(sizes) });
    }

    const floorConsumers = [
      ['lit', '{ LitElement, html, css }', `import { LitElement, html, css } from 'lit';\nconsole.log(LitElement, html, css);\n`],
      [
        '@floating-ui/dom',
        '{ computePosition, autoUpdate, offset, flip, shift, arrow }',
        `import { computePosition, autoUpdate, offset, flip, shift, arrow } from '@floating-ui/dom';\nconsole.log(computePosition, autoUpdate, offset, flip, shift, arrow);\n`,
      ],
    ];
    floorConsumers.push([
      'lit + @floating-ui/dom (floor)',
      'both of the above',
      floorConsumers.map(([, , code]) => code.split('\n')[0]).join('\n') +
        `\nconsole.log(LitElement, html, css, computePosition, autoUpdate, offset, flip, shift, arrow);\n`,
    ]);
    const floor = [];
    for (const [name, imports, code] of floorConsumers) {
      const input = join(workDir, `floor-${floor.length}.js`);
      writeFileSync(input, code);
      floor.push({ name, imports, ...withoutCode(await bundleSizes(input)) });
    }
    return { scriptTag, entries, floor };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
