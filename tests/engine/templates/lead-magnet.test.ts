import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { leadMagnet } from '../../../templates/lead-magnet';

const golden = { email: 'maria@Bakery.example', first_name: 'Maria', role: 'owner', consent: 'yes' };

describe('the lead-magnet template', () => {
  it('gives the guide only through a download, never a fixed public link', () => {
    expect(leadMagnet.thankYou.link).toBeUndefined();
    expect(leadMagnet.download?.filename).toBe('faster-follow-up.pdf');
    expect(leadMagnet.reply?.body).toContain('{download}');
  });

  it('stores the golden answers', () => {
    expect(validateAnswers(leadMagnet, golden, { visitorCountry: 'ES' })).toEqual({
      ok: true,
      answers: { email: 'maria@bakery.example', first_name: 'Maria', role: 'owner', consent: true },
    });
  });

  it('rejects a request without an email, a role or consent', () => {
    const result = validateAnswers(leadMagnet, { first_name: 'Maria', email: '', role: 'ceo', consent: 'no' });
    expect(result).toEqual({
      ok: false,
      errors: {
        email: 'Please fill in “Email”.',
        role: 'Choose one of the listed options.',
        consent: 'Please tick this box: we can only contact you with your agreement.',
      },
    });
  });
});
