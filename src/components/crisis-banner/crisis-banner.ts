import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CareSectionElement } from '../../internal/care-section-element.js';
import { headingTag } from '../../internal/heading-tag.js';
import { keepPhoneNumbersWhole } from '../../internal/phone-number.js';
import { themeStyles } from '../../internal/theme.styles.js';
import {
  call911,
  call988,
  chat988,
  crisisServices,
  text988,
  textAyuda988,
  type CrisisContact,
  type CrisisOption,
} from '../../data/crisis-resources.js';
import type { Locale } from '../../data/locale.js';
import { crisisBannerStrings as strings } from './crisis-banner.strings.js';
import { styles } from './crisis-banner.styles.js';

/** How much the banner shows: `full` lists every service, `compact` is a one-line strip for a page header. */
export type CrisisBannerVariant = 'full' | 'compact';

const variants: readonly string[] = ['full', 'compact'];

/**
 * Crisis resources for the United States: the 988 Suicide & Crisis Lifeline (call, text, chat; Spanish and
 * Veterans options), 911 for emergencies, and the SAMHSA National Helpline. Every number is a real `tel:` or `sms:`
 * link. Usable on its own (for example as a compact strip in a page header); `<care-questionnaire>` shows it first
 * whenever an answer points to danger.
 *
 * Content written inside the element is fallback: it shows only until the element is defined (for instance if the
 * script is blocked), and is hidden once the banner renders its own content. Put a plain-text version of the key
 * numbers there.
 *
 * @summary 988, 911 and SAMHSA helpline links, in English and Spanish.
 * @tag care-crisis-banner
 * @attribute {string} lang - The language, `en` or `es`; otherwise the nearest ancestor's `lang`, then the page's.
 *
 * @csspart base - The labelled region that holds everything (also named `banner`, its name before 0.2).
 * @csspart heading - The banner's heading (`full` variant only).
 * @csspart resource - One service: the 988 Lifeline, 911 or the SAMHSA helpline (`full` variant only).
 * @csspart cta - Every call, text and chat link (also named `link`, its name before 0.2).
 *
 * @cssprop [--care-color-danger=#a4262c] - The banner's border, and the background of its main links.
 * @cssprop [--care-color-danger-surface=#fdf0f0] - The banner's background, and the text of its main links.
 * @cssprop [--care-color-text=#1d2733] - Body text.
 * @cssprop [--care-color-focus=#1a5fb4] - The focus ring.
 * @cssprop [--care-color-danger-dark=#ffb4b0] - The banner's border, and the background of its main links, in the dark colour scheme.
 * @cssprop [--care-color-danger-surface-dark=#3a1d1f] - The banner's background, and the text of its main links, in the dark colour scheme.
 * @cssprop [--care-color-text-dark=#e6edf3] - Body text, in the dark colour scheme.
 * @cssprop [--care-color-focus-dark=#8ab4f8] - The focus ring, in the dark colour scheme.
 * @cssprop [--care-radius=0.5rem] - Corner radius of the banner and its links.
 * @cssprop [--care-space=1rem] - The base spacing unit.
 * @cssprop [--care-font-family=inherit] - The font; inherits the page's by default.
 */
export class CareCrisisBanner extends CareSectionElement {
  static override styles = [themeStyles, styles];

  /**
   * `full` lists every service with a short explanation; `compact` is a one-line strip for a page header. Another
   * value is ignored (`full`), with a console warning.
   */
  @property({ reflect: true }) variant: CrisisBannerVariant = 'full';


  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && !variants.includes(this.variant)) this.warnIgnored('variant', this.variant, 'full or compact');
  }

  override render() {
    const locale = this.locale;
    return this.variant === 'compact' ? this.renderCompact(locale) : this.renderFull(locale);
  }

  private renderFull(locale: Locale) {
    const level = this.topHeadingLevel(this.headingLevel);
    const heading = headingTag(level, 2);
    const serviceHeading = headingTag(level + 1, 3);
    return html`
      <aside part="base banner" class="banner full" aria-labelledby="heading" lang=${this.contentLang ?? nothing}>
        ${staticHtml`<${heading} id="heading" part="heading" class="heading">${strings[locale].heading}</${heading}>`}
        <ul class="services" role="list">
          ${crisisServices.map(
            (service) => html`
              <li part="resource" class="service">
                ${staticHtml`<${serviceHeading} class="service-name">${service.name[locale]}</${serviceHeading}>`}
                <p class="description">${keepPhoneNumbersWhole(service.description[locale])}</p>
                <div class="contacts">
                  ${service.contacts.map((contact, index) => this.renderLink(contact, locale, index === 0))}
                </div>
                ${service.options.map((option) => this.renderOption(option, locale))}
              </li>
            `,
          )}
        </ul>
      </aside>
    `;
  }

  private renderOption(option: CrisisOption, locale: Locale) {
    const language = option.language && option.language !== locale ? option.language : undefined;
    return html`
      <div class="option" lang=${language ?? nothing}>
        <p>${keepPhoneNumbersWhole(option.text[locale])}</p>
        <div class="contacts">${option.contacts.map((contact) => this.renderLink(contact, locale, false))}</div>
      </div>
    `;
  }

  private renderCompact(locale: Locale) {
    const text = locale === 'es' ? textAyuda988 : text988;
    return html`
      <aside
        part="base banner"
        class=${locale === 'es' ? 'banner compact four-links' : 'banner compact'}
        aria-label=${strings[locale].regionLabel}
        lang=${this.contentLang ?? nothing}
      >
        <span class="lead">${strings[locale].compactLead}</span>
        ${this.renderLink(call988, locale, true)} ${this.renderLink(text, locale, false)}
        ${this.renderLink(chat988, locale, false, strings[locale].chat)}
        <span class="group">
          <span class="group-label">${strings[locale].emergency}</span>
          ${this.renderLink(call911, locale, true)}
        </span>
        ${
          locale === 'es'
            ? nothing
            : html`<span class="group" lang="es">
                <span>En español:</span> ${this.renderLink(textAyuda988, 'es', false)}
              </span>`
        }
      </aside>
    `;
  }

  /**
   * A call, text or chat link. `shortLabel` replaces the visible text in the compact strip; the accessible name
   * keeps the full label, which starts with the short one so speech users can say what they see.
   */
  private renderLink(contact: CrisisContact, locale: Locale, primary: boolean, shortLabel?: string): TemplateResult {
    const className = primary ? 'button danger' : 'button';
    if (contact.external) {
      const newTab = strings[locale].opensInNewTab;
      return html`<a
        part="cta link"
        class=${className}
        href=${contact.href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label=${shortLabel ? `${contact.label[locale]} ${newTab}` : nothing}
        >${shortLabel ?? contact.label[locale]}<span class="visually-hidden"> ${newTab}</span></a
      >`;
    }
    return html`<a part="cta link" class=${className} href=${contact.href}>${keepPhoneNumbersWhole(contact.label[locale])}</a>`;
  }
}
