import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { validateConfig } from '../config/validate.js';
import { elementAttributes } from './element-attributes.js';
import {
  careElementTags,
  CareRenderError,
  escapeAttribute,
  escapeText,
  minifyCss,
  type CareElementTag,
  type RenderElementOptions,
} from './snippet.js';
// Registers the elements in Lit's server-side registry (Lit's Node build provides `customElements` there).
import '../define.js';

/** The elements that take a center's configuration. */
const configurableTags: readonly CareElementTag[] = ['care-comparison', 'care-questionnaire'];

/**
 * The `heading-level` each element renders with on a server when none is given. In a browser an element without one
 * fits itself below the nearest heading before it, which a server cannot see; writing the server's choice into the
 * markup keeps the browser from rendering a different heading (which hydration could not reconcile).
 */
const serverHeadingLevels: Partial<Record<CareElementTag, string>> = {
  'care-comparison': '3',
  'care-questionnaire': '2',
  'care-crisis-banner': '2',
};

/**
 * Besides the attributes an element documents, the ones any element may carry without giving a page's author a way
 * to run script or restyle the page: `id`, `class`, `aria-*` and `data-*`. Everything else (`on*` handlers, `style`,
 * `srcdoc`, `formaction`, names in capitals or with entities) is refused, so a server that maps its authors'
 * attributes into `renderElement` cannot be made to write script into its pages.
 */
const globalAttributes: readonly string[] = ['id', 'class'];
const globalAttributePattern = /^(aria|data)-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function checkAttributeName(tag: CareElementTag, name: string): void {
  if (elementAttributes[tag].includes(name) || globalAttributes.includes(name) || globalAttributePattern.test(name)) return;
  throw new CareRenderError(
    `<${tag}> does not take the attribute ${JSON.stringify(name)}: use ${elementAttributes[tag].join(', ')}, ` +
      'id, class, aria-* or data-*.',
  );
}


let nestedTermsMode: 'lean' | 'full' = 'lean';

/**
 * Whether this `@lit-labs/ssr` pops an element off its host stack when the element's renderer emitted no shadow root.
 * 4.1.0 pops only after a shadow root it emitted, so a lean term must pop itself; lit/lit#5238 moves the pop out of
 * that branch, and popping again there would drop the term's host: every term after the first would lose
 * `defer-hydration` and hydrate before its host. Found once, when this module loads, from the stack depth two
 * sibling terms without shadow roots see: equal when Lit popped the first.
 */
const litPopsHostWithoutShadow = ((): boolean => {
  const depths: number[] = [];
  class HostStackProbe extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): undefined {
      depths.push(renderInfo.customElementHostStack.length);
      return undefined;
    }
  }
  collectResultSync(render(html`<care-term></care-term><care-term></care-term>`, { elementRenderers: [HostStackProbe] }));
  return depths[1] === depths[0];
})();

/**
 * Lit's renderer with two changes for snippets: styles are minified, and (in `lean` mode) a `<care-term>` inside
 * another element gets no declarative shadow root, only its text. Lit still marks it `defer-hydration`, so it
 * upgrades when its host hydrates and renders its own shadow root then.
 */
class CareElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const hosts = renderInfo.customElementHostStack;
    if (nestedTermsMode === 'lean' && this.tagName === 'care-term' && hosts.length > 1) {
      if (!litPopsHostWithoutShadow) hosts.pop();
      return undefined;
    }
    const result = super.renderShadow(renderInfo);
    return result?.map((part) =>
      typeof part === 'string' && part !== '<style>' && part !== '</style>' ? minifyCss(part) : part,
    );
  }
}

function attributeList(tag: CareElementTag, options: RenderElementOptions): [string, string][] {
  const list: [string, string][] = [];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    checkAttributeName(tag, name);
    if (value === false || value === null || value === undefined) continue;
    if (name === 'config' && options.config !== undefined) {
      throw new CareRenderError('Give the configuration once: as the config option or the config attribute.');
    }
    list.push([name, value === true ? '' : String(value)]);
  }
  const names = new Set(list.map(([name]) => name));
  // Without its own lang the element would follow the page's in the browser, which may differ from the server's
  // English: hydration keeps the server's text, so the language is written down.
  if (!names.has('lang')) list.push(['lang', 'en']);
  const headingLevel = serverHeadingLevels[tag];
  if (headingLevel && !names.has('heading-level')) list.push(['heading-level', headingLevel]);
  const configText = options.config !== undefined ? JSON.stringify(options.config) : list.find(([name]) => name === 'config')?.[1];
  if (configText !== undefined) {
    if (!configurableTags.includes(tag)) throw new CareRenderError(`<${tag}> takes no configuration.`);
    checkConfig(configText);
    if (options.config !== undefined) list.push(['config', configText]);
  }
  return list;
}

function checkConfig(configText: string): void {
  let input: unknown;
  try {
    input = JSON.parse(configText);
  } catch (error) {
    throw new CareRenderError(`The configuration is not JSON: ${(error as Error).message}`);
  }
  const result = validateConfig(input);
  if (!result.ok) {
    const lines = result.errors.map((error) => `  ${error.message}`).join('\n');
    throw new CareRenderError(`The configuration has ${result.errors.length} problem(s):\n${lines}`, result.errors);
  }
}

/** A template whose strings are the element itself, every value escaped here: the markup has no bindings. */
function elementTemplate(tag: CareElementTag, attributes: readonly [string, string][], text: string | undefined) {
  const attributeText = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const markup = `<${tag}${attributeText}>${text === undefined ? '' : escapeText(text)}</${tag}>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return html(strings);
}

/**
 * Renders one element to HTML with a declarative shadow root (`<template shadowrootmode="open">`): it shows before any
 * script runs, and without JavaScript at all. Load `dist/care-level-widgets-hydrate.js` on the page (see
 * `hydrateScriptUrl`) to make it interactive without rendering it again.
 *
 * ```js
 * renderElement('care-comparison', { attributes: { highlight: 'iop', lang: 'es' }, config: { levels: ['iop'] } });
 * ```
 *
 * Throws a `CareRenderError` for an unknown tag, an attribute the element does not document (other than `id`,
 * `class`, `aria-*` and `data-*`), or a configuration with errors (listing each, as `validateConfig` words them).
 * Reads no `document`: it runs in Node without a DOM.
 */
export function renderElement(tag: CareElementTag, options: RenderElementOptions = {}): string {
  if (!(careElementTags as readonly string[]).includes(tag)) {
    throw new CareRenderError(`Unknown element <${String(tag)}>: use one of ${careElementTags.join(', ')}.`);
  }
  if (options.text !== undefined && tag !== 'care-term') {
    throw new CareRenderError(`<${tag}> takes no text: only <care-term> explains the words inside it.`);
  }
  const attributes = attributeList(tag, options);
  const previousMode = nestedTermsMode;
  nestedTermsMode = options.nestedTerms ?? 'lean';
  try {
    const output = collectResultSync(
      render(elementTemplate(tag, attributes, options.text), { elementRenderers: [CareElementRenderer] }),
    );
    // The outer template's markers: only a template hydrated as a whole needs them, and this one never is.
    // The templates' indentation, kept to one line break: the same text to a reader, a fifth fewer bytes.
    return output
      .replace(/^<!--lit-part[^>]*-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(/\n\s+/g, '\n');
  } finally {
    nestedTermsMode = previousMode;
  }
}
