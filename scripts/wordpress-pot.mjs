#!/usr/bin/env node
/**
 * Writes wordpress/plugin/languages/care-level-widgets.pot, the template translators start from: every string the
 * plugin's PHP and editor script pass to WordPress's translation functions with the `care-level-widgets` text
 * domain, the blocks' titles, descriptions and keywords, and the plugin header's name and description, each with
 * where it is used and its translators' comment. Run it after changing a translatable string; `--check` only says
 * whether the file is up to date (the WordPress tests run it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pluginFolder = 'wordpress/plugin';
export const potFile = join(pluginFolder, 'languages/care-level-widgets.pot');
const domain = 'care-level-widgets';
const functions = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e'];
const call = new RegExp(
  `\\b(?:${functions.join('|')})\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*'${domain}'\\s*,?\\s*\\)`,
  'g',
);
const translatorsComment = /\/\*\s*translators:\s*(.*?)\s*\*\/\s*$/;

/** A single-quoted PHP or JavaScript string's text. */
const unquote = (text) => text.replace(/\\(['\\])/g, '$1');

/** (context, msgid) => { context, text, references, comments }, in the order first seen. */
function collect() {
  const entries = new Map();
  const add = (text, reference, { context, comment } = {}) => {
    const key = `${context ?? ''}\u0004${text}`;
    const entry = entries.get(key) ?? { context, text, references: [], comments: new Set() };
    entry.references.push(reference);
    if (comment) entry.comments.add(comment);
    entries.set(key, entry);
  };
  const files = readdirSync(pluginFolder, { recursive: true })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.(php|js|json)$/.test(name))
    .sort();
  for (const name of files) {
    const source = readFileSync(join(pluginFolder, name), 'utf8');
    if (name.endsWith('block.json')) {
      // The contexts WordPress translates a block.json's fields in.
      const block = JSON.parse(source);
      add(block.title, name, { context: 'block title' });
      add(block.description, name, { context: 'block description' });
      for (const keyword of block.keywords ?? []) add(keyword, name, { context: 'block keyword' });
      continue;
    }
    if (name === 'care-level-widgets.php') {
      for (const header of ['Plugin Name', 'Description']) {
        const text = source.match(new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm'))[1].trim();
        add(text, name, { comment: `Plugin header: ${header}` });
      }
    }
    const lines = source.split('\n');
    for (const match of source.matchAll(call)) {
      const line = source.slice(0, match.index).split('\n').length;
      const comment = lines[line - 2]?.match(translatorsComment)?.[1];
      add(unquote(match[1]), `${name}:${line}`, { comment: comment && `translators: ${comment}` });
    }
  }
  return entries.values();
}

const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function potText() {
  const header = [
    '# Care Level Widgets: the template for translating the plugin’s admin screens and editor.',
    '# Written by scripts/wordpress-pot.mjs; this file is distributed under the MIT license.',
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Care Level Widgets __CARE_LEVEL_WIDGETS_VERSION__\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${domain}\\n"`,
  ];
  const body = [...collect()].map(({ context, text, references, comments }) =>
    [
      ...[...comments].map((comment) => `#. ${comment}`),
      `#: ${references.join(' ')}`,
      ...(context ? [`msgctxt ${quote(context)}`] : []),
      `msgid ${quote(text)}`,
      'msgstr ""',
    ].join('\n'),
  );
  return `${[header.join('\n'), ...body].join('\n\n')}\n`;
}

if (process.argv[1]?.endsWith('wordpress-pot.mjs')) {
  const text = potText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(potFile, 'utf8');
    if (current !== text) {
      console.error(`${potFile} is out of date: run node scripts/wordpress-pot.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(potFile, text);
    console.log(`${potFile}: ${text.match(/^msgid /gm).length - 1} strings`);
  }
}
