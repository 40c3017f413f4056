// The embed code builder: reads the form, updates the live preview, and writes the snippets a site owner can paste:
// the script tag, the optional CSS, and the same widget pre-rendered to HTML by care-level-widgets/ssr (in a worker:
// it needs no DOM, and the page keeps its strict Content-Security-Policy). A configuration with a mistake gets no
// code at all, only the list of what to fix.
import { assetFiles, filesFolder, scriptTag, scriptTagSnippet, themeCss } from './embed-snippet.js';

const form = document.getElementById('embed-options');
const preview = document.getElementById('preview');
const errorBox = document.getElementById('snippet-errors');
const errorList = document.getElementById('snippet-error-list');
const snippet = document.getElementById('snippet');
const cssSnippet = document.getElementById('snippet-css');
const prerendered = document.getElementById('snippet-prerendered');
const prerenderedSize = document.getElementById('prerendered-size');
const copyButtons = [...document.querySelectorAll('button.copy')];

/** How the builder names each configuration path in its messages: the label of the field it came from. */
const fieldLabels = { 'contact.phone': 'Your phone number' };

/** The library (for validateConfig), once the script tag's loader has fetched it. */
let library;

/** dist/integrity.json of the build this page serves (the hashes of the files a site owner copies from it), once loaded. */
let integrity;

function readOptions() {
  const data = new FormData(form);
  return {
    element: data.get('element'),
    levels: data.getAll('levels'),
    highlight: data.get('highlight'),
    lang: data.get('lang'),
    phone: String(data.get('phone') ?? '').trim(),
    files: String(data.get('files') ?? ''),
    accent: data.get('accent'),
    radius: data.get('radius'),
  };
}

function attributesFor(options) {
  const attributes = { lang: options.lang };
  if (options.element === 'care-comparison') {
    if (options.levels.length > 0 && options.levels.length < 4) attributes.levels = options.levels.join(' ');
    if (options.highlight && options.levels.includes(options.highlight)) attributes.highlight = options.highlight;
  }
  if (options.element === 'care-questionnaire') {
    if (options.levels.length > 0 && options.levels.length < 4) attributes.offered = options.levels.join(' ');
    if (options.phone) attributes.phone = options.phone;
  }
  return attributes;
}

function comparisonConfig(options) {
  if (options.element !== 'care-comparison' || !options.phone || !options.highlight) return undefined;
  return { programs: { [options.highlight]: { phone: options.phone } } };
}

/** Every mistake in the settings, in words: the phone as the widgets check it, and where the files are. */
function problemsWith(options, files) {
  const problems = [];
  if (options.levels.length === 0) problems.push('Levels you offer: choose at least one.');
  if (options.phone) {
    const { errors = [] } = library.validateConfig({ contact: { phone: options.phone } });
    for (const error of errors) {
      const label = fieldLabels[error.path] ?? error.path;
      problems.push(`${label}: ${error.message.replace(/^[\w.[\]]+: /, '')}`);
    }
  }
  if (files.error) problems.push(files.error);
  if (files.offSite && !integrity) problems.push('dist/integrity.json is missing: run npm run build, then reload.');
  return problems;
}

function showProblems(problems) {
  errorList.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
  errorBox.hidden = problems.length === 0;
  for (const button of copyButtons) button.disabled = problems.length > 0;
}

function render() {
  const options = readOptions();
  const files = { ...filesFolder(options.files), integrity };
  const attributes = attributesFor(options);
  const config = comparisonConfig(options);
  const problems = problemsWith(options, files);

  const element = document.createElement(options.element);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (config) element.setAttribute('config', JSON.stringify(config));
  element.style.setProperty('--care-color-accent', options.accent);
  element.style.setProperty('--care-radius', options.radius);
  preview.replaceChildren(element);

  showProblems(problems);
  if (problems.length > 0) {
    latestRequest += 1;
    for (const textarea of [snippet, cssSnippet, prerendered]) textarea.value = '';
    prerenderedSize.textContent = '';
    return;
  }
  snippet.value = scriptTagSnippet(options.element, attributes, config, files);
  cssSnippet.value = themeCss(options.element, options);
  renderPrerendered(options.element, attributes, config, scriptTag(assetFiles.hydrateScript, files));
}

/** The pre-rendered snippet, from the worker; only the answer to the latest request is shown. */
let renderer;
let latestRequest = 0;
let latestHydrateTag = '';

function renderPrerendered(element, attributes, config, hydrateTag) {
  latestRequest += 1;
  latestHydrateTag = hydrateTag;
  prerendered.setAttribute('aria-busy', 'true');
  if (!renderer) {
    try {
      renderer = new Worker('/dist/demo/care-level-widgets-ssr-worker.js');
    } catch {
      showPrerendered(undefined, 'This browser cannot pre-render here: use `npx care-level-widgets render` instead.');
      return;
    }
    renderer.addEventListener('message', ({ data }) => {
      if (data.id !== latestRequest) return;
      // The script after the element, as the CLI writes it: deferred either way, it then leaves the first view alone.
      showPrerendered(data.html && `${data.html}\n${latestHydrateTag}`, data.error);
    });
    renderer.addEventListener('error', () => showPrerendered(undefined, 'The pre-renderer did not load.'));
  }
  renderer.postMessage({ id: latestRequest, tag: element, options: { attributes, config } });
}

function showPrerendered(code, error) {
  prerendered.removeAttribute('aria-busy');
  prerendered.value = code ?? '';
  if (error) {
    prerenderedSize.textContent = error;
    return;
  }
  const bytes = new TextEncoder().encode(code).length;
  prerenderedSize.textContent = `${(bytes / 1024).toFixed(1)} KB of HTML (most servers send it compressed, at about a sixth of that).`;
}

async function copy(textarea, status, label) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = `${label} copied.`;
  } catch {
    textarea.select();
    status.textContent = 'Select the code and press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

for (const [button, textarea, status, label] of [
  ['copy-snippet', snippet, 'copy-status', 'Code'],
  ['copy-css', cssSnippet, 'copy-css-status', 'CSS'],
  ['copy-prerendered', prerendered, 'copy-prerendered-status', 'Pre-rendered code'],
]) {
  document.getElementById(button).addEventListener('click', () => copy(textarea, document.getElementById(status), label));
}
const integrityHashes = fetch('/dist/integrity.json')
  .then((response) => (response.ok ? response.json() : undefined))
  .catch(() => undefined);
Promise.all([window.CareLevelWidgets.load(), integrityHashes]).then(([loadedLibrary, hashes]) => {
  library = loadedLibrary;
  integrity = hashes;
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  render();
});
