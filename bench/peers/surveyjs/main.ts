// The quote form (templates/quote.ts) as a SurveyJS survey, set up as SurveyJS documents it
// for plain JavaScript: the core model, the vanilla renderer and the default theme's CSS.
import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const survey = new Model({
  title: 'Request a quote',
  description: 'Tell us about your project and we will send you a tailored quote within one working day.',
  showQuestionNumbers: 'off',
  completeText: 'Get my quote',
  elements: [
    { type: 'text', name: 'name', title: 'Your name', isRequired: true, maxLength: 120, autocomplete: 'name' },
    {
      type: 'text',
      inputType: 'email',
      name: 'email',
      title: 'Email',
      isRequired: true,
      validators: [{ type: 'email' }],
    },
    { type: 'text', inputType: 'tel', name: 'phone', title: 'Phone', description: 'We only call about this quote.' },
    {
      type: 'dropdown',
      name: 'service',
      title: 'Service',
      isRequired: true,
      choices: [
        { value: 'web-design', text: 'Website design' },
        { value: 'seo', text: 'Search engine optimisation' },
        { value: 'ads', text: 'Paid advertising' },
        { value: 'branding', text: 'Branding' },
      ],
    },
    {
      type: 'radiogroup',
      name: 'budget',
      title: 'Budget',
      isRequired: true,
      choices: [
        { value: 'under-2k', text: 'Under $2,000' },
        { value: '2k-10k', text: '$2,000 – $10,000' },
        { value: 'over-10k', text: 'Over $10,000' },
      ],
    },
    {
      type: 'dropdown',
      name: 'timeline',
      title: 'When do you want to start?',
      isRequired: true,
      choices: [
        { value: 'asap', text: 'As soon as possible' },
        { value: '1-3-months', text: 'In 1–3 months' },
        { value: 'later', text: 'Later this year' },
      ],
    },
    { type: 'comment', name: 'message', title: 'About your project', maxLength: 2000 },
    {
      type: 'checkbox',
      name: 'consent',
      title: 'Consent',
      isRequired: true,
      choices: [
        { value: 'yes', text: 'I agree that Formwell Studio may contact me about this quote by email or phone.' },
      ],
    },
  ],
});

const mount = document.getElementById('form');
if (mount) renderSurvey(survey, mount);
