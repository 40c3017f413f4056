import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * `@attribute lang` documents the element's standard `lang` property, but an attribute declared in JSDoc alone has no
 * `fieldName`: the JSX and Vue generators then emit `undefined` props and `CareComparison["undefined"]`.
 */
function langIsTheStandardProperty() {
  return {
    name: 'lang-is-the-standard-property',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
          }
        }
      }
    },
  };
}

/**
 * The base class src/internal/care-element.ts is analysed so each element inherits its documented members (`theme`,
 * `lang`), then dropped: it has no tag, and the JSX and Vue generators would otherwise emit a nameless element.
 */
function dropTaglessBase() {
  return {
    name: 'drop-tagless-base',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) => !module.path.endsWith('internal/care-element.js'),
      );
    },
  };
}

/** Plain descriptions for a theme property an element uses without describing it in its own `@cssprop`. */
const themePropertyDescriptions = {
  '--care-color-text': 'Body text.',
  '--care-color-text-muted': 'Secondary text.',
  '--care-color-surface': 'The background.',
  '--care-color-surface-alt': 'The background of secondary areas.',
  '--care-color-border': 'Borders.',
  '--care-color-accent': 'Accents: buttons, badges and links.',
  '--care-color-accent-contrast': 'Text on accent-coloured backgrounds.',
  '--care-color-highlight': 'The background of highlighted content.',
  '--care-color-danger': 'Crisis and error colour.',
  '--care-color-danger-surface': 'The background of crisis and error content.',
  '--care-color-focus': 'The focus ring.',
  '--care-radius': 'Corner radius.',
  '--care-space': 'The base spacing unit.',
  '--care-font-family': 'The font; inherits the page’s by default.',
  '--care-font-size': 'The base font size.',
};

/**
 * Each element's CSS custom properties are the ones its styles really use, not a hand-kept list: the `--care-*`
 * properties behind every `--_private` variable its styles file reads (mapped through src/internal/theme.styles.ts,
 * with the light defaults), any `--care-*` it reads directly, and the font properties every element's host uses. An
 * element's own `@cssprop` description is kept where it has one.
 */
function cssPropertiesFromStyles() {
  const theme = readFileSync('src/internal/theme.styles.ts', 'utf8');
  const privateToPublic = new Map();
  for (const [, privateName, publicName, fallback] of theme.matchAll(/(--_[\w-]+):\s*var\((--care-[\w-]+),\s*([^;]+)\);/g)) {
    privateToPublic.set(privateName, { name: publicName, default: fallback.trim() });
  }
  // What the shared theme itself reads outside its definitions (the host's colour, font) applies to every element.
  const themeRules = theme.replace(/--_[\w-]+:\s*var\([^;]+;/g, '');
  const hostProperties = [
    ...[...themeRules.matchAll(/var\((--_[\w-]+)/g)].map(([, privateName]) => privateToPublic.get(privateName)),
    ...[...themeRules.matchAll(/var\((--care-[\w-]+),\s*([^;]+)\);/g)].map(([, name, fallback]) => ({
      name,
      default: fallback.trim(),
    })),
  ].filter(Boolean);
  return {
    name: 'css-properties-from-styles',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const stylesFile = module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.styles.ts');
          const styles = readFileSync(stylesFile, 'utf8');
          const used = new Map(hostProperties.map((property) => [property.name, property]));
          for (const [, privateName] of styles.matchAll(/var\((--_[\w-]+)/g)) {
            const property = privateToPublic.get(privateName);
            if (property) used.set(property.name, property);
          }
          for (const [, name, fallback] of styles.matchAll(/var\((--care-[\w-]+)(?:,\s*([^;]+))?\)/g)) {
            if (!used.has(name)) used.set(name, { name, default: fallback?.trim() });
          }
          const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
          declaration.cssProperties = [...used.values()]
            .map((property) => ({
              name: property.name,
              default: documented.get(property.name)?.default ?? property.default,
              description: documented.get(property.name)?.description ?? themePropertyDescriptions[property.name] ?? '',
            }))
            .sort((a, b) => a.name.localeCompare(b.name));
        }
      }
    },
  };
}

