// Preloaded (node --import) into each `orderflow simulate` run of bench/simulate-file.ts: when the process
// ends, its last stderr line says what it cost, CPU time of all its threads and peak RSS.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS })}\n`,
  );
});
