import type { Contact } from '../../src/engine/fields/contactOf';

/** The contact columns of a lead or partial lead: what finds the same person again (email without regard to case). */
export interface ContactColumns {
  contactEmail: string | null;
  contactPhone: string | null;
}

export function contactColumns(contact: Contact): ContactColumns {
  return { contactEmail: contact.email?.toLowerCase() ?? null, contactPhone: contact.phone };
}
