import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ConfigError, ConfigResult } from '../../src/config/types.js';
import {
  configLimits,
  defaultConfig,
  describeValue,
  isSafeUrl,
  parseConfigJson,
  telUrl,
  validateConfig,
} from '../../src/config/index.js';

function errorsOf(result: ConfigResult): readonly ConfigError[] {
  if (result.ok) throw new Error('expected the configuration to be rejected');
  return result.errors;
}

/** The only error of `input`, which must have exactly one. */
function onlyError(input: unknown): ConfigError {
  const errors = errorsOf(validateConfig(input));
  expect(
    errors.map((error) => error.message),
    'exactly one error',
  ).to.have.length(1);
  return errors[0];
}

const longText = 'x'.repeat(configLimits.textLength + 1);

describe('validateConfig: good input', () => {
  it('gives the defaults for undefined or an empty object', () => {
    expect(validateConfig(undefined)).to.deep.equal({ ok: true, config: defaultConfig });
    expect(validateConfig({})).to.deep.equal({ ok: true, config: defaultConfig });
    expect(defaultConfig).to.deep.equal({
      levels: ['inpatient', 'php', 'iop', 'outpatient'],
      edition: 4,
      programs: {},
      extraRows: [],
    });
  });

  it('merges a full configuration, turning plain strings into both languages and sorting levels by intensity', () => {
    const result = validateConfig({
      levels: ['outpatient', 'iop', 'php'],
      edition: 3,
      programs: {
        iop: {
          hours: '  Mon–Thu, 6–9 pm  ',
          insurance: { en: 'Most plans', es: 'La mayoría de los planes' },
          phone: '+1 (555) 010-0199',
          url: 'https://example.org/iop',
        },
      },
      contact: {
        phone: '555.010.0100',
        url: 'mailto:intake@example.org',
        label: { en: 'Email intake', es: 'Escribir a admisiones' },
      },
      extraRows: [{ id: 'languages', label: 'Languages', cells: { iop: 'English, Spanish' } }],
    });
    expect(result).to.deep.equal({
      ok: true,
      config: {
        levels: ['php', 'iop', 'outpatient'],
        edition: 3,
        programs: {
          iop: {
            hours: { en: 'Mon–Thu, 6–9 pm', es: 'Mon–Thu, 6–9 pm' },
            insurance: { en: 'Most plans', es: 'La mayoría de los planes' },
            phone: '+1 (555) 010-0199',
            url: 'https://example.org/iop',
          },
        },
        contact: {
          phone: '555.010.0100',
          url: 'mailto:intake@example.org',
          label: { en: 'Email intake', es: 'Escribir a admisiones' },
        },
        extraRows: [
          {
            id: 'languages',
            label: { en: 'Languages', es: 'Languages' },
            cells: { iop: { en: 'English, Spanish', es: 'English, Spanish' } },
          },
        ],
      },
    });
  });

  it('returns a frozen configuration that later edits to the input cannot change', () => {
    const input = { programs: { iop: { hours: 'Evenings' } } };
    const result = validateConfig(input);
    if (!result.ok) throw new Error('rejected');
    input.programs.iop.hours = 'changed';
    expect(result.config.programs.iop!.hours!.en).to.equal('Evenings');
    expect(Object.isFrozen(result.config.programs.iop)).to.equal(true);
  });

  it('accepts relative links to the center’s own pages', () => {
    expect(validateConfig({ contact: { url: '/intake' } }).ok).to.equal(true);
    expect(validateConfig({ contact: { url: 'intake.html#form' } }).ok).to.equal(true);
  });
});

