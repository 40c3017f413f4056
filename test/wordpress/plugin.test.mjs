/**
 * The WordPress plugin without WordPress: its PHP under the PHP command line (syntax, the settings checks against
 * `validateConfig`, uninstall on a large network), and the zip build. Needs `php` (Debian's php-cli): `npm test`
 * installs it when it may; without it, the tests that need it are skipped with the reason.
 *
 * PHP_BINARY=/path/to/php picks another PHP.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const phpBinary = process.env.PHP_BINARY || 'php';
const phpMissing =
  spawnSync(phpBinary, ['-v'], { stdio: 'ignore' }).error?.code === 'ENOENT'
    ? `PHP is not installed (${phpBinary}): install it with apt-get install php-cli; npm test does so when it runs as root or with passwordless sudo`
    : undefined;

/** Runs PHP code (without the `<?php` tag) with `input` on stdin and returns what it prints. */
function php(code, input = '') {
  return execFileSync(phpBinary, ['-r', code], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

test('php -l finds no syntax error in the plugin or the test fixture', { skip: phpMissing }, () => {
  const files = [join(root, 'wordpress/plugin'), join(root, 'test/wordpress/mu-plugins')].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .filter((name) => name.endsWith('.php'))
      .map((name) => join(dir, name)),
  );
  assert.ok(files.length >= 9, `found only ${files.length} PHP files`);
  for (const file of files) {
    let output;
    try {
      output = execFileSync(phpBinary, ['-l', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`${file}: ${error.stdout}${error.stderr}`);
    }
    assert.match(output, /No syntax errors/, file);
  }
});

test('uninstall.php deletes the settings of every site of a network larger than 100 sites', { skip: phpMissing }, () => {
  // get_sites() as WordPress's WP_Site_Query answers it: 100 sites unless `number` says otherwise, from `offset`.
  const output = php(`
    define('WP_UNINSTALL_PLUGIN', 'care-level-widgets/care-level-widgets.php');
    $sites = range(1, 250);
    $current = 1;
    $options = array_fill_keys($sites, array('care_level_widgets_config' => '{}'));
    function is_multisite() { return true; }
    function get_sites($args = array()) {
      global $sites;
      $number = isset($args['number']) ? (int) $args['number'] : 100;
      $offset = isset($args['offset']) ? (int) $args['offset'] : 0;
      return array_slice($sites, $offset, $number ?: null);
    }
    function switch_to_blog($id) { global $current; $current = $id; }
    function restore_current_blog() { global $current; $current = 1; }
    function delete_option($name) { global $options, $current; unset($options[$current][$name]); }
    require ${JSON.stringify(join(root, 'wordpress/plugin/uninstall.php'))};
    echo json_encode(array_keys(array_filter($options)));`);
  assert.deepEqual(JSON.parse(output), [], 'sites whose settings were left');
});

test('scripts/build-wordpress.mjs writes the zip from a checkout whose path has a space', () => {
  const checkout = join(mkdtempSync(join(tmpdir(), 'care level widgets ')), 'my site');
  try {
    for (const path of ['package.json', 'scripts/build-wordpress.mjs', 'wordpress/plugin']) {
      cpSync(join(root, path), join(checkout, path), { recursive: true });
    }
    mkdirSync(join(checkout, 'dist'));
    for (const file of ['care-level-widgets.js', 'chunks', 'care-level-widgets.css', 'care-config.rules.json']) {
      cpSync(join(root, 'dist', file), join(checkout, 'dist', file), { recursive: true });
    }
    const output = execFileSync(process.execPath, [join(checkout, 'scripts/build-wordpress.mjs')], {
      cwd: checkout,
      encoding: 'utf8',
    });
    assert.match(output, /care-level-widgets-wordpress\.zip: [\d.]+ KB/);
    assert.ok(existsSync(join(checkout, 'dist/care-level-widgets-wordpress.zip')), 'the zip was written');
  } finally {
    rmSync(dirname(checkout), { recursive: true, force: true });
  }
});

test('languages/care-level-widgets.pot holds every translatable string of the plugin, as it is now', () => {
  const run = spawnSync(process.execPath, ['scripts/wordpress-pot.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const pot = readFileSync(join(root, 'wordpress/plugin/languages/care-level-widgets.pot'), 'utf8');
  for (const text of ['Levels of care', 'Phone', '%s in Spanish', 'Glossary term', 'Nothing was saved: fix what is marked below. Your changes are still in the form.']) {
    assert.ok(pot.includes(`msgid ${JSON.stringify(text)}`), text);
  }
  assert.match(pot, /msgctxt "block title"\nmsgid "Levels of care comparison"/);
});

test(
  'on a machine without PHP, the PHP tests are skipped with the reason instead of failing',
  { skip: process.env.CARE_PLUGIN_TEST_NESTED ? 'run inside this test' : undefined },
  () => {
    // Without NODE_TEST_CONTEXT, which would make the inner run report to this one instead of printing.
    const { NODE_TEST_CONTEXT, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', fileURLToPath(import.meta.url)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, PHP_BINARY: join(tmpdir(), 'no-php-here', 'php'), CARE_PLUGIN_TEST_NESTED: '1' },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^# fail 0$/m);
    assert.match(run.stdout, /# SKIP PHP is not installed .*apt-get install php-cli/);
  },
);
/**
 * The plugin's includes/config.php with the rules file the build writes beside it in the zip, in a folder of their
 * own; `run(cases)` checks each JSON text with care_level_widgets_parse_config() and returns its errors.
 */
function phpConfigCheck() {
  const folder = mkdtempSync(join(tmpdir(), 'care-level-widgets-config-'));
  cpSync(join(root, 'wordpress/plugin/includes/config.php'), join(folder, 'config.php'));
  cpSync(join(root, 'dist/care-config.rules.json'), join(folder, 'config-rules.json'));
  const code = `define('ABSPATH', '/');
    function wp_json_encode($value, $flags = 0) { return json_encode($value, $flags); }
    require ${JSON.stringify(join(folder, 'config.php'))};
    $out = array();
    foreach (json_decode(stream_get_contents(STDIN), true) as $json) {
      list(, $errors) = care_level_widgets_parse_config($json);
      $out[] = $errors;
    }
    echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);`;
  return {
    run: (texts) => JSON.parse(php(code, JSON.stringify(texts))),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** What the widgets say about a configuration's JSON text: its errors, as the PHP check gives them. */
const widgetErrors = (parseConfigJson, text) => {
  const result = parseConfigJson(text);
  return result.ok ? [] : result.errors.map(({ path, expected, found, message }) => ({ path, expected, found, message }));
};

test('the settings check refuses what the widgets refuse: a URL with a space, a broken IPv6 host, a built-in row id', { skip: phpMissing }, async () => {
  const { parseConfigJson } = await import(join(root, 'dist/data.js'));
  const check = phpConfigCheck();
  try {
    const texts = [
      { contact: { url: 'https://our center.example/intake' } },
      { contact: { url: 'https://[::1/intake' } },
      { extraRows: [{ id: 'hours', label: 'Hours', cells: { iop: 'Evenings' } }] },
      { contact: { phone: '+1 (555) 010-0199', url: 'https://example.org/our%20programs?x=1#top', label: 'Call' } },
    ].map((config) => JSON.stringify(config));
    const php = check.run(texts);
    assert.deepEqual(
      php.map((errors) => errors.map((error) => error.path)),
      [['contact.url'], ['contact.url'], ['extraRows[0].id'], []],
    );
    texts.forEach((text, index) => assert.deepEqual(php[index], widgetErrors(parseConfigJson, text), text));
  } finally {
    check.remove();
  }
});

test('the settings check and validateConfig agree on generated configurations: the same errors, in the same order', { skip: phpMissing }, async (t) => {
  const { parseConfigJson, levelIds, comparisonRowIds, configLimits } = await import(join(root, 'dist/data.js'));
  const fc = (await import('fast-check')).default;
  const long = (length, character = 'x') => character.repeat(length);
  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u180e', '\u200b'];
  const space = fc.constantFrom(...spaces);
  const word = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('Evenings', 'Ages < 18', 'Noches', '😀', '', 'x'),
  );
  const padded = (inner) => fc.tuple(fc.array(space, { maxLength: 2 }), inner, fc.array(space, { maxLength: 2 })).map(([a, b, c]) => a.join('') + b + c.join(''));
  const text = (limit) =>
    fc.oneof(
      { weight: 4, arbitrary: padded(word) },
      fc.constantFrom(long(limit), long(limit + 1), long(limit / 2, '😀'), long(limit / 2 + 1, '😀'), `${long(limit)}  `),
    );
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  const localized = (limit) =>
    fc.oneof(
      { weight: 3, arbitrary: text(limit) },
      { weight: 2, arbitrary: fc.record({ en: text(limit), es: text(limit) }, { requiredKeys: [] }) },
      fc.record({ en: text(limit), es: text(limit), fr: text(limit) }),
      anyJson,
    );
  const host = fc.oneof(
    fc.constantFrom('example.org', 'EXAMPLE.ORG', 'our center.example', '[::1', '[::1]', '127.0.0.1', '256.1.1.1', '1.2.3', 'example.123', 'example.0x1f', 'xn--bcher-kva.example', 'bücher.example', 'a_b.example', '-x-.example', 'user@example.org', '', 'localhost', 'a..b'),
    fc.stringMatching(/^[a-z0-9.\-]{1,12}$/),
  );
  const url = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:', 'https:/', 'ftp://', '//', '\\\\', '/\\', ''),
        host,
        fc.constantFrom('', ':80', ':65535', ':65536', ':', ':x', ':0080'),
        fc.constantFrom('', '/', '/intake', '/our programs', '/a%20b?x=1#y', '?q', '#top', '/ü', '\\x', '/\t/x'),
      )
      .map((parts) => parts.join('')),
    fc.constantFrom('/intake', 'intake.html', 'mailto:intake@example.org', 'MAILTO:', 'mailto:', 'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'tel:+15550100', 'data:text/html,x', '1a:b', '+a:b', '?x', '#', '\u0000/x', '../x', 'c:/x'),
    padded(fc.webUrl()),
    fc.string({ maxLength: 20 }),
    fc.constant(`https://example.org/${long(configLimits.urlLength)}`),
  );
  const phone = fc.oneof(
    fc.constantFrom('+1-555-0100', '+1 (555) 010-0199', '12', '988', '1 2 3', '555\u00a0010\u00a00100', '١٢٣', '555.010.0100', 'call us', '+', long(configLimits.phoneLength), long(configLimits.phoneLength + 1, '1')),
    fc.stringMatching(/^[0-9 +\-().a\t]{0,12}$/),
    padded(fc.stringMatching(/^[0-9 +\-().]{0,8}$/)),
    anyJson,
  );
  const contactFields = { phone, url, label: localized(configLimits.labelLength) };
  const program = fc.record(
    {
      hours: localized(configLimits.textLength),
      length: localized(configLimits.textLength),
      insurance: localized(configLimits.textLength),
      notes: localized(configLimits.textLength),
      ...contactFields,
    },
    { requiredKeys: [] },
  );
  const levelId = fc.constantFrom(...levelIds);
  const key = fc.oneof(levelId, fc.constantFrom('detox', 'IOP', 'iops', '0', '10', '__proto__', 'my key', ''));
  const rowId = fc.oneof(
    fc.constantFrom(...comparisonRowIds, 'languages', 'Languages', '-x', 'x-', long(configLimits.idLength + 1), ' languages '),
    fc.stringMatching(/^[a-z0-9-]{0,4}$/),
  );
  const row = fc.oneof(
    { weight: 4, arbitrary: fc.record({ id: rowId, label: localized(configLimits.labelLength), cells: fc.dictionary(key, localized(configLimits.textLength), { maxKeys: 3 }) }, { requiredKeys: ['id'] }) },
    anyJson,
  );
  const config = fc.record(
    {
      levels: fc.oneof(fc.uniqueArray(levelId, { maxLength: 4 }), fc.array(fc.oneof(levelId, key, fc.integer()), { maxLength: 5 }), anyJson),
      edition: fc.oneof(fc.constantFrom(3, 4, 5, '4', 3.5, 4.0), anyJson),
      programs: fc.oneof({ weight: 3, arbitrary: fc.dictionary(key, fc.oneof({ weight: 4, arbitrary: program }, anyJson), { maxKeys: 4 }) }, anyJson),
      contact: fc.oneof({ weight: 3, arbitrary: fc.record(contactFields, { requiredKeys: [] }) }, anyJson),
      extraRows: fc.oneof({ weight: 3, arbitrary: fc.array(row, { maxLength: 4 }) }, anyJson),
      $schema: fc.string(),
      [`colour`]: fc.string(),
      Levels: fc.constant([]),
    },
    { requiredKeys: [] },
  );
  // Configurations a center would write, mostly valid, so that accepting is compared as much as refusing.
  const plainText = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.<>&'"ñé-]{0,30}$/);
  const goodText = fc.oneof(plainText, fc.record({ en: plainText, es: plainText }));
  const goodUrl = fc.oneof(fc.webUrl(), fc.constantFrom('/intake', 'mailto:intake@example.org', 'https://example.org/our programs'));
  const goodPhone = fc.stringMatching(/^\+?[0-9]{3}[0-9 ().-]{0,12}$/);
  const goodConfig = fc.uniqueArray(levelId, { minLength: 1, maxLength: 4 }).chain((levels) => {
    const offered = fc.constantFrom(...levels);
    const goodProgram = fc.record({ hours: goodText, notes: goodText, phone: goodPhone, url: goodUrl }, { requiredKeys: [] });
    const goodRow = (id) => fc.record({ id: fc.constant(id), label: goodText, cells: fc.dictionary(offered, goodText, { minKeys: 1, maxKeys: 3 }) });
    const goodRows = fc
      .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((id) => !comparisonRowIds.includes(id)), { maxLength: 3 })
      .chain((ids) => fc.tuple(...ids.map(goodRow)));
    return fc.record(
      {
        levels: fc.constant(levels),
        edition: fc.constantFrom(3, 4),
        programs: fc.dictionary(offered, goodProgram, { maxKeys: 3 }),
        contact: fc.record({ phone: goodPhone, url: goodUrl, label: goodText }, { requiredKeys: [] }),
        extraRows: goodRows,
      },
      { requiredKeys: [] },
    );
  });
  const configs = fc.oneof({ weight: 4, arbitrary: goodConfig }, { weight: 5, arbitrary: config }, anyJson);
  const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
  const texts = fc.sample(configs, { numRuns: 600, seed }).map((value) => JSON.stringify(value));
  texts.push('{"edition": 3,', '', '[]', '{}', 'null', '"x"', `{"contact": {"label": "${long(configLimits.jsonLength)}"}}`);
  const check = phpConfigCheck();
  try {
    const php = check.run(texts);
    texts.forEach((text, index) => {
      const widgets = widgetErrors(parseConfigJson, text);
      // JSON.parse and json_decode word their syntax errors differently; that both refuse the text is what counts.
      const comparable = (errors) => (errors[0]?.expected === 'valid JSON' ? ['not JSON'] : errors);
      assert.deepEqual(comparable(php[index]), comparable(widgets), `seed ${seed} (FC_SEED=${seed} repeats it): ${text.slice(0, 300)}`);
    });
    // Both sides must have had something to agree on: configurations accepted, and each kind of mistake refused.
    const accepted = php.filter((errors) => errors.length === 0).length;
    const refused = (path) => php.filter((errors) => errors.some((error) => path.test(error.path))).length;
    t.diagnostic(`${texts.length} configurations, ${accepted} accepted; refused for the url ${refused(/url$/)}, phone ${refused(/phone$/)}, row id ${refused(/\.id$/)}`);
    assert.ok(accepted >= texts.length / 10, `only ${accepted} of ${texts.length} configurations were valid`);
    for (const path of [/url$/, /phone$/, /extraRows\[\d+\]\.id$/, /^levels/, /\.es$/]) {
      assert.ok(refused(path) >= 10, `only ${refused(path)} configurations had a mistake at ${path}`);
    }
  } finally {
    check.remove();
  }
});
