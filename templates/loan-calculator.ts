import { defineForm } from '../src/engine/definition/defineForm';

const euro = { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 } as const;

export const loanCalculator = defineForm({
  slug: 'loan-calculator',
  title: 'Kreditrechner',
  intro:
    'Berechnen Sie in einer Minute Ihre monatliche Rate. Auf Wunsch vergleichen wir danach kostenlos die Angebote von über 20 Banken für Sie.',
  locale: 'de',
  phoneCountry: 'DE',
  theme: { brand: '#15803d' },
  submitLabel: 'Unverbindliches Angebot anfordern',
  fields: [
    {
      kind: 'range',
      name: 'amount',
      label: 'Kreditbetrag',
      required: true,
      min: 1000,
      max: 100000,
      step: 500,
      initial: 20000,
      unit: '€',
    },
    {
      kind: 'number',
      name: 'rate',
      label: 'Sollzins pro Jahr',
      help: 'Steht in Ihrem Angebot. Ohne Angebot rechnen Sie mit 6,5 %.',
      required: true,
      min: 0,
      max: 20,
      step: 0.01,
      unit: '%',
      initial: 6.5,
    },
    {
      kind: 'range',
      name: 'years',
      label: 'Laufzeit',
      required: true,
      min: 1,
      max: 10,
      step: 1,
      initial: 5,
      unit: 'Jahre',
    },
    {
      kind: 'radio',
      name: 'purpose',
      label: 'Wofür ist der Kredit?',
      required: true,
      options: [
        { value: 'auto', label: 'Auto oder Motorrad' },
        { value: 'modernisierung', label: 'Modernisierung oder Renovierung' },
        { value: 'umschuldung', label: 'Umschuldung bestehender Kredite' },
        { value: 'frei', label: 'Freie Verwendung' },
      ],
    },
    {
      kind: 'radio',
      name: 'timeline',
      label: 'Wann benötigen Sie das Geld?',
      required: true,
      options: [
        { value: 'sofort', label: 'In den nächsten zwei Wochen' },
        { value: 'bald', label: 'Innerhalb von drei Monaten' },
        { value: 'spaeter', label: 'Ich informiere mich erst' },
      ],
    },
    { kind: 'text', name: 'name', label: 'Name', required: true, maxLength: 120, autocomplete: 'name' },
    { kind: 'email', name: 'email', label: 'E-Mail-Adresse', required: true },
    { kind: 'tel', name: 'phone', label: 'Telefonnummer', help: 'Falls Sie lieber persönlich beraten werden möchten.' },
    {
      kind: 'consent',
      name: 'consent',
      label: 'Einwilligung',
      required: true,
      text: 'Ich bin einverstanden, dass die Finanzkontor Nord GmbH mich per E-Mail oder Telefon zu meiner Kreditanfrage kontaktiert. Ich kann diese Einwilligung jederzeit widerrufen.',
      version: '2026-11-24',
    },
  ],
  calculations: [
    {
      name: 'monthly_payment',
      label: 'Monatliche Rate',
      // Annuity: P·i / (1 − (1 + i)^−n) with the monthly rate i and n months; at 0 % simply P / n.
      formula:
        'round(if(rate == 0, amount / (years * 12), amount * (rate / 1200) / (1 - (1 + rate / 1200) ^ -(years * 12))), 2)',
      format: euro,
      help: 'Unverbindliche Beispielrechnung mit festem Sollzins über die gesamte Laufzeit.',
    },
    {
      name: 'total_paid',
      label: 'Gesamtbetrag',
      formula: 'round(monthly_payment * years * 12, 2)',
      format: euro,
    },
    {
      name: 'total_interest',
      label: 'Zinsen insgesamt',
      formula: 'round(total_paid - amount, 2)',
      format: euro,
    },
  ],
  scoring: {
    rules: [
      { when: { field: 'amount', greaterThan: 49999 }, points: 25, label: 'Kreditbetrag ab 50.000 €' },
      { when: { field: 'purpose', equals: 'umschuldung' }, points: 20, label: 'Umschuldung' },
      { when: { field: 'timeline', equals: 'sofort' }, points: 25, label: 'Braucht das Geld in zwei Wochen' },
      { when: { field: 'timeline', equals: 'bald' }, points: 15, label: 'Braucht das Geld in drei Monaten' },
      { when: { field: 'timeline', equals: 'spaeter' }, points: -10, label: 'Informiert sich erst' },
      { when: { field: 'phone', answered: true }, points: 15, label: 'Telefonnummer angegeben' },
    ],
    hot: 50,
    warm: 25,
  },
  thankYou: {
    title: 'Vielen Dank, Ihre Anfrage ist da',
    body: 'Wir vergleichen die Angebote unserer Partnerbanken und melden uns innerhalb eines Werktags mit dem günstigsten Angebot für Ihre Rate.',
  },
});
