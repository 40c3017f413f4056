import { expect, waitUntil } from '@open-wc/testing';

/**
 * The embed-code page (demo/embed.html) offers the pre-rendered snippet beside the script tag: care-level-widgets/ssr
 * runs in a worker built into dist/demo/, so the page needs no inline script.
 */

async function loadEmbedPage(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/embed.html';
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('the embed-code page', () => {
  it('offers the pre-rendered snippet beside the script tag, and follows the choices', async () => {
    const page = await loadEmbedPage();
    const prerendered = page.querySelector<HTMLTextAreaElement>('#snippet-prerendered')!;
    const plain = page.querySelector<HTMLTextAreaElement>('#snippet')!;
    await waitUntil(() => prerendered.value.includes('shadowrootmode="open"'), 'no pre-rendered snippet', { timeout: 8000 });
    expect(plain.value).to.contain('care-level-widgets.js');
    expect(prerendered.value.startsWith('<care-comparison')).to.equal(true);
    expect(prerendered.value).to.match(/<\/care-comparison>\n<script src="[^"]*care-level-widgets-hydrate\.js" defer><\/script>$/);
    expect(prerendered.value).to.contain('Levels of care compared');
    expect(prerendered.value).to.match(/<care-comparison[^>]* highlight="iop"/);
    expect(page.querySelector('#prerendered-size')!.textContent).to.match(/KB of HTML/);

    const lang = page.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => prerendered.value.includes('Comparación de niveles de atención'), 'the snippet did not follow the language');

    page.querySelector<HTMLInputElement>('input[name="element"][value="care-crisis-banner"]')!.click();
    await waitUntil(() => prerendered.value.includes('<care-crisis-banner'), 'the snippet did not follow the element');
    expect(prerendered.value).to.contain('Hay ayuda disponible ahora mismo');
    expect(prerendered.getAttribute('aria-busy')).to.equal(null);
  });
});
