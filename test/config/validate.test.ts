import { expect } from '@open-wc/testing';
import * as config from '../../src/config/index.js';
import * as data from '../../src/data.js';
import { configSchema, programSchema, rowSchema } from '../../src/config/schema.js';
import { configLimits, validateConfig } from '../../src/config/index.js';

describe('config: one schema', () => {
  it('is what the data entry exports, under the same names', () => {
    const names = [
      'configLimits',
      'defaultConfig',
      'describeValue',
      'isSafeUrl',
      'parseConfigJson',
      'telUrl',
      'validateConfig',
    ] as const;
    expect(Object.keys(config).sort()).to.deep.equal([...names]);
    for (const name of names) {
      expect(data[name], name).to.equal(config[name]);
    }
  });

  it('lists in messages exactly the keys the schema describes', () => {
    const root = validateConfig({ nope: 1 });
    expect(root.ok).to.equal(false);
    if (root.ok) return;
    expect(root.errors[0].expected).to.equal(`one of the keys ${Object.keys(configSchema.properties).join(', ')}`);
    const program = validateConfig({ programs: { iop: 5 } });
    if (program.ok) throw new Error('accepted');
    expect(program.errors[0].expected).to.equal(
      `an object with any of the keys ${Object.keys(programSchema.properties).join(', ')}`,
    );
    expect(rowSchema.required).to.deep.equal(['id', 'label', 'cells']);
  });

  it('ignores a root "$schema" key, so a configuration file that points an editor at the schema is valid', () => {
    const result = validateConfig({
      $schema: './node_modules/care-level-widgets/dist/care-config.schema.json',
      edition: 3,
    });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.config).to.not.have.property('$schema');
    expect(validateConfig({ programs: { iop: { $schema: 'x' } } }).ok, 'only at the root').to.equal(false);
  });

  it('checks a program for a level the center leaves out before its content, and reports it once', () => {
    const result = validateConfig({ levels: ['iop'], programs: { php: { hours: 42 } } });
    if (result.ok) throw new Error('accepted');
    expect(result.errors.map((error) => error.path)).to.deep.equal(['programs.php']);
  });

  it('takes its limits from configLimits', () => {
    expect(validateConfig({ contact: { phone: '1'.repeat(configLimits.phoneLength) } }).ok).to.equal(true);
    expect(validateConfig({ contact: { phone: '1'.repeat(configLimits.phoneLength + 1) } }).ok).to.equal(false);
    expect(validateConfig({ contact: { label: 'x'.repeat(configLimits.labelLength) } }).ok).to.equal(true);
    expect(validateConfig({ contact: { label: 'x'.repeat(configLimits.labelLength + 1) } }).ok).to.equal(false);
  });

  it('takes a link only in the forms every browser and the WordPress plugin read alike', () => {
    const accepts = (url: string) => validateConfig({ contact: { url } }).ok;
    for (const url of [
      'https://example.org/our programs?x=1#top',
      'HTTP://EXAMPLE.ORG:8080/',
      'https://127.0.0.1/intake',
      'mailto:intake@example.org',
      '/intake',
      'intake.html',
      '?from=widget',
    ]) {
      expect(accepts(url), url).to.equal(true);
    }
    for (const url of [
      'https://our center.example/',
      'https://[::1/intake',
      '//example.org/intake',
      'https://xn--bcher-kva.example/',
      'https://example.123/',
      'https://user@example.org/',
      'https:example.org',
      'https://example.org/\tx',
    ]) {
      expect(accepts(url), url).to.equal(false);
    }
  });

  it('accepts a phone number with ASCII digits and spaces only, as the WordPress plugin does', () => {
    expect(validateConfig({ contact: { phone: '+1 (555) 010-0199' } }).ok).to.equal(true);
    expect(validateConfig({ contact: { phone: '555\u00a0010\u00a00100' } }).ok).to.equal(false);
    expect(validateConfig({ contact: { phone: '\u0661\u0662\u0663' } }).ok).to.equal(false);
  });
});
