/** What a validation may know beyond the answers. */
export interface ValidationContext {
  /** The visitor's country (the Worker reads CF-IPCountry), used when the form sets no phone country. */
  visitorCountry?: string | undefined;
  /**
   * Accept a phone number without a country code when no country is known. The island sets this:
   * the Worker knows the visitor's country and decides, so the island never blocks what it would accept.
   */
  deferNationalPhones?: boolean;
  /** The days "today" may be (the island: the visitor's own day; the Worker: every day it is on Earth). */
  today?: { earliest: string; latest: string } | undefined;
}

/** The rule-level view of a context: the country a national phone number belongs to. */
export interface RuleContext {
  phoneCountry?: string | undefined;
  deferNationalPhones?: boolean | undefined;
  today?: { earliest: string; latest: string } | undefined;
}
