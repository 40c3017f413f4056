#!/usr/bin/env node
/**
 * `npx care-level-widgets render care-comparison --config center.json --lang es > snippet.html`: pre-renders an
 * element to HTML with declarative shadow DOM (care-level-widgets/ssr), with the script tag that hydrates it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const help = `Usage: care-level-widgets render <element> [options] > snippet.html

Pre-renders one element to HTML that shows before any script runs, and without JavaScript at all, followed by the
script tag that makes it interactive (dist/care-level-widgets-hydrate.js: copy it and
care-level-widgets-hydrate.full.js, which it loads when the page is idle or first used, to your site, by default
to /care-level-widgets/).

Elements: care-comparison, care-questionnaire, care-term, care-crisis-banner

Options:
  --config <file>         A center's configuration as JSON (comparison and questionnaire), checked as the
                          widgets check it; a mistake is listed and nothing is written.
  --lang <en|es>          The language (written as the element's lang attribute).
  --attr <name=value>     Another attribute the element documents, or id, class, aria-* or data-*, such as
                          --attr highlight=iop --attr heading-level=2 (repeatable).
  --text <text>           The words a care-term explains: --attr term=iop --text IOP.
  --script <url>          Where your site serves the hydrate script (default:
                          /care-level-widgets/care-level-widgets-hydrate.js). An https: address on another
                          site, such as a CDN, gets this version's integrity hash and crossorigin="anonymous"
                          (the script checks the full file it loads from there against its hash too).
  --no-script             Leave the script tag out (when the page loads it once for every snippet).
  --full-terms            Render the glossary terms inside an element with their own shadow roots (larger).
  -h, --help              This help.

Example:
  npx care-level-widgets render care-comparison --config center.json --lang es --attr highlight=iop > snippet.html
`;

function fail(message) {
  process.stderr.write(`care-level-widgets: ${message}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      lang: { type: 'string' },
      attr: { type: 'string', multiple: true },
      text: { type: 'string' },
      script: { type: 'string' },
      'no-script': { type: 'boolean' },
      'full-terms': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\nRun care-level-widgets --help for the options.`);
}
const { values, positionals } = parsed;

if (values.help || positionals.length === 0) {
  process.stdout.write(help);
  process.exit(positionals.length === 0 && !values.help ? 1 : 0);
}

const [command, tag, ...extra] = positionals;
if (command !== 'render') fail(`Unknown command "${command}": the command is render. Run care-level-widgets --help.`);
if (!tag) fail('Name the element to render: care-comparison, care-questionnaire, care-term or care-crisis-banner.');
if (extra.length > 0) fail(`Unexpected argument "${extra[0]}". Run care-level-widgets --help.`);

let ssr;
try {
  ssr = await import('../dist/ssr.js');
} catch (error) {
  // @lit-labs/ssr is an optional peer dependency: the module's own message says how to install it.
  if (!/^care-level-widgets\/ssr needs /.test(error?.message)) throw error;
  fail(error.message);
}
const { careElementTags, renderElement, hydrateScriptTag, CareRenderError } = ssr;
if (!careElementTags.includes(tag)) fail(`Unknown element "${tag}": use one of ${careElementTags.join(', ')}.`);

const attributes = {};
for (const pair of values.attr ?? []) {
  const equals = pair.indexOf('=');
  if (equals <= 0) fail(`--attr "${pair}" is not name=value (for example --attr highlight=iop).`);
  attributes[pair.slice(0, equals)] = pair.slice(equals + 1);
}
if (values.lang !== undefined) {
  if (!['en', 'es'].includes(values.lang)) fail(`--lang "${values.lang}" is not a language the widgets speak: use en or es.`);
  attributes.lang = values.lang;
}

let config;
if (values.config !== undefined) {
  let text;
  try {
    text = readFileSync(values.config, 'utf8');
  } catch (error) {
    fail(`Cannot read the configuration file ${values.config}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}.`);
  }
  try {
    config = JSON.parse(text);
  } catch (error) {
    fail(`The configuration file ${values.config} is not JSON: ${error.message}.`);
  }
}

let html;
try {
  html = renderElement(tag, { attributes, config, text: values.text, nestedTerms: values['full-terms'] ? 'full' : 'lean' });
} catch (error) {
  if (!(error instanceof CareRenderError)) throw error;
  const where = values.config !== undefined && error.errors.length > 0 ? ` (${values.config})` : '';
  fail(`${error.message.replace(/^The configuration/, `The configuration${where}`)}`);
}

/** This build's Subresource Integrity hash of the hydrate script, for a script on another site. */
function hydrateScriptIntegrity() {
  const file = fileURLToPath(new URL('../dist/integrity.json', import.meta.url));
  try {
    return JSON.parse(readFileSync(file, 'utf8'))['care-level-widgets-hydrate.js'];
  } catch (error) {
    fail(`Cannot read ${file} for the script's integrity hash (${error.message}); run npm run build.`);
  }
}

const offSite = values.script !== undefined && /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(values.script);
// The script after the element: it is deferred either way, and fetched after the element is parsed it does not
// compete with the first view (bench/ssr.mjs measures the snippet this way).
const script = values['no-script']
  ? ''
  : `${hydrateScriptTag(values.script, offSite ? { integrity: hydrateScriptIntegrity() } : {})}\n`;
process.stdout.write(`${html}\n${script}`);
