/** Peak memory seen at the sampling points (between timed chunks, and between suites). */
let peakRss = 0;
let peakHeap = 0;

export function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  if (rss > peakRss) peakRss = rss;
  if (heapUsed > peakHeap) peakHeap = heapUsed;
}

export function memoryPeaks(): { readonly rss: number; readonly heapUsed: number } {
  sampleMemory();
  return { rss: peakRss, heapUsed: peakHeap };
}
