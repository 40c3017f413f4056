import { expect, waitUntil } from '@open-wc/testing';

/**
 * The embed-code page (demo/embed.html) as a site owner uses it: the code sits beside the preview, it points at the
 * site's own copy of dist/ (with integrity hashes when it points at another site), it has no inline style, and a
 * setting with a mistake gets no code at all.
 */

async function loadBuilder(width = 1200, height = 900): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/embed.html';
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.querySelector<HTMLTextAreaElement>('#snippet')?.value, 'the builder wrote no code', { timeout: 8000 });
  return page;
}

function type(page: Document, selector: string, value: string) {
  const input = page.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const textarea = (page: Document, id: string) => page.querySelector<HTMLTextAreaElement>(`#${id}`)!;

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('the embed builder', () => {
  it('says the package is not published yet and writes code for the files on the site itself', async () => {
    const page = await loadBuilder();
    expect(page.querySelector('#self-hosting')!.textContent).to.match(/not published yet/);
    expect(textarea(page, 'snippet').value.split('\n').slice(0, 2)).to.deep.equal([
      '<link rel="stylesheet" href="/care-level-widgets/care-level-widgets.css" />',
      '<script src="/care-level-widgets/care-level-widgets.js" defer></script>',
    ]);
    await waitUntil(() => textarea(page, 'snippet-prerendered').value.includes('shadowrootmode'), 'no pre-rendered code', { timeout: 8000 });
    expect(textarea(page, 'snippet-prerendered').value).to.match(
      /<\/care-comparison>\n<script src="\/care-level-widgets\/care-level-widgets-hydrate\.js" defer><\/script>$/,
    );
    for (const id of ['snippet', 'snippet-css', 'snippet-prerendered']) {
      expect(textarea(page, id).value).not.to.contain('unpkg');
    }
  });

  it('writes no inline style: the colours are a rule for the site stylesheet, with a Copy button of its own', async () => {
    const page = await loadBuilder();
    await waitUntil(() => textarea(page, 'snippet-prerendered').value.includes('shadowrootmode'), 'no pre-rendered code', { timeout: 8000 });
    const accent = page.querySelector<HTMLInputElement>('#accent')!;
    accent.value = '#aa3300';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(textarea(page, 'snippet').value).not.to.match(/<style|style=/);
    expect(textarea(page, 'snippet-prerendered').value.startsWith('<care-comparison')).to.equal(true);
    expect(textarea(page, 'snippet-css').value).to.equal(
      'care-comparison {\n  --care-color-accent: #aa3300;\n  --care-radius: 0.5rem;\n}',
    );
    const snippets = [...page.querySelectorAll('.snippet')];
    expect(snippets.map((snippet) => snippet.querySelectorAll('textarea').length)).to.deep.equal([1, 1, 1]);
    expect(snippets.map((snippet) => snippet.querySelectorAll('button.copy').length)).to.deep.equal([1, 1, 1]);
  });

  it('refuses to write code while a setting has a mistake, and says what to fix', async () => {
    const page = await loadBuilder();
    type(page, '#phone', '</script><svg onload=alert(1)>');
    const errors = page.querySelector<HTMLElement>('#snippet-errors')!;
    expect(errors.hidden).to.equal(false);
    expect(errors.getAttribute('role')).to.equal('alert');
    expect(errors.textContent).to.match(/Your phone number: .*digit/i);
    for (const id of ['snippet', 'snippet-css', 'snippet-prerendered']) expect(textarea(page, id).value).to.equal('');
    expect([...page.querySelectorAll<HTMLButtonElement>('button.copy')].every((button) => button.disabled)).to.equal(true);

    type(page, '#files', 'javascript:alert(1)');
    expect(errors.textContent).to.contain('Where the files are');

    type(page, '#phone', '+1-555-0100');
    type(page, '#files', '/assets/care');
    expect(errors.hidden).to.equal(true);
    expect(textarea(page, 'snippet').value).to.contain('<script src="/assets/care/care-level-widgets.js" defer></script>');
    expect(textarea(page, 'snippet').value).to.contain('<script type="application/json">{"programs":{"iop":{"phone":"+1-555-0100"}}}</script>');
    expect([...page.querySelectorAll<HTMLButtonElement>('button.copy')].some((button) => button.disabled)).to.equal(false);
  });

  it('gives files on another site their integrity hash and crossorigin, and the single file there', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const page = await loadBuilder();
    type(page, '#files', 'https://cdn.example/care-level-widgets@0.1.0/dist');
    const folder = 'https://cdn.example/care-level-widgets@0.1.0/dist/';
    expect(textarea(page, 'snippet').value.split('\n').slice(0, 2)).to.deep.equal([
      `<link rel="stylesheet" href="${folder}care-level-widgets.css" integrity="${integrity['care-level-widgets.css']}" crossorigin="anonymous" />`,
      // Integrity covers the file a tag names, not the chunks a loader fetches: off-site, the tag is the single file.
      `<script src="${folder}care-level-widgets.standalone.js" defer integrity="${integrity['care-level-widgets.standalone.js']}" crossorigin="anonymous"></script>`,
    ]);
    const hydrate = `<script src="${folder}care-level-widgets-hydrate.js" defer integrity="${integrity['care-level-widgets-hydrate.js']}" crossorigin="anonymous"></script>`;
    await waitUntil(() => textarea(page, 'snippet-prerendered').value.endsWith(hydrate), 'the pre-rendered code has no integrity', { timeout: 8000 });
  });

  it('puts the code beside the preview on a desktop, and right under the settings on a phone', async () => {
    const desktop = await loadBuilder(1280, 900);
    const desktopSettings = desktop.querySelector('#embed-options')!.getBoundingClientRect();
    const desktopCode = desktop.querySelector('#snippet-heading')!.getBoundingClientRect();
    const desktopPreview = desktop.querySelector('#preview')!.getBoundingClientRect();
    expect(desktopCode.right).to.be.below(desktopPreview.left);
    expect(desktopCode.top - desktopSettings.bottom).to.be.within(0, 100);
    expect(desktopPreview.top).to.be.below(desktopSettings.top + 100);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());

    const phone = await loadBuilder(390, 800);
    const settings = phone.querySelector('#embed-options')!.getBoundingClientRect();
    const phoneCode = phone.querySelector('#snippet-heading')!.getBoundingClientRect();
    const phonePreview = phone.querySelector('#preview-heading')!.getBoundingClientRect();
    expect(phoneCode.top - settings.bottom).to.be.within(0, 100);
    expect(phoneCode.top).to.be.below(phonePreview.top);
  });
});

describe('the embed builder’s JSON block', () => {
  it('writes every < as \\u003c, so no value can close the script element', async () => {
    const snippetModule = '/demo/embed-snippet.js';
    const { jsonBlock } = (await import(/* @vite-ignore */ snippetModule)) as {
      jsonBlock(config: unknown): string;
    };
    const config = { programs: { iop: { hours: '</script><svg onload=alert(1)> <!-- x' } } };
    const block = jsonBlock(config);
    const inner = block.slice('<script type="application/json">'.length, -'</script>'.length);
    expect(inner).not.to.contain('<');
    expect(JSON.parse(inner)).to.deep.equal(config);
  });
});
