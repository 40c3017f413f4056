// The embed code builder: reads the form, updates the live preview, and writes the two snippets a site owner can
// paste: the script tag, and the same widget pre-rendered to HTML by care-level-widgets/ssr (in a worker: it needs
// no DOM, and the page keeps its strict Content-Security-Policy).
const scriptUrl = 'https://unpkg.com/care-level-widgets/dist/care-level-widgets.js';
const hydrateScriptUrl = 'https://unpkg.com/care-level-widgets/dist/care-level-widgets-hydrate.js';
const form = document.getElementById('embed-options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');
const prerendered = document.getElementById('snippet-prerendered');
const prerenderedSize = document.getElementById('prerendered-size');
const prerenderedStatus = document.getElementById('copy-prerendered-status');

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function readOptions() {
  const data = new FormData(form);
  return {
    element: data.get('element'),
    levels: data.getAll('levels'),
    highlight: data.get('highlight'),
    lang: data.get('lang'),
    phone: String(data.get('phone') ?? '').trim(),
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

function render() {
  const options = readOptions();
  const attributes = attributesFor(options);
  const config = comparisonConfig(options);

  const element = document.createElement(options.element);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (config) element.setAttribute('config', JSON.stringify(config));
  element.style.setProperty('--care-color-accent', options.accent);
  element.style.setProperty('--care-radius', options.radius);
  preview.replaceChildren(element);

  const style = `<style>${options.element} { --care-color-accent: ${options.accent}; --care-radius: ${options.radius}; }</style>`;
  renderPrerendered(options.element, attributes, config, style);

  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const configText = config ? `\n  <script type="application/json">${JSON.stringify(config)}</script>\n` : '';
  snippet.value = [
    `<script src="${scriptUrl}" defer></script>`,
    style,
    `<${options.element}${attributeText}>${configText}</${options.element}>`,
  ].join('\n');
}

/** The pre-rendered snippet, from the worker; only the answer to the latest request is shown. */
let renderer;
let latestRequest = 0;
let latestStyle = '';

function renderPrerendered(element, attributes, config, style) {
  latestRequest += 1;
  latestStyle = style;
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
      const code = data.html && [latestStyle, data.html, `<script src="${hydrateScriptUrl}" defer></script>`].join('\n');
      showPrerendered(code, data.error);
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

form.addEventListener('input', render);
form.addEventListener('change', render);
document.getElementById('copy-snippet').addEventListener('click', () => copy(snippet, copyStatus, 'Code'));
document.getElementById('copy-prerendered').addEventListener('click', () =>
  copy(prerendered, prerenderedStatus, 'Pre-rendered code'),
);
render();
