/** One answer the receiver gives to a delivery. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  body?: string;
}

/** How a hook answers: `replies` in order, then `otherwise` (200 when unset). */
export interface HookSettings {
  /** Verify every delivery with the `standardwebhooks` package and this `whsec_` secret. */
  secret?: string;
  replies?: Reply[];
  otherwise?: Reply;
}

/** A request as the receiver saw it. */
export interface ReceivedDelivery {
  receivedAt: number;
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  contentType: string;
  body: string;
  /** `null` when the hook has no secret to verify with. */
  verified: boolean | null;
  verifyError?: string;
  repliedWith: number;
}
