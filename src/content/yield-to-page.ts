/**
 * Cooperative scheduling: long work runs in slices and gives the page the main thread between them, so
 * no task blocks it for more than about 50 ms (uBlock Origin's habit). A MessageChannel resumes sooner
 * than setTimeout, which browsers clamp.
 */
const SLICE_MS = 12;

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly signal: AbortSignal) {}

  /** Yields to the page when this slice has used its budget; throws if the work was aborted. */
  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await nextTask();
    this.signal.throwIfAborted();
    this.sliceStart = performance.now();
  }
}
