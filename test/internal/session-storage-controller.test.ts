import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SessionStorageController } from '../../src/internal/session-storage-controller.js';

const prefix = 'care-test:progress';

/** A bare element with the controller: `saved` records what it was given back. */
class StorageProbe extends LitElement {
  enabled = true;
  saved: unknown[] = [];
  readonly storage = new SessionStorageController(this, {
    keyPrefix: prefix,
    enabled: () => this.enabled,
    prerendered: () => false,
    restore: (saved) => this.saved.push(saved),
  });
}
customElements.define('care-storage-probe', StorageProbe);

describe('SessionStorageController', () => {
  afterEach(() => sessionStorage.clear());

  it('gives saved progress back once, at the first update, and not after a move', async () => {
    sessionStorage.setItem(prefix, JSON.stringify({ step: 2 }));
    const page = await fixture<HTMLDivElement>(html`<div><care-storage-probe></care-storage-probe><p></p></div>`);
    const probe = page.querySelector<StorageProbe>('care-storage-probe')!;
    await probe.updateComplete;
    expect(probe.saved).to.deep.equal([{ step: 2 }]);
    page.querySelector('p')!.append(probe);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.saved).to.have.length(1);
  });

  it('keys by id, else by position among the page’s elements of the same kind', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div><care-storage-probe></care-storage-probe><care-storage-probe></care-storage-probe><care-storage-probe id="intake"></care-storage-probe></div>
    `);
    const [first, second, named] = page.querySelectorAll<StorageProbe>('care-storage-probe');
    first.storage.save(1);
    second.storage.save(2);
    named.storage.save(3);
    expect(sessionStorage.getItem(prefix)).to.equal('1');
    expect(sessionStorage.getItem(`${prefix}#2`)).to.equal('2');
    expect(sessionStorage.getItem(`${prefix}:intake`)).to.equal('3');
    second.storage.clear();
    expect(sessionStorage.getItem(`${prefix}#2`)).to.equal(null);
  });

  it('stores and reads nothing when not enabled, and ignores what it cannot parse', async () => {
    sessionStorage.setItem(prefix, 'not json');
    const probe = await fixture<StorageProbe>(html`<care-storage-probe></care-storage-probe>`);
    expect(probe.saved).to.deep.equal([]);
    probe.enabled = false;
    probe.storage.save({ step: 1 });
    expect(sessionStorage.getItem(prefix)).to.equal('not json');
  });

  it('keeps working when storage throws', async () => {
    const probe = await fixture<StorageProbe>(html`<care-storage-probe></care-storage-probe>`);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => probe.storage.save({ step: 1 })).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
