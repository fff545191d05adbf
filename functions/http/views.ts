import type { FormDefinition } from '../../src/engine/definition/defineForm';
import type { Receipt } from '../../src/engine/reply/replySchema';
import type { Outcome } from '../../src/engine/scoring/quizSchema';
import type { Figure } from '../../src/engine/scoring/visitorResults';
import type { FieldErrors, RawInput } from '../../src/engine/validation/types';
import type { WebhookEndpoint } from '../../src/engine/webhooks/webhookSchema';
import type { DeliveryView } from '../admin/webhooks/readDeliveries';
import type { EndpointHealth } from '../admin/webhooks/readEndpointHealth';
import type { PlatformLead } from '../db/tables/leadAdsTables';

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
  /** A studio preview of a draft: its posts go to the admin and store nothing. */
  preview?: Preview;
}

/** What a page of a studio preview needs: the session's CSRF token for its posts, and the field that carries it. */
export interface Preview {
  csrfField: string;
  csrfToken: string;
}

/** Every admin page gets the session's CSRF token for its forms (sign-out included). */
export interface AdminView {
  csrfToken: string;
}

/**
 * Every view the Worker's actions render (src/pages/internal/<name>.astro) and what each is given:
 * a view shows its props and fetches nothing. A view whose props an action shapes is declared beside
 * that action (`declare module '…/http/views'`), so this file imports no action.
 */
export interface Views {
  form: FormView;
  result: { form: FormDefinition; figures: Figure[]; receipt?: Receipt; preview?: Preview };
  thanks: { form: FormDefinition; preview?: Preview };
  outcome: { form: FormDefinition; outcome: Outcome; preview?: Preview };
  'admin/login': { next: string; problem?: string };
  'admin/webhooks': { endpoints: EndpointHealth[]; leadAds: PlatformLead[]; retried?: string | undefined } & AdminView;
  'admin/endpoint': {
    form: FormDefinition;
    endpoint: WebhookEndpoint;
    deliveries: DeliveryView[];
    done: string;
  } & AdminView;
}

export type ViewName = keyof Views;
