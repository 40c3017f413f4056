import { LitElement, adoptStyles, isServer, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { version } from '../version.js';
import { toLocale, type Locale } from '../data/locale.js';
import { localeAvailable, localeContentReady } from './locale-content.js';
import { LocalizeController, resolveLang } from './localize-controller.js';
import { themeStyles } from './theme.styles.js';
import { addUpdateGate, updateGatesOf } from './update-gates.js';
import { warnOnce } from './warn-once.js';

/** The colour schemes `theme` accepts; without one, an element follows the page's `color-scheme` (light by default). */
export type CareTheme = 'light' | 'dark';

const themes: readonly string[] = ['light', 'dark'];

/**
 * The language a server rendered an element in, written on the host by Lit SSR (see `willUpdate()`) and read once by
 * the browser: hydration keeps the server's text, so an element whose language changed since must render again.
 */
const renderedLangAttribute = 'rendered-lang';

/**
 * The base of every element, as Shoelace's `ShoelaceElement` is of its components: the library version, `theme`
 * and the theme styles, the language, the elements it renders (so each `define` registers them too), and the one
 * policy for attribute values an element cannot use.
 *
 * That policy: a value an attribute does not accept is ignored (the element renders as if the attribute were not
 * set) and the console gets one warning naming the element, the attribute, the value and what it accepts. Only a
 * center's configuration (`config`, a child JSON script, `levels`) also shows a visible message and fires
 * `care-config-error`, because a site owner must see that their own details are missing.
 *
 * @cssstate pending - From the element's definition until its first render has shown everything: it still shows
 * what the page wrote inside it. The optional page stylesheet (care-level-widgets.css) reserves its space then too.
 */
export class CareElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version = version;

  /** The elements this one renders, by tag: defining this element defines them first. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  static override styles: CSSResultGroup = themeStyles;

  /**
   * `lang` is observed too, so that `element.lang = 'es'; await element.updateComplete` sees the new language
   * within the same update (the shared observer of ancestors' `lang` reacts a microtask later).
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Forces the light or dark colours; by default the element follows the page's `color-scheme`, light unless the
   * page declares dark.
   */
  @property({ reflect: true }) theme?: CareTheme;

  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    // The script tag's chunks fetch the Spanish text the first time an element shows Spanish.
    addUpdateGate(this, () => localeContentReady(toLocale(resolveLang(this))));
  }

  /**
   * The language the element renders in, read once per update in `willUpdate()` (the element's own `lang`, else its
   * nearest ancestor's, else the page's), so `render()` reads nothing from the page.
   */
  protected locale: Locale = 'en';

  /**
   * The `lang` to put on the element's content when the language it shows is not the one it inherits (WCAG 3.1.2):
   * on a French page the widgets speak English, and say so. Undefined when they match. Worked out in `willUpdate()`.
   */
  protected contentLang?: string;

  /**
   * The element's `ElementInternals`, attached once here: the `pending` custom state uses it, and a subclass uses
   * the same object (for its own states or ARIA) rather than calling `attachInternals()` a second time.
   */
  protected readonly internals?: ElementInternals =
    typeof super.attachInternals === 'function' ? super.attachInternals() : undefined;

  /**
   * The values the reflected properties had before any attribute set them (`variant="full"`, `layout="auto"`):
   * when a morphing library (Turbo, idiomorph, htmx) removes a reflected attribute, the property goes back to this
   * value instead of becoming `null`. Recorded at the first attribute change or connection, as Shoelace's
   * `initialReflectedProperties` are: before that the subclasses' field initialisers have not run.
   */
  private reflectedDefaults?: ReadonlyMap<PropertyKey, unknown>;

  /** Whether the next update adopts a declarative shadow root that a server rendered (Lit's hydration). */
  private hydrating = false;

  /**
   * Whether the element started from markup a server rendered (`care-level-widgets/ssr`): its first render shows
   * that markup's state, so state kept in the browser (the questionnaire's saved progress) is applied after it.
   */
  protected prerendered = false;

  /**
   * The slot that shows the element's own content (the page's fallback) until the first render, in a root whose
   * styles wait for that render too.
   */
  private fallbackSlot?: HTMLSlotElement;

  /**
   * The shadow root gets its styles at the first update, not on connection: connecting happens while the script
   * runs (the browser upgrades every element already in the page then), and parsing each element's style sheet
   * there would lengthen that one task. Until the first render the root holds only a slot, so what the page wrote
   * inside the element keeps showing as it did before the element was defined: an empty root would collapse it for
   * a frame. A pre-rendered (declarative) shadow root is hydrated by Lit, unless the server rendered it in another
   * language than the element has now: then it is emptied and rendered as a fresh one.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    if (prerendered) {
      this.prerendered = true;
      const renderedLang = this.getAttribute(renderedLangAttribute);
      this.removeAttribute(renderedLangAttribute);
      const lang = toLocale(resolveLang(this));
      if (renderedLang === null || renderedLang === lang) {
        this.hydrating = true;
        return super.createRenderRoot();
      }
      this.warnRenderedAgain(`it was pre-rendered in "${renderedLang}" and its language is now "${lang}"`);
      prerendered.replaceChildren();
    }
    const root = prerendered ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.fallbackSlot = root.appendChild(document.createElement('slot'));
    return root;
  }

  override connectedCallback(): void {
    this.recordReflectedDefaults();
    super.connectedCallback();
    if (!this.hasUpdated) this.setPending(true);
  }

  /**
   * A subclass, or a mixin written for plain custom elements, gets the `ElementInternals` this class attached,
   * instead of the `NotSupportedError` a second `attachInternals()` throws.
   */
  override attachInternals(): ElementInternals {
    return this.internals ?? super.attachInternals();
  }

  /**
   * Each element's first render waits for a task of its own: a page with several widgets then never renders them
   * all inside the task that runs the script (a long task on a slow phone). Later updates are not delayed, unless
   * something the element needs is still loading: the script tag's chunks fetch the Spanish text when an element
   * first shows Spanish, and the configuration checker when one is first given a configuration (update gates).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    for (const gate of updateGatesOf(this)) {
      const loading = gate();
      if (loading) await loading;
    }
    await super.scheduleUpdate();
  }

  /**
   * Whether the element shows all of its first render: an element that renders in steps (the comparison's rows)
   * stays `pending` until its last step.
   */
  protected get firstRenderComplete(): boolean {
    return true;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.fallbackSlot) {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
      this.fallbackSlot.remove();
      this.fallbackSlot = undefined;
    }
    if (this.hydrating) {
      this.hydrating = false;
      this.hydrateOrRender(changed);
    } else {
      super.update(changed);
    }
    if (this.firstRenderComplete) this.setPending(false);
  }

  /**
   * Hydrates the server's markup; when it does not match what the element shows now (a `config` set before the
   * script ran, saved state), Lit throws and would leave the element dead, never updating again. Then the markup is
   * dropped and the element renders itself, with one console warning saying why.
   */
  private hydrateOrRender(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      this.warnRenderedAgain(`its pre-rendered markup does not match what it shows now (${String(error)})`);
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      super.update(changed);
    }
  }

  private warnRenderedAgain(reason: string): void {
    warnOnce(`<${this.localName}> was rendered again in the browser instead of hydrated: ${reason}.`);
  }

  /**
   * The `pending` custom state, from connection to the end of the first render: the page stylesheet
   * (care-level-widgets.css) keeps reserving the element's space while it is defined but not rendered yet, as it
   * does before definition, so the page does not jump twice. Browsers without custom states (or with only the old
   * `--pending` syntax) simply go without it.
   */
  private setPending(pending: boolean): void {
    try {
      if (pending) this.internals?.states?.add('pending');
      else this.internals?.states?.delete('pending');
    } catch {
      // An engine whose custom states only take `--` names: the reservation ends when the element is defined.
    }
  }

  private recordReflectedDefaults(): void {
    if (this.reflectedDefaults) return;
    const defaults = new Map<PropertyKey, unknown>();
    for (const [name, options] of (this.constructor as typeof LitElement).elementProperties) {
      const value = (this as unknown as Record<PropertyKey, unknown>)[name];
      if (options.reflect && value !== undefined && value !== null) defaults.set(name, value);
    }
    this.reflectedDefaults = defaults;
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    this.recordReflectedDefaults();
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const properties = this as unknown as Record<PropertyKey, unknown>;
    for (const [name, value] of this.reflectedDefaults ?? []) {
      const removed = properties[name] === null || properties[name] === undefined;
      if (removed && (changed as Map<PropertyKey, unknown>).has(name)) properties[name] = value;
    }
    const inherited = resolveLang(this);
    const locale = toLocale(inherited);
    this.locale = localeAvailable(locale) ? locale : 'en';
    const inheritedPrimary = inherited.trim().toLowerCase().split(/[-_]/)[0];
    this.contentLang = inheritedPrimary === this.locale ? undefined : this.locale;
    if (isServer) this.setAttribute(renderedLangAttribute, this.locale);
    if (changed.has('theme') && this.theme != null && !themes.includes(this.theme)) {
      this.warnIgnored('theme', this.theme, 'light or dark');
    }
  }

  /** The theme to pass to nested elements: the host's, when it is one `theme` accepts. */
  protected get validTheme(): CareTheme | undefined {
    return this.theme && themes.includes(this.theme) ? this.theme : undefined;
  }

  /** The attribute-value policy above: one console warning, and the element goes on as if it were not set. */
  protected warnIgnored(attribute: string, value: unknown, accepted: string): void {
    warnOnce(`<${this.localName} ${attribute}="${String(value)}"> is ignored: use ${accepted}.`);
  }
}
