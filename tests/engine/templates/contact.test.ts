import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { contact } from '../../../templates/contact';

const golden = {
  name: 'Sam Taylor',
  email: 'sam@taylor-design.CO',
  phone: '+1 212 555 0199',
  subject: 'order',
  message: '  My order #1042 arrived with a cracked lid. Can you send a replacement?  ',
  consent: 'yes',
};

describe('the contact template', () => {
  it('stores the golden answers with the message trimmed and the phone in E.164', () => {
    expect(validateAnswers(contact, golden, { visitorCountry: 'GB' })).toEqual({
      ok: true,
      answers: {
        name: 'Sam Taylor',
        email: 'sam@taylor-design.co',
        phone: '+12125550199',
        subject: 'order',
        message: 'My order #1042 arrived with a cracked lid. Can you send a replacement?',
        consent: true,
      },
    });
  });

  it('leaves out the optional phone when it is empty', () => {
    const result = validateAnswers(contact, { ...golden, phone: '' });
    expect(result.ok && 'phone' in result.answers).toBe(false);
  });

  it('rejects a message under 10 characters and an unknown subject', () => {
    const result = validateAnswers(contact, { ...golden, subject: 'complaint', message: 'Help!' });
    expect(result).toEqual({
      ok: false,
      errors: { subject: 'Choose one of the listed options.', message: 'Use at least 10 characters.' },
    });
  });

  it('rejects a message over 3000 characters', () => {
    const result = validateAnswers(contact, { ...golden, message: 'x'.repeat(3001) });
    expect(result).toEqual({ ok: false, errors: { message: 'Use at most 3000 characters.' } });
  });

  it('rejects a message without name, email or consent, naming each field', () => {
    const result = validateAnswers(contact, { ...golden, name: ' ', email: 'sam@', consent: 'no' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['name', 'email', 'consent']);
    expect(result.errors.name).toBe('Please fill in “Name”.');
  });
});
