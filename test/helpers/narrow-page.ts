const tags = ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'];

/**
 * Renders `markup` in a page of its own, `width` CSS pixels wide, with every element registered: a phone-sized
 * viewport in every engine (WebKitGTK's window cannot be made that narrow). The frame is removed by
 * `removeNarrowPages()`.
 */
export async function narrowPage(width: number, height: number, markup: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.className = 'narrow-page';
  frame.width = String(width);
  frame.height = String(height);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
    <script type="module" src="/src/define.ts"></script></head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await widgetsRendered(frame.contentWindow!);
  return frame.contentDocument!;
}

/** Resolves when every widget on `page` is defined and has rendered. */
export async function widgetsRendered(page: Window): Promise<void> {
  const present = tags.filter((tag) => page.document.querySelector(tag));
  await Promise.all(present.map((tag) => page.customElements.whenDefined(tag)));
  await Promise.all(
    present.flatMap((tag) =>
      [...page.document.querySelectorAll(tag)].map(
        (element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    ),
  );
}

export function removeNarrowPages(): void {
  document.querySelectorAll('iframe.narrow-page').forEach((frame) => frame.remove());
}
