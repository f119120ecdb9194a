/**
 * Cooperative scheduling: long work runs in slices and gives the page the main thread between them, so
 * no task blocks it for more than about 50 ms (uBlock Origin's habit). A MessageChannel resumes sooner
 * than setTimeout, which browsers clamp. The slicer also counts the main-thread time the work used.
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
  private busy = 0;
  private longest = 0;

  constructor(private readonly signal: AbortSignal) {}

  /** Yields to the page when this slice has used its budget; throws if the work was aborted. */
  async maybeYield(): Promise<void> {
    const now = performance.now();
    if (now - this.sliceStart < SLICE_MS) return;
    this.busy += now - this.sliceStart;
    this.longest = Math.max(this.longest, now - this.sliceStart);
    await nextTask();
    this.signal.throwIfAborted();
    this.sliceStart = performance.now();
  }

  /** Main-thread time used so far, not counting the page's own work between slices. */
  busyMs(): number {
    return this.busy + (performance.now() - this.sliceStart);
  }

  /** The longest uninterrupted slice so far (the current one included). */
  longestSliceMs(): number {
    return Math.max(this.longest, performance.now() - this.sliceStart);
  }
}