/** `CustomEvent<CareCtaDetail>` -> `CareCtaDetail`. */
const detailType = (text) => text?.match(/^CustomEvent<(.+)>$/)?.[1] ?? text;

/** `care-cta` -> `onCareCta`: the prop Vue's compiler (and vue-tsc) makes of `@care-cta`. */
const vueHandlerKey = (eventName) => `on${eventName.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;

/**
 * Replaces `pattern` in `text`, and fails the build when it is not there: a new generator version must not silently
 * bring the broken types back.
 */
function replaceOrFail(text, pattern, replacement, what) {
  if (!pattern.test(text)) throw new Error(`generated types: ${what} not found in the generated file; check the generator's output`);
  return text.replace(pattern, replacement);
}

/**
 * Vue template types, written after the paths point at dist/ so the imports resolve in the published package.
 * custom-element-vuejs-integration expects an event's type to be its `detail` type (it wraps it in `CustomEvent<>`
 * and imports it), while our manifest holds the whole `CustomEvent<…Detail>`; so it gets a copy with the detail types.
 * Its output is then corrected in three places: each type is imported once; event props become Vue's `onCareCta`
 * (not `oncare-cta`, which no Vue template produces); and the `declare global { namespace JSX }` block goes, since
 * Vue 3.3+ has no global JSX and that block collides with the one in jsx.d.ts (TS2320) when a project loads both.
 */
function vueTypes() {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (event.type?.text) event.type.text = detailType(event.type.text);
          }
        }
      }
      generateVuejsTypes(manifest, {
        outdir: 'dist/types',
        fileName: 'vue.d.ts',
        globalTypePath: '../index.js',
        hideLogs: true,
      });
      const file = 'dist/types/vue.d.ts';
      let text = readFileSync(file, 'utf8');
      // One import of each type: the generator repeats a detail type for every element that fires the event.
      text = replaceOrFail(
        text,
        /import type \{([^}]*)\} from "\.\.\/index\.js";/,
        (_, names) => `import type { ${[...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))].join(', ')} } from "../index.js";`,
        'the import from ../index.js',
      );
      text = replaceOrFail(text, /"on([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/g, (_, name) => `${vueHandlerKey(name)}?:`, 'kebab-case event props');
      text = replaceOrFail(
        text,
        /\n\s*declare global \{\s*namespace JSX \{[^{}]*interface IntrinsicElements extends CustomElements \{\}\s*\}\s*\}\n?/,
        '\n',
        'the global JSX block',
      );
      writeFileSync(file, text);
    },
  };
}

/**
 * The generated JSX types take a `ref` only as the element itself or a callback given the element, so React's
 * `ref={useRef<CareQuestionnaire>(null)}` failed to type-check (TS2322). React passes a ref object, or a callback
 * that may receive `null` and may return a cleanup function.
 */
function reactRefTypes() {
  return {
    name: 'react-ref-types',
    packageLinkPhase() {
      const file = 'dist/types/jsx.d.ts';
      const text = replaceOrFail(
        readFileSync(file, 'utf8'),
        /^(\s*)ref\?: \(T \| \(\(e: T\) => void\)\) \| undefined;$/m,
        '$1ref?: T | { current: T | null } | ((element: T | null) => void | (() => void)) | null | undefined;',
        'the ref prop',
      );
      writeFileSync(file, text);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/care-element.ts', 'src/internal/care-section-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    pointPathsAtDist(),
    dropTaglessBase(),
    langIsTheStandardProperty(),
    cssPropertiesFromStyles(),
    jsxTypesPlugin({ outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath: '../index.js', stronglyTypedEvents: true, hideLogs: true }),
    reactRefTypes(),
    vueTypes(),
  ],
};
