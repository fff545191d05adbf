// The quote form (templates/quote.ts) as a Form.io form, set up as Form.io documents it:
// the library with its default Bootstrap template, Bootstrap's CSS and Form.io's form CSS.
import 'bootstrap/dist/css/bootstrap.min.css';
import '@formio/js/dist/formio.form.min.css';
import { Formio } from '@formio/js';

const choices = (pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));

const mount = document.getElementById('form');
if (mount) {
  void Formio.createForm(mount, {
    title: 'Request a quote',
    display: 'form',
    components: [
      { type: 'htmlelement', key: 'title', tag: 'h1', content: 'Request a quote' },
      {
        type: 'htmlelement',
        key: 'intro',
        tag: 'p',
        content: 'Tell us about your project and we will send you a tailored quote within one working day.',
      },
      {
        type: 'textfield',
        key: 'name',
        label: 'Your name',
        input: true,
        autocomplete: 'name',
        validate: { required: true, maxLength: 120 },
      },
      { type: 'email', key: 'email', label: 'Email', input: true, validate: { required: true } },
      { type: 'phoneNumber', key: 'phone', label: 'Phone', input: true, description: 'We only call about this quote.' },
      {
        type: 'select',
        key: 'service',
        label: 'Service',
        input: true,
        validate: { required: true },
        data: {
          values: choices([
            ['web-design', 'Website design'],
            ['seo', 'Search engine optimisation'],
            ['ads', 'Paid advertising'],
            ['branding', 'Branding'],
          ]),
        },
      },
      {
        type: 'radio',
        key: 'budget',
        label: 'Budget',
        input: true,
        validate: { required: true },
        values: choices([
          ['under-2k', 'Under $2,000'],
          ['2k-10k', '$2,000 – $10,000'],
          ['over-10k', 'Over $10,000'],
        ]),
      },
      {
        type: 'select',
        key: 'timeline',
        label: 'When do you want to start?',
        input: true,
        validate: { required: true },
        data: {
          values: choices([
            ['asap', 'As soon as possible'],
            ['1-3-months', 'In 1–3 months'],
            ['later', 'Later this year'],
          ]),
        },
      },
      { type: 'textarea', key: 'message', label: 'About your project', input: true, validate: { maxLength: 2000 } },
      {
        type: 'checkbox',
        key: 'consent',
        label: 'I agree that Formwell Studio may contact me about this quote by email or phone.',
        input: true,
        validate: { required: true },
      },
      { type: 'button', key: 'submit', label: 'Get my quote', action: 'submit', input: true },
    ],
  });
}
