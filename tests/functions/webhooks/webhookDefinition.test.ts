import { describe, expect, it } from 'vitest';
import { publicForm } from '../../../src/engine/definition/publicForm';
import { webhookForm } from './webhookFixtures';

type Endpoints = Parameters<typeof webhookForm>[1];
const define =
  (webhooks: Endpoints, extra = {}) =>
  () =>
    webhookForm('wh-definition', webhooks, extra);
const crm = { id: 'crm', url: 'https://crm.example.com/hooks', secret: 'CRM_WEBHOOK_SECRET' };

describe('webhook endpoints in a form definition', () => {
  it('fills in the defaults: lead.created, Standard Webhooks format, always connected', () => {
    const [endpoint] = webhookForm('wh-definition', [crm]).webhooks ?? [];
    expect(endpoint).toEqual({ ...crm, events: ['lead.created'], format: 'standard', optional: false });
  });

  it('refuses an optional endpoint whose address is written in the definition', () => {
    expect(define([{ ...crm, optional: true }])).toThrow(/only an endpoint whose address is in a Worker variable/);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/hook',
    'http://[fd00::1]/',
    'http://0xa9fea9fe/',
    'http://metadata.google.internal./',
    'ftp://files.example.com/',
    'https://user:pw@crm.example.com/',
  ])('refuses the address %s when the form is defined (the build fails)', (url) => {
    expect(define([{ ...crm, url }])).toThrow(/Form "wh-definition"[\s\S]*webhooks\.0\.url: /);
  });

  it('accepts a loopback address for local receivers; deliveries check again', () => {
    expect(define([{ ...crm, url: 'http://127.0.0.1:8788/hook' }])).not.toThrow();
  });

  it('refuses a secret written into the definition instead of named', () => {
    expect(define([{ ...crm, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }])).toThrow(
      /webhooks\.0\.secret: name the Worker secret/,
    );
  });

  it('requires a signing secret for Standard Webhooks, not for chat formats', () => {
    expect(define([{ id: 'crm', url: 'https://crm.example.com/' }])).toThrow(/Standard Webhooks deliveries are signed/);
    expect(define([{ id: 'chat', url: { env: 'SLACK_WEBHOOK_URL' }, format: 'slack' }])).not.toThrow();
  });

  it('refuses two endpoints with one id', () => {
    expect(define([crm, crm])).toThrow(/give every webhook endpoint its own id/);
  });

  it('refuses a tier filter on a form without scoring', () => {
    expect(define([{ ...crm, tiers: ['hot'] }], { scoring: undefined })).toThrow(
      /webhook "crm" \(tiers\): only scored leads have a tier/,
    );
  });

  it('keeps endpoints and owner settings out of what the page ships to the browser', () => {
    const form = webhookForm('wh-definition', [crm], { notify: { email: true } });
    expect(publicForm(form)).not.toHaveProperty('webhooks');
    expect(publicForm(form)).not.toHaveProperty('notify');
  });
});
