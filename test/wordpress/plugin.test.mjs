/**
 * The WordPress plugin without WordPress: its PHP under the PHP command line (syntax, the settings checks against
 * `validateConfig`, uninstall on a large network), and the zip build. Needs `php` (Debian's php-cli): `npm test`
 * installs it when it may; without it, the tests that need it are skipped with the reason.
 *
 * PHP_BINARY=/path/to/php picks another PHP.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  return execFileSync(phpBinary, ['-r', code], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
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
    for (const file of ['care-level-widgets.js', 'care-level-widgets.css']) {
      cpSync(join(root, 'dist', file), join(checkout, 'dist', file));
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
test('the PHP settings checks agree with validateConfig on what is wrong, and where', { skip: phpMissing }, async () => {
  const { validateConfig, configLimits } = await import(join(root, 'dist/data.js'));
  const long = (length) => 'x'.repeat(length);
  const cases = [
    {},
    {
      levels: ['php', 'iop', 'outpatient'],
      edition: 3,
      contact: { phone: '+1 (555) 010-0199', url: '/intake', label: 'Call' },
    },
    {
      levels: ['php', 'iop'],
      programs: { iop: { hours: 'Evenings', notes: { en: 'Notes', es: 'Notas' }, url: 'mailto:intake@example.org' } },
    },
    { levels: ['detox', 'iop'] },
    { levels: ['iop', 'iop'] },
    { levels: [] },
    { levels: 'iop' },
    { edition: 5 },
    { contact: { phone: 'call us' } },
    { contact: { phone: '12' } },
    { contact: { phone: long(configLimits.phoneLength + 1) } },
    { contact: { url: 'javascript:alert(1)' } },
    { contact: { url: ' JavaScript:alert(1)' } },
    { contact: { url: 'tel:+15550100' } },
    { contact: { url: 'ftp://example.org/' } },
    { contact: { url: `https://example.org/${long(configLimits.urlLength)}` } },
    { contact: { label: long(configLimits.labelLength + 1) } },
    { contact: { label: '' } },
    { contact: { email: 'a@example.org' } },
    { levels: ['php'], programs: { iop: { notes: 'Not offered' } } },
    { programs: { iop: { notes: long(configLimits.textLength + 1) } } },
    { programs: { iop: { notes: { en: 'Only English' } } } },
    { programs: { iop: { hours: 42 } } },
    { programs: { detox: { notes: 'x' } } },
    { colour: 'red' },
    { $schema: 'https://unpkg.com/care-level-widgets/dist/care-config.schema.json', levels: ['iop'] },
    { levels: ['iop'], programs: { iop: { $schema: 'x' } } },
    ['iop'],
  ];
  const php = `define('ABSPATH', '/'); function wp_json_encode($v) { return json_encode($v); }
    require ${JSON.stringify(join(root, 'wordpress/plugin/includes/config.php'))};
    $out = array();
    foreach (json_decode(stream_get_contents(STDIN), true) as $case) {
      $out[] = array_map(function ($e) { return $e['path']; }, care_level_widgets_validate_config($case));
    }
    echo json_encode($out);`;
  const phpPaths = JSON.parse(execFileSync(phpBinary, ['-r', php], { input: JSON.stringify(cases), encoding: 'utf8' }));
  cases.forEach((input, index) => {
    const result = validateConfig(input);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    assert.deepEqual(phpPaths[index], paths, `${JSON.stringify(input).slice(0, 120)}`);
  });
});