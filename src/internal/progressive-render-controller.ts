import type { ReactiveControllerHost } from 'lit';

/** The first group's size: two items (the comparison's rows). */
const firstGroupSize = 2;
/** The time a group may take, leaving room in a 50 ms task for style and layout. */
const groupBudgetMs = 15;

/**
 * Renders an element's first render in groups, one group per task, so no task renders all of a long list and the
 * elements inside it: two items first, then as many as the last group's time says fit in 15 ms (a fast computer
 * takes the rest at once, a slow phone a few at a time). The host stays `pending` (CareElement's
 * `firstRenderComplete`) until `complete`.
 */
export class ProgressiveRenderController {
  /** How many items render while the first render is still adding them a group at a time; else all. */
  limit = Infinity;
  /** How many items the next group adds, and when the update under way started (to size the next group). */
  private groupSize = firstGroupSize;
  private updateStartedAt = 0;
  /** How many items the group being rendered adds: fewer than `groupSize` where it ends at a stop. */
  private renderedGroupSize = firstGroupSize;
  /** The task that adds the next group, while one is waiting. */
  private nextGroupTask?: Promise<void>;
  /** Whether the update under way only adds a group. */
  private addingGroup = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Renders the first render in groups; call before it starts. */
  start(): void {
    this.limit = firstGroupSize;
  }

  /** Whether every item has rendered. */
  get complete(): boolean {
    return this.limit === Infinity;
  }

  /** The task that adds the next group, while one is waiting; `await` it, then the host's update, until none. */
  get nextGroup(): Promise<void> | undefined {
    return this.nextGroupTask;
  }

  /** Call first in each update: whether the update was requested only to add the next group. */
  beginUpdate(): boolean {
    this.updateStartedAt = performance.now();
    const addingGroup = this.addingGroup;
    this.addingGroup = false;
    return addingGroup;
  }

  /**
   * Call after each render with how many items there are: schedules the next group, or ends the groups. A group
   * ends at the next of `stops` (item counts), so what comes before a stop is complete a task earlier.
   */
  rendered(itemCount: number, stops: readonly number[] = []): void {
    if (this.limit < itemCount) this.addGroupLater(itemCount, stops);
    else this.limit = Infinity;
  }

  private addGroupLater(itemCount: number, stops: readonly number[]): void {
    const startedAt = this.updateStartedAt;
    // Sized after the group's nested elements have rendered too (their updates are microtasks queued before this one).
    void Promise.resolve().then(() => {
      const perItem = (performance.now() - startedAt) / Math.max(1, this.renderedGroupSize);
      this.groupSize = Math.max(firstGroupSize, Math.floor(groupBudgetMs / Math.max(perItem, 0.01)));
    });
    this.nextGroupTask ??= new Promise((resolve) => {
      setTimeout(() => {
        this.nextGroupTask = undefined;
        const stop = stops.find((count) => count > this.limit) ?? Infinity;
        const limit = Math.min(this.limit + this.groupSize, stop);
        this.renderedGroupSize = limit - this.limit;
        this.limit = limit >= itemCount ? Infinity : limit;
        this.addingGroup = true;
        this.host.requestUpdate();
        resolve();
      });
    });
  }
}