describe('validateConfig: each kind of mistake gets its own clear error', () => {
  it('rejects a root that is not an object', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [[], 'an array of 0 items'],
      [42, 'a number (42)'],
      ['levels', '"levels"'],
      [new Date(0), 'a Date object'],
    ];
    for (const [input, found] of cases) {
      const error = onlyError(input);
      expect(error.path).to.equal('(root)');
      expect(error.found).to.equal(found);
      expect(error.expected).to.equal('an object with any of the keys levels, edition, programs, contact, extraRows');
      expect(error.message).to.equal(`(root): expected ${error.expected}, but found ${found}.`);
    }
  });

  it('names an unknown key, lists the allowed ones and suggests the likely one', () => {
    const root = onlyError({ level: ['iop'] });
    expect(root.path).to.equal('level');
    expect(root.message).to.equal(
      'level: "level" is not a known key here (did you mean "levels"?); expected one of the keys levels, edition, programs, contact, extraRows.',
    );
    const nested = onlyError({ programs: { iop: { hourz: 'x' } } });
    expect(nested.path).to.equal('programs.iop.hourz');
    expect(nested.message).to.contain('(did you mean "hours"?)');
    expect(nested.expected).to.equal('one of the keys hours, length, insurance, notes, phone, url, label');
    const odd = onlyError({ contact: { 'e mail': 'x' } });
    expect(odd.path).to.equal('contact["e mail"]');
  });

  it('rejects wrong types with what was expected and what was found', () => {
    const edition = onlyError({ edition: '4' });
    expect(edition).to.deep.equal({
      path: 'edition',
      expected: 'the number 3 or 4',
      found: '"4"',
      message: 'edition: expected the number 3 or 4, but found "4".',
    });
    expect(onlyError({ edition: 5 }).found).to.equal('a number (5)');
    expect(onlyError({ levels: 'iop' }).path).to.equal('levels');
    expect(onlyError({ programs: [] }).found).to.equal('an array of 0 items');
    expect(onlyError({ contact: { phone: 5550100 } }).found).to.equal('a number (5550100)');
    expect(onlyError({ extraRows: {} }).found).to.equal('an empty object');
  });

  it('rejects an unknown level id wherever one is written, listing the valid ids', () => {
    const inLevels = onlyError({ levels: ['iop', 'detox'] });
    expect(inLevels.path).to.equal('levels[1]');
    expect(inLevels.expected).to.equal('one of inpatient, php, iop, outpatient');
    expect(inLevels.found).to.equal('"detox"');
    expect(onlyError({ levels: ['IOP'] }).message).to.contain('(did you mean "iop"?)');
    const inPrograms = onlyError({ programs: { residential: { hours: 'x' } } });
    expect(inPrograms.path).to.equal('programs.residential');
    expect(inPrograms.expected).to.equal('one of the keys inpatient, php, iop, outpatient');
    const inCells = onlyError({ extraRows: [{ id: 'x', label: 'X', cells: { detox: 'y' } }] });
    expect(inCells.path).to.equal('extraRows[0].cells.detox');
  });

  it('rejects a level listed twice, and an empty list of levels', () => {
    const duplicate = onlyError({ levels: ['iop', 'php', 'iop'] });
    expect(duplicate.path).to.equal('levels[2]');
    expect(duplicate.found).to.equal('"iop" again (first at levels[0])');
    const empty = onlyError({ levels: [] });
    expect(empty.path).to.equal('levels');
    expect(empty.message).to.equal('levels: is empty; list at least one level the center offers.');
  });

  it('rejects programs and cells for levels the center does not offer', () => {
    const program = onlyError({ levels: ['iop'], programs: { php: { hours: '20 hours' } } });
    expect(program.path).to.equal('programs.php');
    expect(program.found).to.equal('"php", which levels leaves out');
    const rowCell = onlyError({ levels: ['iop'], extraRows: [{ id: 'x', label: 'X', cells: { php: 'y' } }] });
    expect(rowCell.path).to.equal('extraRows[0].cells.php');
  });

  it('refuses javascript:, data: and other dangerous links, however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
    ]) {
      const error = onlyError({ contact: { url } });
      expect(error.path, url).to.equal('contact.url');
      expect(error.expected).to.equal('an http:, https: or mailto: URL, or a path on this site');
      expect(error.message, url).to.match(
        /^contact\.url: "(javascript|data|vbscript):" links are not allowed; use an http:, https: or mailto: URL/,
      );
    }
    const tel = onlyError({ programs: { iop: { url: 'tel:5550100' } } });
    expect(tel.message).to.contain('put phone numbers in "phone"');
  });

  it('rejects phone numbers with anything but digits, spaces and + - ( ) .', () => {
    for (const phone of ['call us', '555-0100 ext. 2', '<script>', '12']) {
      const error = onlyError({ contact: { phone } });
      expect(error.path).to.equal('contact.phone');
      expect(error.expected).to.equal('a phone number: at least 3 digits, with only spaces and + - ( ) . between them');
    }
    expect(onlyError({ contact: { phone: '1'.repeat(31) } }).message).to.contain('the limit is 30');
  });

  it('rejects oversize text and labels, showing only a short preview of what was found', () => {
    const text = onlyError({ programs: { iop: { notes: longText } } });
    expect(text.path).to.equal('programs.iop.notes');
    expect(text.message).to.equal(
      'programs.iop.notes: is 501 characters long; the limit is 500. Shorten it or link to a page instead.',
    );
    expect(text.found).to.equal(`a string of 501 characters ("${'x'.repeat(40)}"…)`);
    const label = onlyError({ extraRows: [{ id: 'x', label: { en: 'L'.repeat(81), es: 'E' }, cells: { iop: 'y' } }] });
    expect(label.path).to.equal('extraRows[0].label.en');
    expect(label.message).to.contain('the limit is 80');
  });

  it('rejects a missing translation and empty text instead of showing a blank', () => {
    const missing = onlyError({ programs: { iop: { hours: { en: 'Evenings' } } } });
    expect(missing.path).to.equal('programs.iop.hours.es');
    expect(missing.message).to.equal(
      'programs.iop.hours.es: the Spanish text is missing; give both "en" and "es", or one plain string for both.',
    );
    const empty = onlyError({ programs: { iop: { length: '   ' } } });
    expect(empty.path).to.equal('programs.iop.length');
    expect(empty.message).to.equal('programs.iop.length: is empty; give the text or leave the key out.');
    expect(onlyError({ contact: { label: { en: 'x', es: 'y', fr: 'z' } } }).path).to.equal('contact.label.fr');
  });

  it('rejects extra rows with a built-in id, a repeated id, a bad id or missing keys', () => {
    const builtIn = onlyError({ extraRows: [{ id: 'hours', label: 'Hours', cells: { iop: 'x' } }] });
    expect(builtIn.path).to.equal('extraRows[0].id');
    expect(builtIn.expected).to.contain('an id no built-in row uses');
    const repeated = onlyError({
      extraRows: [
        { id: 'langs', label: 'A', cells: { iop: 'x' } },
        { id: 'langs', label: 'B', cells: { iop: 'y' } },
      ],
    });
    expect(repeated.path).to.equal('extraRows[1].id');
    expect(repeated.found).to.equal('"langs" again (first at extraRows[0].id)');
    expect(onlyError({ extraRows: [{ id: 'Has Space', label: 'A', cells: { iop: 'x' } }] }).expected).to.contain(
      'lowercase letters',
    );
    const missing = onlyError({ extraRows: [{ id: 'x', cells: { iop: 'y' } }] });
    expect(missing.path).to.equal('extraRows[0].label');
    expect(missing.message).to.equal('extraRows[0].label: is missing; every extra row needs id, label and cells.');
    expect(onlyError({ extraRows: [{ id: 'x', label: 'X', cells: {} }] }).path).to.equal('extraRows[0].cells');
  });

  it('rejects more extra rows than the limit', () => {
    const rows = Array.from({ length: configLimits.extraRows + 1 }, (_, index) => ({
      id: `r${index}`,
      label: 'R',
      cells: { iop: 'x' },
    }));
    const error = onlyError({ extraRows: rows });
    expect(error.path).to.equal('extraRows');
    expect(error.expected).to.contain('at most 200 items');
  });

  it('reports every problem at once, up to a limit', () => {
    expect(errorsOf(validateConfig({ edition: 9, levels: ['x'], contact: { url: 'javascript:x' } }))).to.have.length(3);
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`key${index}`, index]));
    const errors = errorsOf(validateConfig(many));
    expect(errors).to.have.length(configLimits.errors + 1);
    expect(errors.at(-1)!.message).to.equal(
      '(root): 50 more problems were not listed; fix the ones above and check again.',
    );
  });
});

