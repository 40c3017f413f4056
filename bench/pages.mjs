/**
 * The pages the benchmark loads, written from the built data module (dist/data.js) so the static-HTML baseline has
 * exactly the rows, text and sources that <care-comparison> shows. Served from memory by bench/server.mjs; the
 * in-page timer is bench/pages/harness.js.
 */

const bundle = '/dist/care-level-widgets.js';

function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="/bench/pages/page.css" />
    ${head}
    <script src="/bench/pages/harness.js"></script>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/** A center's own rows, as many as asked, in the shape `extraRows` takes (both languages, every level). */
export function extraRowsInput(count, levelIds) {
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `center-row-${number}`,
      label: { en: `Center detail ${number}`, es: `Detalle del centro ${number}` },
      cells: Object.fromEntries(
        levelIds.map((levelId) => [
          levelId,
          {
            en: `Our ${levelId} program, item ${number}: family sessions on Sundays from 1 to 4 pm.`,
            es: `Nuestro programa ${levelId}, punto ${number}: sesiones familiares los domingos de 1 a 4 p. m.`,
          },
        ]),
      ),
    };
  });
}

/**
 * Builds the page set for one run of the benchmark. `data` is the dist/data.js module. Every page variant is keyed
 * by its URL path and query, e.g. `/bench/comparison.html?tables=2&rows=50`.
 */
