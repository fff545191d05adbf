/**
 * A mid-range phone on a slow 4G link: 150 ms round trip, ~400 KB/s down, 750 kbit/s up
 * (Lighthouse's upload figure), and a main thread four times slower than this machine's.
 */
export const throttling = {
  latencyMs: 150,
  downloadBytesPerSecond: 400_000,
  uploadBytesPerSecond: 93_750,
  cpuSlowdown: 4,
} as const;
