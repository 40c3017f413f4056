import { isServer } from 'lit';
import { property } from 'lit/decorators.js';
import { CareElement } from './care-element.js';

const headingSelector = 'h1, h2, h3, h4, h5, h6';

/** The level of the last heading in `node`'s subtree, in document order, or null. */
function lastHeadingLevel(node: Node): number | null {
  if (!(node instanceof Element)) return null;
  const inside = node.querySelectorAll(headingSelector);
  const last = inside.length > 0 ? inside[inside.length - 1] : node.matches(headingSelector) ? node : null;
  return last ? Number(last.localName.slice(1)) : null;
}

/**
 * The level of the nearest heading before `element` in the page, in document order, crossing out of shadow roots:
 * a widget placed after an `<h1>` takes h2, after an `<h2>` takes h3.
 */
export function precedingHeadingLevel(element: Element): number | null {
  let node: Node | null = element;
  while (node) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      const level = lastHeadingLevel(sibling);
      if (level) return level;
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    if (node instanceof Element && node.matches(headingSelector)) return Number(node.localName.slice(1));
  }
  return null;
}

/**
 * The base of the elements that render headings (the comparison, the questionnaire and the crisis banner):
 * `heading-level`, declared once here, and the level the page's outline gives when it is not set. `<care-term>`
 * renders no heading, extends `CareElement` directly and never looks at the page's headings.
 */
export class CareSectionElement extends CareElement {
  /**
   * The level of the element's headings (2 to 6), so they fit the outline of the page it sits in: the banner's
   * heading, each questionnaire screen's heading, the comparison's cards and sources (its title is one level higher,
   * or the same at 2). Headings inside them take the next level down. Without it, one below the nearest heading
   * before the element in the page (2 when there is none).
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel?: number;

  /**
   * One below the nearest heading before the element (2 when there is none), found the first time a heading is
   * rendered without `heading-level`, and forgotten when the element moves.
   */
  private headingLevelFromPage?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.headingLevelFromPage !== undefined) {
      // Moved: the heading it rendered may no longer fit the headings before it.
      this.headingLevelFromPage = undefined;
      this.requestUpdate();
    }
  }

  /**
   * The level of the element's top heading: `headingLevel` when set, otherwise one below the nearest heading before
   * it in the page, so it fits any page's outline without configuration. Call it only while rendering a heading:
   * without a level it walks the page before the element (once, until the element moves).
   */
  protected topHeadingLevel(headingLevel: number | undefined): number {
    if (headingLevel !== undefined && Number.isFinite(headingLevel)) return headingLevel;
    // A server has no page to look at: `care-level-widgets/ssr` writes a heading-level instead.
    this.headingLevelFromPage ??= isServer ? 2 : Math.min(6, Math.max(2, (precedingHeadingLevel(this) ?? 1) + 1));
    return this.headingLevelFromPage;
  }
}
