/**
 * The page the browser tests in test/ssr/ load: every element pre-rendered by dist/ssr.js (built before the browser
 * suites), served by the test server's middleware at /test/ssr/prerendered.html. `?script=hydrate` adds the hydrate
 * script tag; without it the page has no script at all, and a test adds the script itself once it has looked at the
 * pre-rendered markup. `?persist=session` pre-renders the questionnaire with `persist="session"`, and `?layout=auto`
 * the comparison with `layout="auto"` (else `layout="table"`).
 */
const hydrateScript = '/dist/care-level-widgets-hydrate.js';

export const prerenderedPagePath = '/test/ssr/prerendered.html';

export const prerenderedConfig = {
  levels: ['php', 'iop', 'outpatient'],
  programs: { iop: { phone: '+1-555-0100', url: 'https://example.org/iop', label: 'About our IOP' } },
};

export async function prerenderedPage(searchParams) {
  const { renderElement, hydrateScriptTag } = await import('../../dist/ssr.js');
  const lang = searchParams.get('lang') === 'es' ? 'es' : 'en';
  const script = searchParams.get('script') === 'hydrate' ? hydrateScriptTag(hydrateScript) : '';
  const persist = searchParams.get('persist') === 'session' ? 'session' : undefined;
  const layout = searchParams.get('layout') === 'auto' ? 'auto' : 'table';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Pre-rendered widgets</title>
    ${script}
  </head>
  <body>
    <h1>Pre-rendered widgets</h1>
    ${renderElement('care-crisis-banner', { attributes: { lang } })}
    <p>Our ${renderElement('care-term', { attributes: { term: 'iop', lang }, text: 'IOP' })} meets three evenings a week.</p>
    ${renderElement('care-comparison', { attributes: { highlight: 'iop', lang, layout }, config: prerenderedConfig })}
    ${renderElement('care-questionnaire', { attributes: { lang, phone: '+1-555-0100', persist } })}
  </body>
</html>
`;
}