export function createPages(data, { demoHtml } = {}) {
  const { buildComparisonRows, validateConfig, levels, sources } = data;

  function configFor(extraRows) {
    const input = extraRows > 0 ? { extraRows: extraRowsInput(extraRows, data.levelIds) } : {};
    const result = validateConfig(input);
    if (!result.ok) {
      throw new Error(`The bench configuration is invalid:\n${result.errors.map((error) => error.message).join('\n')}`);
    }
    return { input, config: result.config };
  }

  /** What the in-page timer waits for: the last row's English label. */
  function expectedRows(config) {
    const rows = buildComparisonRows(config);
    return JSON.stringify({ lastRowLabel: rows.at(-1).label.en }).replaceAll('<', '\\u003c');
  }

  /** The comparison table as a site owner would write it by hand: caption, column and row headers, numbered sources. */
  function staticTable(config, tableNumber) {
    const rows = buildComparisonRows(config);
    const cited = [];
    const citation = (sourceId) => {
      if (!cited.includes(sourceId)) cited.push(sourceId);
      const number = cited.indexOf(sourceId) + 1;
      return `<a href="#t${tableNumber}-source-${number}">[${number}]</a>`;
    };
    const header = config.levels.map((levelId) => `<th scope="col">${escapeHtml(levels[levelId].shortName.en)}</th>`);
    const body = rows.map((row) => {
      const cells = config.levels.map((levelId) => {
        const cell = row.cells[levelId];
        if (!cell) return '<td></td>';
        const notes = cell.sources.length > 0 ? ` <sup>${cell.sources.map(citation).join(' ')}</sup>` : '';
        return `<td>${escapeHtml(cell.text.en)}${notes}</td>`;
      });
      return `<tr><th scope="row">${escapeHtml(row.label.en)}</th>${cells.join('')}</tr>`;
    });
    const sourceItems = cited.map((sourceId, index) => {
      const source = sources[sourceId];
      return `<li id="t${tableNumber}-source-${index + 1}"><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>, ${escapeHtml(source.publisher)}, ${source.year}.</li>`;
    });
    return `<div class="comparison">
<table>
<caption>How the levels of care compare</caption>
<thead><tr><td></td>${header.join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
<ol class="sources">${sourceItems.join('')}</ol>
</div>`;
  }

  function comparisonElement(input) {
    const json = Object.keys(input).length > 0 ? `<script type="application/json">${JSON.stringify(input).replaceAll('<', '\\u003c')}</script>` : '';
    return `<care-comparison>${json}<p><a href="#start">Read about our programs</a></p></care-comparison>`;
  }

  function repeat(count, make) {
    return Array.from({ length: count }, (_, index) => make(index + 1)).join('\n');
  }

  const builders = {
    /** The static-HTML baseline: the same table(s), no script. */
    baseline({ tables, rows }) {
      const { config } = configFor(rows);
      return page({
        title: 'Baseline: the comparison as static HTML',
        head: '<link rel="stylesheet" href="/bench/pages/baseline.css" />',
        body: `    <main>
      <h1>Compare the levels of care</h1>
      <script>bench.start()</script>
${repeat(tables, (number) => staticTable(config, number))}
      <script>bench.whenStaticTablesRendered(${expectedRows(config)})</script>
    </main>`,
      });
    },

    /** <care-comparison> from the script-tag bundle, loaded after the elements like a script at the end of <body>. */
    comparison({ tables, rows }) {
      const { input, config } = configFor(rows);
      return page({
        title: '<care-comparison>',
        head: '<link rel="stylesheet" href="/dist/care-level-widgets.css" />',
        body: `    <main>
      <h1>Compare the levels of care</h1>
${repeat(tables, () => comparisonElement(input))}
    </main>
    <script>bench.start()</script>
    <script src="${bundle}"></script>
    <script>bench.whenComparisonsRendered(${expectedRows(config)})</script>`,
      });
    },

    questionnaire() {
      return page({
        title: '<care-questionnaire>',
        head: '<link rel="stylesheet" href="/dist/care-level-widgets.css" />',
        body: `    <main>
      <h1>Not sure where to start?</h1>
      <care-questionnaire phone="+1-555-0100">
        <p>Call us at <a href="tel:+15550100">555-0100</a> and we will help you find the right level of care.</p>
      </care-questionnaire>
    </main>
    <script>bench.start()</script>
    <script src="${bundle}"></script>
    <script>bench.whenQuestionnaireInteractive()</script>`,
      });
    },

    /**
     * The demo site without the widgets' script: the same page, its fallback content in place of the widgets (what
     * "a page without them" scores). `demoHtml` is demo/index.html; relative links resolve to /demo/.
     */
    demostatic() {
      if (!demoHtml) return undefined;
      return demoHtml
        .replace(/<script[^>]*care-level-widgets\.js[^>]*><\/script>\s*/, '')
        .replace('<head>', '<head>\n    <base href="/demo/" />');
    },

    /** Only the crisis banner, as in a site's header: what such a page fetches. */
    banner() {
      return page({
        title: '<care-crisis-banner>',
        head: `<link rel="stylesheet" href="/dist/care-level-widgets.css" />
    <script src="${bundle}" defer></script>`,
        body: `    <main>
      <care-crisis-banner variant="compact">
        <p>In crisis? Call or text <a href="tel:988">988</a>, or call <a href="tel:911">911</a> in an emergency.</p>
      </care-crisis-banner>
      <h1>Our programs</h1>
    </main>`,
      });
    },

    /** Every element on one page, for memory and layout shift. */
    all() {
      return page({
        title: 'Every element',
        head: `<link rel="stylesheet" href="/dist/care-level-widgets.css" />
    <script src="${bundle}" defer></script>`,
        body: `    <main>
      <care-crisis-banner>
        <p>In crisis? Call or text <a href="tel:988">988</a>, or call <a href="tel:911">911</a> in an emergency.</p>
      </care-crisis-banner>
      <h1>Which level of care is right for you?</h1>
      <p>Our <care-term term="iop">intensive outpatient program</care-term> meets three evenings a week.</p>
      <care-comparison id="levels-table" highlight="iop">
        <p><a href="#start">Read about our programs</a></p>
      </care-comparison>
      <h2 id="start">Not sure where to start?</h2>
      <care-questionnaire comparison="levels-table" phone="+1-555-0100">
        <p>Call us at <a href="tel:+15550100">555-0100</a>.</p>
      </care-questionnaire>
    </main>
    <script>addEventListener('load', () => bench.whenElementsSettled())</script>`,
      });
    },
  };

  return {
    rowCount: (rows) => buildComparisonRows(configFor(rows).config).length,
    /** The HTML for `/bench/<name>.html?tables=…&rows=…`, or undefined for any other URL. */
    render(url) {
      const { pathname, searchParams } = new URL(url, 'http://bench.invalid');
      const name = pathname.match(/^\/bench\/([a-z]+)\.html$/)?.[1];
      if (!name || !Object.hasOwn(builders, name)) return undefined;
      const tables = Math.min(16, Math.max(1, Number(searchParams.get('tables') ?? 1) || 1));
      const rows = Math.min(1000, Math.max(0, Number(searchParams.get('rows') ?? 0) || 0));
      return builders[name]({ tables, rows });
    },
  };
}
