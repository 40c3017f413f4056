// The embed code builder: reads the form, updates the live preview, and writes the snippet a site owner pastes.
const scriptUrl = 'https://unpkg.com/care-level-widgets/dist/care-level-widgets.js';
const form = document.getElementById('embed-options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');

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

  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const configText = config ? `\n  <script type="application/json">${JSON.stringify(config)}</script>\n` : '';
  snippet.value = [
    `<script src="${scriptUrl}" defer></script>`,
    `<style>${options.element} { --care-color-accent: ${options.accent}; --care-radius: ${options.radius}; }</style>`,
    `<${options.element}${attributeText}>${configText}</${options.element}>`,
  ].join('\n');
}

form.addEventListener('input', render);
form.addEventListener('change', render);
document.getElementById('copy-snippet').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippet.select();
    copyStatus.textContent = 'Select the code and press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});
render();
