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

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [pointPathsAtDist()],
};
