/**
 * Resources a stage can lend to worker threads: large read-only tables that the main thread loaded once
 * and that a worker reads in place (SharedArrayBuffer views) instead of loading a copy of its own. A
 * stage module registers its resources by name; the worker pool collects them when it starts workers,
 * and each worker adopts them before it builds its pipeline.
 */
export interface ShareableResource {
  /** What this thread has loaded, as structured-clonable data (SharedArrayBuffers pass by reference). */
  share(): unknown;
  /** Takes another thread's `share()` result as this thread's own. */
  adopt(shared: unknown): void;
}

const registered = new Map<string, ShareableResource>();

export function registerShareable(name: string, resource: ShareableResource): void {
  registered.set(name, resource);
}

export function collectShared(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, r] of registered) out[name] = r.share();
  return out;
}

export function adoptShared(shared: Record<string, unknown> | undefined): void {
  if (!shared) return;
  for (const [name, value] of Object.entries(shared)) registered.get(name)?.adopt(value);
}
