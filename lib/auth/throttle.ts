/** Login throttling policy: counted over a sliding window of failed attempts stored in the database. */
export const THROTTLE = { windowMinutes: 15, maxFailuresPerUser: 5, maxFailuresPerIp: 30 } as const;

export interface RecentFailures {
  forUsername: number;
  forIp: number;
  /** The oldest failure inside the window, for the retry time. */
  oldestAt: Date | null;
}

/** Whether a login may be attempted now, and if not, how many minutes until it may. */
export function loginAllowed(failures: RecentFailures, now: Date = new Date()): { allowed: true } | { allowed: false; retryAfterMinutes: number } {
  const blocked = failures.forUsername >= THROTTLE.maxFailuresPerUser || failures.forIp >= THROTTLE.maxFailuresPerIp;
  if (!blocked) return { allowed: true };
  const since = failures.oldestAt ? (now.getTime() - failures.oldestAt.getTime()) / 60_000 : 0;
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(THROTTLE.windowMinutes - since)) };
}
