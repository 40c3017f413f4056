import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/**
 * Generates dist/custom-elements.json from the JSDoc on each element class. Paths are rewritten from src/*.ts to the
 * built dist/*.js that consumers import.
 */
const toDistPath = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function pointPathsAtDist() {
  return {
    name: 'point-paths-at-dist',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = toDistPath(module.path);
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module) exported.declaration.module = toDistPath(exported.declaration.module);
        }
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = toDistPath(declaration.superclass.module);
        }
      }
    },
  };
}

/** Vue template types, written after the paths point at dist/ so the imports resolve in the published package. */
function vueTypes() {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      generateVuejsTypes(customElementsManifest, {
        outdir: 'dist/types',
        fileName: 'vue.d.ts',
        globalTypePath: '../index.js',
        hideLogs: true,
      });
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    pointPathsAtDist(),
    jsxTypesPlugin({ outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath: '../index.js', stronglyTypedEvents: true, hideLogs: true }),
    vueTypes(),
  ],
};
