/** A moment as the owner reads it in lists: "5 min ago" today, else "22 Nov, 03:22" (UTC; the year only if not this one). */
export function formatWhen(at: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - at.getTime()) / 1000);
  if (seconds >= 0 && seconds < 60) return 'just now';
  if (seconds >= 0 && seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds >= 0 && seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  const sameYear = at.getUTCFullYear() === now.getUTCFullYear();
  return at.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(!sameYear && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}
