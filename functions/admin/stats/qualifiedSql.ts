/**
 * What "qualified" means wherever leads are judged by quality (campaigns, A/B variants), as SQL over
 * the leads table: hot by its score, or moved to qualified or won by the owner.
 */
export const QUALIFIED_SQL = "tier = 'hot' or status in ('qualified', 'won')";