describe('validateConfig: never throws', () => {
  it('survives cycles, throwing getters, hostile proxies and odd values', () => {
    const cyclic: Record<string, unknown> = { edition: 3 };
    cyclic.programs = { iop: cyclic };
    const throwingGetter = Object.defineProperty({}, 'levels', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const nestedHostile = {
      contact: new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('no prototype');
          },
        },
      ),
    };
    const inputs: unknown[] = [
      cyclic,
      throwingGetter,
      hostile,
      nestedHostile,
      Symbol('x'),
      10n,
      () => 1,
      Object.create(null),
      { levels: [Symbol('x')] },
    ];
    for (const input of inputs) {
      expect(() => validateConfig(input)).to.not.throw();
    }
    expect(errorsOf(validateConfig(cyclic))[0].path).to.equal('programs.iop.edition');
    expect(onlyError(throwingGetter)).to.deep.include({ path: 'levels', found: 'a property that throws (boom)' });
    expect(onlyError(hostile).found).to.equal('an object that cannot be read');
    expect(onlyError(nestedHostile).path).to.equal('contact');
    expect(validateConfig(Object.create(null)).ok).to.equal(true);
  });

  it('answers any generated input with a result and well-formed errors', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              levels: fc.anything(),
              edition: fc.anything(),
              programs: fc.anything(),
              contact: fc.anything(),
              extraRows: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          const result = validateConfig(input);
          if (result.ok) return typeof result.config.edition === 'number';
          return (
            result.errors.length > 0 &&
            result.errors.every((error) =>
              ['path', 'expected', 'found', 'message'].every(
                (key) =>
                  typeof error[key as keyof ConfigError] === 'string' && error[key as keyof ConfigError].length > 0,
              ),
            )
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseConfigJson', () => {
  it('turns a JSON syntax error into one error at (root) with the parser’s message', () => {
    const errors = errorsOf(parseConfigJson('{"levels": ["iop",]}'));
    expect(errors).to.have.length(1);
    expect(errors[0].path).to.equal('(root)');
    expect(errors[0].expected).to.equal('valid JSON');
    expect(errors[0].found).to.not.equal('');
    expect(errors[0].message).to.equal(`(root): the configuration is not valid JSON: ${errors[0].found}`);
  });

  it('validates what it parses', () => {
    expect(parseConfigJson('{"edition": 3}')).to.deep.include({ ok: true });
    expect(errorsOf(parseConfigJson('null'))[0].found).to.equal('null');
    expect(errorsOf(parseConfigJson(42 as unknown as string))[0].expected).to.equal('JSON text');
  });
});

describe('isSafeUrl and telUrl', () => {
  it('allows http, https, tel, mailto and relative links, and nothing else', () => {
    for (const url of [
      'https://example.org',
      'http://example.org/a?b#c',
      'tel:+15550100',
      'mailto:a@example.org',
      '/intake',
      '#top',
    ]) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'blob:x',
      '',
      '   ',
      42,
      null,
    ]) {
      expect(isSafeUrl(url), String(url)).to.equal(false);
    }
  });

  it('keeps only the digits and a leading plus of a phone number', () => {
    expect(telUrl('+1 (555) 010-0199')).to.equal('tel:+15550100199');
    expect(telUrl('555.010.0100')).to.equal('tel:5550100100');
  });

  it('describes values briefly', () => {
    expect(describeValue(undefined)).to.equal('nothing');
    expect(describeValue(true)).to.equal('a boolean (true)');
    expect(describeValue([1])).to.equal('an array of 1 item');
    expect(describeValue({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })).to.equal(
      'an object with the keys "a", "b", "c", "d", "e", …',
    );
  });
});
