import { expect } from '@open-wc/testing';
import { partsAsDocumentation } from '../../stories/story-helpers.js';

/**
 * Storybook's controls for each element come from @wc-toolkit/storybook-helpers, which offers every shadow part as a
 * text box before the events. The stories pass them through partsAsDocumentation.
 */
describe('the stories\u2019 shadow parts', () => {
  it('and custom states are documentation only, listed after every other control', () => {
    const generated = {
      'base-part': { name: 'base', description: 'The outer box.', control: 'text', table: { category: 'css shadow parts' } },
      highlight: { name: 'highlight', control: 'select', table: { category: 'attributes' } },
      'cta-part': { name: 'cta', control: 'text', table: { category: 'css shadow parts' } },
      'care-cta': { name: 'care-cta', control: false, table: { category: 'events' } },
      'pending-state': { name: 'pending', control: 'text', table: { category: 'css states' } },
    };
    const shown = partsAsDocumentation(generated);
    expect(Object.keys(shown)).to.deep.equal(['highlight', 'care-cta', 'base-part', 'cta-part', 'pending-state']);
    expect(shown['pending-state'].control).to.equal(false);
    expect(shown['base-part']).to.deep.equal({ ...generated['base-part'], control: false });
    expect(shown['cta-part'].control).to.equal(false);
    expect(shown.highlight).to.equal(generated.highlight);
  });
});
