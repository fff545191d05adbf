import { For, Show } from 'solid-js';
import type { FieldOf } from '../../engine/fields/fieldKinds';
import { flagEmoji } from '../../engine/fields/tel/flagEmoji';
import type { PhoneCountry } from '../../engine/fields/tel/phoneCountries';
import { telHints } from '../../engine/fields/tel/telHints';
import { messages } from '../../engine/i18n/messages';
import { InputField } from './InputField';
import type { FieldProps } from './types';

/**
 * A phone number: one line, with the keyboard and autofill the tel kind gives; with
 * `countryPicker`, a country list first that posts under the same name (the tel rule reads
 * [country, number]). The list comes from the page (src/engine/fields/tel/phoneCountries.ts);
 * a native select jumps to a country as its name is typed.
 *
 * The list is drawn twice. On screen, a short one (the choice, and "automatic"), which the page's
 * script names and fills with every country when the visitor reaches for it
 * (src/islands/countryLists.ts): styling 250 options at load held up the bench's first tap by about
 * 150 ms (4x slower CPU). In a `<noscript>`, the whole named list, which a page without JavaScript
 * shows in the short one's place.
 */
export function TelField(props: FieldProps<FieldOf<'tel'>>) {
  const pair = () => (Array.isArray(props.value) ? props.value : ['', props.value]);
  const chosen = () => String(pair()[0] ?? '') || props.phoneCountry || '';
  const msg = () => messages(props.locale);
  // Names and codes only (245 flag emoji would double the page); the chosen country's flag shows beside the list.
  const countries = () => props.phoneCountries ?? [];
  const options = (all: readonly PhoneCountry[]) => (
    <>
      <option value="" selected={chosen() === ''}>
        {msg().phoneCountryAuto}
      </option>
      <For each={all}>
        {(country) => (
          <option value={country.code} selected={country.code === chosen()}>
            {country.label}
          </option>
        )}
      </For>
    </>
  );
  return (
    <Show when={props.field.countryPicker} fallback={<InputField {...props} hints={telHints()} />}>
      <InputField
        {...props}
        value={pair()[1]}
        hints={telHints()}
        before={
          <>
            <span class="fw-flag" aria-hidden="true">
              <span class="fw-flag-emoji">{flagEmoji(chosen())}</span>
              <svg
                class="fw-globe"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                stroke-width="1.7"
                aria-hidden="true"
              >
                <circle cx="12" cy="12" r="9" />
                <path d="M3 12h18M12 3c3.2 3.4 3.2 14.6 0 18M12 3c-3.2 3.4-3.2 14.6 0 18" />
              </svg>
            </span>
            <select class="fw-country" data-name={props.field.name} aria-label={msg().phoneCountry}>
              {options(countries().filter((country) => country.code === chosen()))}
            </select>
            <noscript>
              <select class="fw-country" name={props.field.name} aria-label={msg().phoneCountry}>
                {options(countries())}
              </select>
            </noscript>
          </>
        }
      />
    </Show>
  );
}
