import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/crisis-banner/define.js';
import type { CareCrisisBanner } from '../../../src/components/crisis-banner/crisis-banner.js';

/** The rows the banner's links sit on: the distinct tops of their boxes. */
function linkRows(banner: CareCrisisBanner): number {
  const tops = [...banner.shadowRoot!.querySelectorAll('a')].map((link) => Math.round(link.getBoundingClientRect().top));
  return new Set(tops).size;
}

describe('<care-crisis-banner variant="compact"> in Spanish', () => {
  // 350 px: the strip's width in the demo's header on a 390 px phone; 296 px on a 320 px one.
  for (const width of [296, 350, 480, 700]) {
    it(`keeps its links to two rows at ${width} px`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><care-crisis-banner variant="compact" lang="es"></care-crisis-banner></div>`,
      );
      const banner = wrapper.querySelector('care-crisis-banner')!;
      await banner.updateComplete;
      expect(linkRows(banner)).to.be.at.most(2);
      expect(banner.scrollWidth).to.be.at.most(width);
      // "Emergencia:" may be read rather than shown, but it is still there.
      expect(banner.shadowRoot!.textContent).to.contain('Emergencia:');
      expect([...banner.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.include('tel:911');
    });
  }
});
