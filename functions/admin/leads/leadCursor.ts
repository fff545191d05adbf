/** A position in the newest-first order: the last lead shown (created_at, id). */
export interface LeadCursor {
  createdAt: number;
  id: string;
}
