import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { waitlist } from '../../../templates/waitlist';

const golden = {
  email: 'ada@Example.CO.UK',
  first_name: ' Ada ',
  size: 'm',
  notify_about: ['restock', 'launch-discount'],
  consent: 'yes',
  utm_source: 'instagram',
  utm_medium: 'social',
  utm_campaign: 'autumn-drop',
};

describe('the waitlist template', () => {
  it('stores the golden answers, normalised, with the campaign it came from', () => {
    expect(validateAnswers(waitlist, golden, { visitorCountry: 'GB' })).toEqual({
      ok: true,
      answers: {
        email: 'ada@example.co.uk',
        first_name: 'Ada',
        size: 'm',
        notify_about: ['restock', 'launch-discount'],
        consent: true,
        utm_source: 'instagram',
        utm_medium: 'social',
        utm_campaign: 'autumn-drop',
      },
    });
  });

  it('leaves out the optional first name and campaign fields when they are empty', () => {
    const bare = { ...golden, first_name: '', utm_source: '', utm_medium: '', utm_campaign: '' };
    expect(validateAnswers(waitlist, bare)).toEqual({
      ok: true,
      answers: { email: 'ada@example.co.uk', size: 'm', notify_about: ['restock', 'launch-discount'], consent: true },
    });
  });

  it('stores a single ticked box as a list of one', () => {
    const result = validateAnswers(waitlist, { ...golden, notify_about: 'restock' });
    expect(result.ok && result.answers.notify_about).toEqual(['restock']);
  });

  it('rejects a waitlist sign-up without email, size, choice or consent, naming each field', () => {
    const result = validateAnswers(waitlist, {
      ...golden,
      email: 'ada.example.co.uk',
      size: 'xxxl',
      notify_about: [],
      consent: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['consent', 'email', 'notify_about', 'size']);
    expect(result.errors.size).toBe('Choose one of the listed options.');
    expect(result.errors.notify_about).toBe('Please choose at least one option for “Notify me about”.');
  });

  it('rejects a "notify me about" option the form does not offer', () => {
    const result = validateAnswers(waitlist, { ...golden, notify_about: ['restock', 'free-shoes'] });
    expect(result).toEqual({ ok: false, errors: { notify_about: 'Choose one of the listed options.' } });
  });
});
