import { keptAnswers } from './keptAnswers';
import type { Sent } from './sendSubmission';

/**
 * After the Worker stored a submission: the tab forgets the answers, and the visitor goes to their
 * outcome's page, or to the thank-you page when nothing is theirs alone to show in place (figures,
 * a download, their tier's next step). Says whether the page is being left.
 */
export function leaveAfterSend(slug: string, sent: Extract<Sent, { kind: 'stored' }>, thanks: string): boolean {
  keptAnswers.clear(slug);
  if (sent.outcome) window.location.assign(sent.outcome.url);
  else if (sent.figures.length === 0 && !sent.next && !sent.download) window.location.assign(thanks);
  else return false;
  return true;
}
