/**
 * A rollup plugin for the script tag's chunks: the Spanish text leaves the code and goes into a file of its own,
 * `chunks/text-es.js`, which a page fetches only when an element shows Spanish.
 *
 * The sources keep every text beside its translation (`{ en: '…', es: '…' }`, the `Localized` type), so a missing
 * translation stays a type error and the npm modules, the single file and Node keep everything in memory. Here, after
 * TypeScript, each `es` value that needs nothing from its module (a string, or an object of strings and functions of
 * their own parameters) moves to text-es.js, and the code reads it from a table that
 * `src/internal/locale-content.ts`'s `localeContentReady('es')` fills. Every element awaits that before it renders
 * in Spanish, and shows English if the file cannot load.
 */
import MagicString from 'magic-string';
import { minify } from 'terser';
import ts from 'typescript';
import { replaceModule, replacedModuleId } from './replace-module.mjs';

/** The chunk build's `library` entry: src/define.ts, and what the loader's load() awaits (below). */
export const libraryEntry = '\0care-library';
const spanishTextFile = 'text-es.js';

/**
 * What the `library` entry exports besides the library: the loader's load() awaits the Spanish text through it, so
 * the data it resolves with has every language, and leaves it out of what it resolves with (see src/loader.ts).
 */
const libraryTextExport = '__careLocaleContentReady';

/** The chunk build's replacement for locale-content.ts: the moved texts' tables and the one fetch that fills them. */
const runtime = `
const tables = new Map();
let spanish;
export const textTable = (key) => {
  let table = tables.get(key);
  if (!table) tables.set(key, (table = { es: undefined }));
  return table;
};
export const localized = (en, table, index) => ({ en, get es() { return table.es ? table.es[index] : en; } });
export function localeContentReady(locale) {
  if (locale !== 'es' || spanish === 'ready' || spanish === 'failed') return undefined;
  spanish ??= import(new URL(${JSON.stringify(spanishTextFile)}, import.meta.url).href).then(
    ({ default: texts }) => {
      for (const key in texts) textTable(key).es = texts[key];
      spanish = 'ready';
    },
    (error) => {
      console.error('care-level-widgets: the Spanish text could not load, so the elements show English: ' + (error instanceof Error ? error.message : error));
      spanish = 'failed';
    },
  );
  return spanish;
}
export const localeAvailable = (locale) => locale !== 'es' || spanish !== 'failed';
`;

const globals = new Set(['undefined', 'Math', 'Number', 'String', 'Intl', 'Array', 'Object']);

/** Whether an expression can be evaluated in another module: it names nothing but its own parameters and globals. */
function selfContained(expression) {
  const declared = new Set();
  const used = [];
  let usesThis = false;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.ThisKeyword) usesThis = true;
    if (
      (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) &&
      ts.isIdentifier(node.name)
    ) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        ts.isParameter(parent) ||
        ts.isVariableDeclaration(parent) ||
        ts.isBindingElement(parent);
      if (!isName) used.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return !usesThis && used.every((name) => declared.has(name) || globals.has(name));
}

const propertyName = (property) =>
  (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name)
    ? property.name.text
    : undefined;

/** A short, stable key for a module's table, from its path inside the repository. */
function moduleKey(relativePath) {
  let hash = 5381;
  for (const character of relativePath) hash = ((hash * 33) ^ character.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

/**
 * @param {{ library: string, localeContent: string }} files absolute paths of src/define.ts (the `library` entry,
 *   with `libraryTextExport` added) and of src/internal/locale-content.ts (replaced by the runtime above)
 * @returns the plugins: the replacement of locale-content.ts, and the one that moves the texts
 */
export function spanishTextChunk({ library, localeContent }) {
  const runtimeId = replacedModuleId(localeContent);
  const moved = new Map();
  const movedFrom = new Map();
  const spanishText = {
    name: 'spanish-text-chunk',
    buildStart() {
      moved.clear();
      movedFrom.clear();
    },
    resolveId: (source) => (source === libraryEntry ? source : null),
    load(id) {
      if (id === libraryEntry) {
        return `export * from ${JSON.stringify(library)};\nexport { localeContentReady as ${libraryTextExport} } from '${runtimeId}';\n`;
      }
      return null;
    },
    // After @rollup/plugin-typescript, which compiles from the files on disk and ignores earlier transforms.
    transform: {
      order: 'post',
      handler(code, id) {
        if (!/\/src\/.*\.ts$/.test(id) || id === localeContent) return null;
        const relativePath = id.slice(id.lastIndexOf('/src/') + 1);
        const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
        const output = new MagicString(code);
        const texts = [];
        const visit = (node) => {
          if (ts.isObjectLiteralExpression(node)) {
            const english = node.properties.find((property) => propertyName(property) === 'en');
            const spanish = node.properties.find((property) => propertyName(property) === 'es');
            if (english && spanish && ts.isPropertyAssignment(spanish) && selfContained(spanish.initializer)) {
              const index = texts.push(spanish.initializer.getText(source)) - 1;
              if (node.properties.length === 2 && ts.isPropertyAssignment(english)) {
                ts.forEachChild(english.initializer, visit);
                const englishText = output.slice(english.initializer.getStart(source), english.initializer.getEnd());
                output.overwrite(
                  node.getStart(source),
                  node.getEnd(),
                  `__careLocalized(${englishText}, __careText, ${index})`,
                );
              } else {
                for (const property of node.properties) if (property !== spanish) visit(property);
                output.overwrite(
                  spanish.getStart(source),
                  spanish.getEnd(),
                  `get es() { return __careText.es ? __careText.es[${index}] : this.en; }`,
                );
              }
              return;
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
        if (texts.length === 0) return null;
        const key = moduleKey(relativePath);
        if (moved.has(key) && movedFrom.get(key) !== relativePath) {
          this.error(`${relativePath} and ${movedFrom.get(key)} have the same text table key, ${key}`);
        }
        moved.set(key, texts);
        movedFrom.set(key, relativePath);
        output.prepend(
          `import { textTable as __careTable, localized as __careLocalized } from '${runtimeId}';\nconst __careText = __careTable(${JSON.stringify(key)});\n`,
        );
        return {
          code: output.toString(),
          map: output.generateMap({ hires: true }),
        };
      },
    },
    async generateBundle() {
      const body = [...moved]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, texts]) => `${JSON.stringify(key)}: [${texts.join(',')}]`)
        .join(',');
      const { code } = await minify(`export default {${body}};`, {
        module: true,
        ecma: 2021,
        format: { comments: false },
      });
      this.emitFile({ type: 'prebuilt-chunk', fileName: spanishTextFile, code });
    },
  };
  return [replaceModule(localeContent, runtime), spanishText];
}
