import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CareConfig, CareConfigInput, ConfigError, ConfigResult } from '../config/types.js';
import { defaultConfig } from '../config/default-config.js';
import { configValidation, type ConfigValidation } from './config-validation.js';
import { addUpdateGate } from './update-gates.js';

/** What `care-config-error` carries: every problem found in the element's configuration. */
export interface CareConfigErrorDetail {
  /** Where the configuration came from: the `config` attribute or property, or a child JSON script. */
  readonly source: ConfigSource;
  readonly errors: readonly ConfigError[];
}

/** Where an element found its configuration. */
export type ConfigSource = 'attribute' | 'property' | 'script' | 'none';

declare global {
  interface GlobalEventHandlersEventMap {
    'care-config-error': CustomEvent<CareConfigErrorDetail>;
  }
}

type ConfiguredHost = ReactiveControllerHost & HTMLElement;

/** A value a `config` property may hold: JSON text (from the attribute) or an object set from script. */
export type ConfigValue = string | CareConfigInput | null | undefined;

const configScriptSelector = ':scope > script[type="application/json"]';

/**
 * Gives an element its center configuration from, in order: its `config` attribute (JSON) or property (an object),
 * else a child `<script type="application/json">` (which a strict Content-Security-Policy allows, being data, not
 * code). The configuration is checked by `validateConfig`; when it has errors the element falls back to the
 * defaults, `errors` lists them, the console gets them once (saying what the element shows instead), and
 * `care-config-error` fires after the next render.
 */
export class ConfigController implements ReactiveController {
  /** The configuration to render with: the center's when it is valid, otherwise the defaults. */
  config: CareConfig = defaultConfig;
  /** The problems with the center's configuration; empty when it is valid or absent. */
  errors: readonly ConfigError[] = [];
  source: ConfigSource = 'none';

  private lastInput: unknown = undefined;
  private lastSource: ConfigSource = 'none';
  private pendingErrorEvent = false;
  private readonly childObserver?: MutationObserver;

  /**
   * @param fallback What the element shows when the configuration has errors, for the console: "uses the defaults",
   *   or "shows what to fix instead of the comparison".
   */
  constructor(
    private readonly host: ConfiguredHost,
    private readonly readValue: () => ConfigValue,
    private readonly fallback: string,
  ) {
    host.addController(this);
    addUpdateGate(host, () => this.validationLoading());
    if (typeof MutationObserver !== 'undefined') {
      this.childObserver = new MutationObserver(() => host.requestUpdate());
    }
  }

  hostConnected(): void {
    this.childObserver?.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  /** Re-reads the configuration before each render; only a changed input is validated again. */
  hostUpdate(): void {
    const [source, input] = this.readInput();
    if (source === this.lastSource && input === this.lastInput) return;
    this.lastSource = source;
    this.lastInput = input;
    this.source = source;
    this.apply(source, readConfig(input));
  }

  private readInput(): [ConfigSource, unknown] {
    const value = this.readValue();
    if (value !== undefined && value !== null) return [typeof value === 'string' ? 'attribute' : 'property', value];
    const script = this.host.querySelector(configScriptSelector);
    return script ? ['script', script.textContent ?? ''] : ['none', undefined];
  }

  /**
   * The update gate: while the element has a configuration and the checker is still being fetched (the script
   * tag's chunks fetch it then), the promise of it. If it cannot be fetched, the console says so once and the
   * element shows the defaults.
   */
  private validationLoading(): Promise<unknown> | undefined {
    if (validationAtHand || validationFailed || this.readInput()[0] === 'none' || validationNow()) return undefined;
    return (configValidation() as Promise<ConfigValidation>).then(
      (loaded) => {
        validationAtHand = loaded;
      },
      (error: unknown) => {
        if (validationFailed) return;
        validationFailed = true;
        console.error(
          `care-level-widgets: <${this.host.localName}> could not load the code that checks its configuration, so it shows the defaults: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
  }

  hostUpdated(): void {
    if (!this.pendingErrorEvent) return;
    this.pendingErrorEvent = false;
    dispatchConfigError(this.host, { source: this.source, errors: this.errors });
  }

  private apply(source: ConfigSource, result: ConfigResult): void {
    if (result.ok) {
      this.config = result.config;
      this.errors = [];
      return;
    }
    this.config = defaultConfig;
    this.errors = result.errors;
    this.pendingErrorEvent = true;
    const where = source === 'script' ? 'its <script type="application/json">' : `its config ${source}`;
    logConfigErrors(this.host, `${this.fallback}: it cannot use ${where}`, result.errors);
  }
}

/** Lists every problem in one console error that names the element and what it did about them. */
export function logConfigErrors(host: HTMLElement, outcome: string, errors: readonly ConfigError[]): void {
  console.error(
    `care-level-widgets: <${host.localName}> ${outcome}:\n${errors.map((error) => `  ${error.message}`).join('\n')}`,
  );
}

/** Fires `care-config-error` from `host`, bubbling out of shadow roots so the page can listen where it likes. */
export function dispatchConfigError(host: HTMLElement, detail: CareConfigErrorDetail): void {
  host.dispatchEvent(
    new CustomEvent<CareConfigErrorDetail>('care-config-error', { detail, bubbles: true, composed: true }),
  );
}

/** The configuration checker, once it is at hand (see `config-validation.ts`). */
let validationAtHand: ConfigValidation | undefined;
let validationFailed = false;

/** The checker if it is at hand now: always, except in the script tag's chunks before it was fetched. */
function validationNow(): ConfigValidation | undefined {
  if (!validationAtHand && !validationFailed) {
    const validation = configValidation();
    if (!(validation instanceof Promise)) validationAtHand = validation;
  }
  return validationAtHand;
}

/** The configuration to use: the defaults when there is none, or when its checker could not be fetched. */
function readConfig(input: unknown): ConfigResult {
  const none = input === undefined || (typeof input === 'string' && input.trim() === '');
  const validation = none ? undefined : validationNow();
  if (!validation) return { ok: true, config: defaultConfig };
  return typeof input === 'string' ? validation.parseConfigJson(input) : validation.validateConfig(input);
}
