import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateConfig } from '../../dist/data.js';
import { centerLinks } from '../../dist/internal/center-links.js';

function config(input) {
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
    assert.deepEqual(centerLinks(center, 'iop'), {
      call: { href: 'tel:5550199', phone: '555-0199' },
      link: { href: 'https://example.org/iop', label: { en: 'About our IOP', es: 'Nuestro IOP' } },
      ignored: [],
    });
    assert.deepEqual(centerLinks(center, 'php'), {
      call: { href: 'tel:+15550100100', phone: '+1 (555) 010-0100' },
      link: { href: 'https://example.org/intake', label: { en: 'Intake', es: 'Admisión' } },
      ignored: [],
    });
  });

  it('lets attributes come first, and a label given with them name whichever link is shown', () => {
    const links = centerLinks(center, 'iop', { phone: '+1 555 0123', url: 'mailto:intake@example.org', label: 'Write to us' });
    assert.deepEqual(links.call, { href: 'tel:+15550123', phone: '+1 555 0123' });
    assert.deepEqual(links.link, { href: 'mailto:intake@example.org', label: { en: 'Write to us', es: 'Write to us' } });
  });

  it('ignores a phone without digits and an unsafe link, reports them, and falls back to the configuration', () => {
    const links = centerLinks(center, 'iop', { phone: 'call us', url: 'javascript:alert(1)' });
    assert.deepEqual(links.ignored, [
      { attribute: 'phone', value: 'call us' },
      { attribute: 'url', value: 'javascript:alert(1)' },
    ]);
    assert.equal(links.call?.phone, '555-0199');
    assert.equal(links.link?.href, 'https://example.org/iop');
  });

  it('gives nothing when the center has no contact', () => {
    assert.deepEqual(centerLinks(config({}), 'outpatient'), { ignored: [] });
  });
});
