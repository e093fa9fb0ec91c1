// The timing both baselines share, so their figures mean the same as the .NET side's: one warm-up build, then
// <runs> builds, each timed from a new document to a buffer in memory; prints one JSON line for the benchmark.
import { performance } from "node:perf_hooks";

export async function measure(build, runs) {
  await build();
  const times = [];
  let allocated = 0;
  let size = 0;
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const buffer = await build();
    times.push(performance.now() - start);
    const usage = process.memoryUsage();
    // Without a way to count allocations in V8, the heap growth over one build is the closest figure.
    allocated = Math.max(allocated, usage.heapUsed - heapBefore + usage.arrayBuffers);
    size = buffer.length;
  }

  // maxRSS is the process's peak resident set in KiB (reading the sketch included).
  console.log(JSON.stringify({ timesMs: times, allocatedBytes: allocated, peakRssBytes: process.resourceUsage().maxRSS * 1024, outputBytes: size }));
}
