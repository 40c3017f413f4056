import { dirname, resolve } from 'node:path';

/** The id of the virtual module that stands in for `source` (an absolute path) where `replaceModule` is used. */
export const replacedModuleId = (source) => `\0replaced:${source}`;

/**
 * A rollup plugin for one build: `source`, a module of src/ given by its absolute path, gives way to a virtual module
 * made of `code`. The script tag's chunks replace plain modules this way with ones that fetch their part later.
 */
export function replaceModule(source, code) {
  const id = replacedModuleId(source);
  const imported = source.replace(/\.ts$/, '.js');
  return {
    name: `replace-module:${source}`,
    // Before @rollup/plugin-typescript, which would resolve the import to the file on disk.
    resolveId: {
      order: 'pre',
      handler(specifier, importer) {
        if (specifier === id) return id;
        return importer && !importer.startsWith('\0') && resolve(dirname(importer), specifier) === imported ? id : null;
      },
    },
    load: (loaded) => (loaded === id ? code : null),
  };
}
