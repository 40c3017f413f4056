/** Something an element's next update waits for, or undefined when there is nothing to wait for. */
export type UpdateGate = () => Promise<unknown> | undefined;

const gates = new WeakMap<Element, UpdateGate[]>();

/**
 * Makes `host`'s updates wait for `gate`: for a controller whose code or text is fetched the first time it is
 * needed. `CareElement.scheduleUpdate()` awaits every gate of its host before rendering.
 */
export function addUpdateGate(host: Element, gate: UpdateGate): void {
  gates.set(host, [...(gates.get(host) ?? []), gate]);
}

/** The gates added to `host`. */
export function updateGatesOf(host: Element): readonly UpdateGate[] {
  return gates.get(host) ?? [];
}
