import { defineForm } from '../src/engine/definition/defineForm';

export const callback = defineForm({
  slug: 'callback',
  title: 'Rückruf anfordern',
  intro: 'Hinterlassen Sie Ihre Nummer, und wir rufen Sie zur gewünschten Zeit zurück, spätestens am nächsten Werktag.',
  locale: 'de',
  phoneCountry: 'DE',
  theme: { brand: '#1f6feb' },
  submitLabel: 'Rückruf anfordern',
  fields: [
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'tel', name: 'phone', label: 'Telefonnummer', required: true },
    {
      kind: 'radio',
      name: 'preferred_time',
      label: 'Wann passt es Ihnen?',
      required: true,
      options: [
        { value: 'vormittags', label: 'Vormittags (8–12 Uhr)' },
        { value: 'nachmittags', label: 'Nachmittags (12–17 Uhr)' },
        { value: 'abends', label: 'Abends (17–19 Uhr)' },
      ],
    },
    {
      kind: 'select',
      name: 'topic',
      label: 'Worum geht es?',
      required: true,
      options: [
        { value: 'beratung', label: 'Beratung zu unseren Leistungen' },
        { value: 'angebot', label: 'Angebot oder Preise' },
        { value: 'bestellung', label: 'Bestehende Bestellung' },
        { value: 'rechnung', label: 'Rechnung und Zahlung' },
        { value: 'sonstiges', label: 'Sonstiges' },
      ],
    },
    {
      kind: 'textarea',
      name: 'details',
      label: 'Ihr Anliegen',
      help: 'Ein, zwei Sätze genügen, damit wir gut vorbereitet anrufen.',
      required: true,
      maxLength: 500,
      showIf: { field: 'topic', equals: 'sonstiges' },
    },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Einwilligung',
      required: true,
      text: 'Ich bin einverstanden, dass Sie mich unter der angegebenen Nummer zu meinem Anliegen zurückrufen. Ich kann diese Einwilligung jederzeit widerrufen.',
      version: '2026-11-01',
    },
  ],
  scoring: {
    rules: [
      { when: { field: 'topic', equals: 'angebot' }, points: 30, label: 'Fragt nach Angebot oder Preisen' },
      { when: { field: 'topic', equals: 'beratung' }, points: 20, label: 'Möchte sich beraten lassen' },
      { when: { field: 'topic', equals: 'sonstiges' }, points: 5, label: 'Sonstiges Anliegen' },
    ],
    hot: 30,
    warm: 15,
  },
  thankYou: {
    title: 'Vielen Dank, wir rufen Sie zurück',
    body: 'Wir melden uns zur gewünschten Zeit, spätestens am nächsten Werktag.',
  },
});
