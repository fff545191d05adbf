import { Show } from 'solid-js';
import type { FormInput } from '../engine/definition/formSchema';
import { ChoiceSetting, ProblemText, TextSetting } from './controls';
import { controlId } from './draftStore';
import { useStudio } from './studioContext';

/** The form as a whole: title, introduction, language, the submit button, and the thank-you page. */
export function FormEditor() {
  return (
    <section class="st-section" aria-labelledby="st-form">
      <h2 id="st-form">Form</h2>
      <div class="st-grid">
        <TextSetting path={['title']} label="Title" keepEmpty class="st-wide" />
        <TextSetting path={['intro']} label="Introduction" multiline class="st-wide" />
        <ChoiceSetting
          path={['locale']}
          label="Language of buttons and messages"
          keepEmpty
          choices={[
            { value: 'en', label: 'English' },
            { value: 'de', label: 'Deutsch' },
          ]}
        />
        <TextSetting
          path={['phoneCountry']}
          label="Country of phone numbers"
          maxLength={2}
          help="Two letters, e.g. GB or DE: numbers typed without a country code (+44) are read as this country’s. Left empty, each visitor’s own country is used."
        />
        <TextSetting path={['submitLabel']} label="Text of the send button" placeholder="Send" />
        <ChoiceSetting
          path={['layout']}
          label="Layout"
          help="One question at a time suits quizzes and phones: each question fills the screen, with or without JavaScript."
          choices={[
            { value: '', label: 'Classic: the questions of a step together' },
            { value: 'conversational', label: 'One question at a time' },
          ]}
        />
      </div>
      <h3>Thank-you page</h3>
      <div class="st-grid">
        <TextSetting path={['thankYou', 'title']} label="Heading" keepEmpty />
        <TextSetting path={['thankYou', 'body']} label="Text" multiline keepEmpty class="st-wide" />
        <TextSetting
          path={['thankYou', 'link', 'label']}
          label="Link text"
          help="A next step, e.g. the guide you promised."
        />
        <TextSetting path={['thankYou', 'link', 'href']} label="Link address" type="url" />
        <TextSetting
          path={['thankYou', 'site', 'label']}
          label="Way back to your site"
          placeholder="Back to our shop"
          help="Shown under every thank-you and result, so visitors return to you."
        />
        <TextSetting path={['thankYou', 'site', 'href']} label="Your site’s address" type="url" />
      </div>
      <ProblemText path={['thankYou']} />
      <ProblemText path={['thankYou', 'link']} />
      <ProblemText path={['thankYou', 'site']} />
    </section>
  );
}

/** How the form looks: brand colour, fonts, logo. */
export function LookEditor() {
  const { draft } = useStudio();
  const brand = () => String((draft.draft as FormInput).theme?.brand ?? '#1f6feb');
  const id = controlId(['theme', 'brand']);
  return (
    <section class="st-section" aria-labelledby="st-look">
      <h2 id="st-look">Look</h2>
      <div class="st-grid">
        <div class="st-setting" data-path="theme.brand">
          <label for={id}>Brand colour</label>
          <div class="st-row">
            <input
              id={`${id}-picker`}
              type="color"
              class="st-swatch"
              aria-label="Pick the brand colour"
              value={/^#[0-9a-fA-F]{6}$/.test(brand()) ? brand() : '#1f6feb'}
              onInput={(e) => draft.set(['theme', 'brand'], e.currentTarget.value)}
            />
            <input
              id={id}
              value={brand()}
              spellcheck={false}
              onInput={(e) => draft.set(['theme', 'brand'], e.currentTarget.value)}
            />
          </div>
          <ProblemText path={['theme', 'brand']} />
        </div>
        <TextSetting
          path={['theme', 'font']}
          label="Fonts"
          placeholder={'"Inter", sans-serif'}
          help="Font families installed on visitors’ devices, first choice first."
        />
        <TextSetting path={['theme', 'logo', 'src']} label="Logo address" type="url" />
        <Show when={(draft.draft as FormInput).theme?.logo}>
          <TextSetting
            path={['theme', 'logo', 'alt']}
            label="Logo description"
            keepEmpty
            help="Read out to people who cannot see it, e.g. your business name."
          />
        </Show>
      </div>
      <ProblemText path={['theme']} />
      <ProblemText path={['theme', 'logo']} />
    </section>
  );
}
