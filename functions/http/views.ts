import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Figure } from '../../src/engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../../src/engine/validation/types';
import type { WebhookEndpoint } from '../../src/engine/webhooks/webhookSchema';
import type { FunnelPage } from '../admin/funnel/funnelAction';
import type { Inbox } from '../admin/leads/inboxAction';
import type { LeadDetail } from '../admin/leads/showLead';
import type { PrivacyPage } from '../admin/privacy/peopleAction';
import type { DeliveryView } from '../admin/webhooks/readDeliveries';
import type { EndpointHealth } from '../admin/webhooks/readEndpointHealth';

/** A form page the Worker renders itself: a step after a post without JavaScript, a resumed fill. */
export interface FormView {
  form: FormDefinition;
  /** The step to show; the first by default. */
  stepId?: string;
  /** Answers to show again (after a post without JavaScript, or from a resume link). */
  values?: RawInput;
  errors?: FieldErrors;
  /** A message about the whole submission (e.g. storage unavailable). */
  problem?: string;
  /** The signed earlier answers of a multi-step form without JavaScript. */
  token?: string;
}

/** Every admin page gets the session's CSRF token for its forms (sign-out included). */
interface AdminView {
  csrfToken: string;
}

/**
 * Every view the Worker's actions render (src/pages/internal/<name>.astro) and what each is given:
 * a view shows its props and fetches nothing.
 */
export interface Views {
  form: FormView;
  result: { form: FormDefinition; figures: Figure[] };
  'admin/login': { next: string; problem?: string };
  'admin/inbox': Inbox & AdminView;
  'admin/lead': LeadDetail & AdminView & { id: string; saved?: string | undefined; problem?: string | undefined };
  'admin/funnel': FunnelPage & AdminView;
  'admin/privacy': PrivacyPage & AdminView;
  'admin/webhooks': { endpoints: EndpointHealth[] } & AdminView;
  'admin/endpoint': {
    form: FormDefinition;
    endpoint: WebhookEndpoint;
    deliveries: DeliveryView[];
    done: string;
  } & AdminView;
}

export type ViewName = keyof Views;
