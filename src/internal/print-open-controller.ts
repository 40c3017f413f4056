import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens the host's closed `<details data-print-open>` while the page prints, and closes them again after: a closed
 * disclosure prints as its summary alone, and paper cannot be clicked open. Only while connected, and only in a
 * browser (a server never connects the host).
 */
export class PrintOpenController implements ReactiveController {
  private openedForPrint: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  private readonly openForPrint = (): void => {
    this.openedForPrint = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };

  private readonly closeAfterPrint = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };
}
