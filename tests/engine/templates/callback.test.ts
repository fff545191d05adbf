import { describe, expect, it } from 'vitest';
import { visibleFields } from '../../../src/engine/logic/visibleFields';
import { validateAnswers } from '../../../src/engine/validation/validateAnswers';
import { callback } from '../../../templates/callback';
import { resultsOf } from './resultsOf';

const golden = {
  name: 'Erika Mustermann',
  phone: '030 901820',
  preferred_time: 'nachmittags',
  topic: 'sonstiges',
  details: 'Ich möchte eine Sammelbestellung für unser Büro besprechen.',
  consent: 'yes',
};

describe('the German callback template', () => {
  it('stores the golden answers with the phone number in E.164 for Germany', () => {
    expect(validateAnswers(callback, golden, { visitorCountry: 'AT' })).toEqual({
      ok: true,
      answers: {
        name: 'Erika Mustermann',
        phone: '+4930901820',
        preferred_time: 'nachmittags',
        topic: 'sonstiges',
        details: 'Ich möchte eine Sammelbestellung für unser Büro besprechen.',
        consent: true,
      },
    });
  });

  it.each([
    ['angebot', 30, 'hot', ['Fragt nach Angebot oder Preisen']],
    ['beratung', 20, 'warm', ['Möchte sich beraten lassen']],
    ['sonstiges', 5, 'cold', ['Sonstiges Anliegen']],
    ['bestellung', 0, 'cold', []],
    ['rechnung', 0, 'cold', []],
  ])('scores a callback about "%s" %i points, %s', (topic, score, tier, reasons) => {
    expect(resultsOf(callback, { ...golden, topic }).lead).toEqual({ score, tier, reasons });
  });

  it('reads a national number as German even when the visitor is abroad', () => {
    const result = validateAnswers(callback, { ...golden, phone: '0151 23456789' }, { visitorCountry: 'GB' });
    expect(result.ok && result.answers.phone).toBe('+4915123456789');
  });

  it('asks for details only when the topic is "sonstiges"', () => {
    expect(visibleFields(callback, { topic: 'sonstiges' }).fields.has('details')).toBe(true);
    expect(visibleFields(callback, { topic: 'rechnung' }).fields.has('details')).toBe(false);
  });

  it('drops details sent for another topic', () => {
    const result = validateAnswers(callback, { ...golden, topic: 'rechnung' });
    expect(result).toEqual({
      ok: true,
      answers: {
        name: 'Erika Mustermann',
        phone: '+4930901820',
        preferred_time: 'nachmittags',
        topic: 'rechnung',
        consent: true,
      },
    });
  });

  it('requires details when the topic is "sonstiges"', () => {
    const result = validateAnswers(callback, { ...golden, details: ' ' });
    expect(result).toEqual({ ok: false, errors: { details: 'Bitte füllen Sie „Ihr Anliegen“ aus.' } });
  });

  it('rejects a request without name, a valid number, a time or consent, in German', () => {
    const result = validateAnswers(callback, {
      ...golden,
      name: '',
      phone: '030 12',
      preferred_time: '',
      consent: 'no',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Bitte füllen Sie „Name“ aus.',
        phone: 'Geben Sie eine vollständige Telefonnummer ein, z. B. 01512 3456789.',
        preferred_time: 'Bitte wählen Sie eine Option für „Wann passt es Ihnen?“.',
        consent: 'Bitte setzen Sie das Häkchen: Ohne Ihre Zustimmung dürfen wir Sie nicht kontaktieren.',
      },
    });
  });
});
