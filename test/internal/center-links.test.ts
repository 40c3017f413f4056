import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/config/validate.js';
import type { CareConfig, CareConfigInput } from '../../src/config/types.js';
import { centerLinks } from '../../src/internal/center-links.js';

function config(input: CareConfigInput): CareConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.config;
}

const center = config({
  contact: { phone: '+1 (555) 010-0100', url: 'https://example.org/intake', label: { en: 'Intake', es: 'Admisión' } },
  programs: { iop: { phone: '555-0199', url: 'https://example.org/iop', label: { en: 'About our IOP', es: 'Nuestro IOP' } } },
});

describe('centerLinks', () => {
  it('takes the level’s program first, then the center’s contact, with the owner’s own label', () => {
    expect(centerLinks(center, 'iop')).to.deep.equal({
      call: { href: 'tel:5550199', phone: '555-0199' },
      link: { href: 'https://example.org/iop', label: { en: 'About our IOP', es: 'Nuestro IOP' } },
      ignored: [],
    });
    expect(centerLinks(center, 'php')).to.deep.equal({
      call: { href: 'tel:+15550100100', phone: '+1 (555) 010-0100' },
      link: { href: 'https://example.org/intake', label: { en: 'Intake', es: 'Admisión' } },
      ignored: [],
    });
  });

  it('lets attributes come first, and a label given with them name whichever link is shown', () => {
    const links = centerLinks(center, 'iop', { phone: '+1 555 0123', url: 'mailto:intake@example.org', label: 'Write to us' });
    expect(links.call).to.deep.equal({ href: 'tel:+15550123', phone: '+1 555 0123' });
    expect(links.link).to.deep.equal({ href: 'mailto:intake@example.org', label: { en: 'Write to us', es: 'Write to us' } });
  });

  it('ignores a phone without digits and an unsafe link, reports them, and falls back to the configuration', () => {
    const links = centerLinks(center, 'iop', { phone: 'call us', url: 'javascript:alert(1)' });
    expect(links.ignored).to.deep.equal([
      { attribute: 'phone', value: 'call us' },
      { attribute: 'url', value: 'javascript:alert(1)' },
    ]);
    expect(links.call?.phone).to.equal('555-0199');
    expect(links.link?.href).to.equal('https://example.org/iop');
  });

  it('gives nothing when the center has no contact', () => {
    expect(centerLinks(config({}), 'outpatient')).to.deep.equal({ ignored: [] });
  });
});
