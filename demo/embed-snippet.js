/**
 * The text of the embed builder's snippets (demo/embed.js), as pure functions so a test can check them without the
 * page: where the files come from, the script-tag snippet, its JSON block, and the optional CSS.
 */

/**
 * The script-tag file (the loader, which fetches the elements' code from chunks/ beside it), its single-file
 * equivalent, the hydrate file (for pre-rendered widgets) and the optional stylesheet, as in dist/.
 */
export const assetFiles = {
  script: 'care-level-widgets.js',
  standaloneScript: 'care-level-widgets.standalone.js',
  hydrateScript: 'care-level-widgets-hydrate.js',
  stylesheet: 'care-level-widgets.css',
};

/** Where the builder says to copy dist/ when the site owner has not said otherwise. */
export const defaultFilesFolder = '/care-level-widgets/';

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The folder the site serves the files from: a path on the site (`/assets/care/`) or an `https:` address. `offSite`
 * is true for an address with its own origin, such as a CDN: its tags then carry `integrity` and `crossorigin`, so
 * the browser refuses a file that is not exactly this version's.
 */
export function filesFolder(text) {
  const value = text.trim() || defaultFilesFolder;
  const folder = value.endsWith('/') ? value : `${value}/`;
  if (folder.startsWith('/') && !folder.startsWith('//')) {
    return /^\/[\w\-./~%]*$/.test(folder)
      ? { folder, offSite: false }
      : { error: 'Where the files are: a path on your site uses letters, digits and - _ . / ~ only.' };
  }
  let url;
  try {
    url = new URL(folder.startsWith('//') ? `https:${folder}` : folder);
  } catch {
    return { error: 'Where the files are: give a path on your site, such as /care-level-widgets/, or an https: address.' };
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    return { error: 'Where the files are: an address on another site must start with https:// and have no ? or #.' };
  }
  return { folder: url.href, offSite: true };
}

/** ` integrity="…" crossorigin="anonymous"` for a file loaded from another site, else nothing. */
function subresourceIntegrity(file, { offSite, integrity }) {
  if (!offSite) return '';
  const hash = integrity?.[file];
  if (!hash) throw new Error(`No integrity hash for ${file}: dist/integrity.json is missing or incomplete.`);
  return ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"`;
}

/**
 * `<script src=… defer>` for one of `assetFiles`, with integrity when it is off-site. Off-site, the script tag is the
 * single file: integrity covers only the file the tag names, not the chunks a loader fetches afterwards.
 */
export function scriptTag(file, files) {
  const shipped = files.offSite && file === assetFiles.script ? assetFiles.standaloneScript : file;
  return `<script src="${escapeAttribute(files.folder + shipped)}" defer${subresourceIntegrity(shipped, files)}></script>`;
}

/** `<link rel="stylesheet">` for the optional stylesheet, with integrity when it is off-site. */
export function stylesheetTag(files) {
  const file = assetFiles.stylesheet;
  return `<link rel="stylesheet" href="${escapeAttribute(files.folder + file)}"${subresourceIntegrity(file, files)} />`;
}

/**
 * A configuration as the element's JSON block. Every `<` is written `\u003c` (still the same JSON), so no value can
 * close the script element early, whatever it holds.
 */
export function jsonBlock(config) {
  return `<script type="application/json">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;
}

/** The element as HTML: its attributes, and its configuration as a JSON block inside it. */
export function elementMarkup(tag, attributes, config) {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const configText = config ? `\n  ${jsonBlock(config)}\n` : '';
  return `<${tag}${attributeText}>${configText}</${tag}>`;
}

/** The script-tag snippet: the optional stylesheet, the script, and the element. */
export function scriptTagSnippet(tag, attributes, config, files) {
  return [stylesheetTag(files), scriptTag(assetFiles.script, files), elementMarkup(tag, attributes, config)].join('\n');
}

/** The colours and corners, as a rule for the site's own stylesheet (no inline style: a strict CSP blocks it). */
export function themeCss(tag, { accent, radius }) {
  return `${tag} {\n  --care-color-accent: ${accent};\n  --care-radius: ${radius};\n}`;
}
