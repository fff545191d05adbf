import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { Field } from '../engine/fields/fieldKinds';
import type { Condition, LeafCondition } from '../engine/logic/conditionSchema';
import { ProblemText } from './controls';
import { controlId, type Path } from './draftStore';
import { useStudio } from './studioContext';

/** What a condition can look at: a question (its options, if any) or a calculation. */
export interface Subject {
  name: string;
  label: string;
  kind: Field['kind'] | 'calculation';
  options?: readonly { value: string; label: string }[] | undefined;
}

type Operator = 'equals' | 'notEquals' | 'oneOf' | 'greaterThan' | 'lessThan' | 'contains' | 'answered' | 'unanswered';

const NUMERIC = new Set(['number', 'range', 'rating', 'calculation']);

function operatorsFor(subject: Subject | undefined): { value: Operator; label: string }[] {
  const kind = subject?.kind;
  const base: { value: Operator; label: string }[] = [
    { value: 'answered', label: 'is answered' },
    { value: 'unanswered', label: 'is not answered' },
  ];
  if (kind === 'consent') return [{ value: 'equals', label: 'is' }, ...base];
  if (kind === 'checkboxes') return [{ value: 'contains', label: 'includes' }, ...base];
  if (kind && NUMERIC.has(kind)) {
    return [
      { value: 'equals', label: 'is' },
      { value: 'notEquals', label: 'is not' },
      { value: 'greaterThan', label: 'is more than' },
      { value: 'lessThan', label: 'is less than' },
      ...base,
    ];
  }
  const choice = subject?.options !== undefined;
  return [
    { value: 'equals', label: 'is' },
    { value: 'notEquals', label: 'is not' },
    ...(choice
      ? [{ value: 'oneOf' as const, label: 'is one of' }]
      : [{ value: 'contains' as const, label: 'contains' }]),
    ...base,
  ];
}

function operatorOf(leaf: LeafCondition): Operator {
  if ('answered' in leaf) return leaf.answered ? 'answered' : 'unanswered';
  if ('equals' in leaf) return 'equals';
  if ('notEquals' in leaf) return 'notEquals';
  if ('oneOf' in leaf) return 'oneOf';
  if ('greaterThan' in leaf) return 'greaterThan';
  if ('lessThan' in leaf) return 'lessThan';
  return 'contains';
}

/** A sensible first rule about a subject: "is" its first option, "is ticked", "is more than 0". */
function leafFor(subject: Subject | undefined, operator?: Operator): LeafCondition {
  const field = subject?.name ?? '';
  const first = subject?.options?.[0]?.value ?? '';
  const op = operator ?? operatorsFor(subject)[0]?.value ?? 'answered';
  const numeric = subject && NUMERIC.has(subject.kind);
  switch (op) {
    case 'answered':
      return { field, answered: true };
    case 'unanswered':
      return { field, answered: false };
    case 'oneOf':
      return { field, oneOf: first ? [first] : [] };
    case 'greaterThan':
      return { field, greaterThan: 0 };
    case 'lessThan':
      return { field, lessThan: 0 };
    case 'contains':
      return { field, contains: first };
    case 'notEquals':
      return { field, notEquals: numeric ? 0 : first };
    default:
      return { field, equals: subject?.kind === 'consent' ? true : numeric ? 0 : first };
  }
}

type Shape = { mode: 'always' } | { mode: 'all' | 'any'; rules: LeafCondition[] } | { mode: 'advanced' };

function shapeOf(condition: Condition | undefined): Shape {
  if (!condition) return { mode: 'always' };
  if ('all' in condition || 'any' in condition) {
    const rules = 'all' in condition ? condition.all : condition.any;
    if (rules.every((rule) => !('all' in rule) && !('any' in rule))) {
      return { mode: 'all' in condition ? 'all' : 'any', rules: rules as LeafCondition[] };
    }
    return { mode: 'advanced' };
  }
  return { mode: 'all', rules: [condition] };
}

function conditionOf(mode: 'all' | 'any', rules: LeafCondition[]): Condition | undefined {
  if (rules.length === 0) return undefined;
  if (rules.length === 1 && mode === 'all') return rules[0];
  return mode === 'all' ? { all: rules } : { any: rules };
}

/**
 * A condition as rules an owner can read: "Show only if all / any of: Budget is Over $10,000; Phone
 * is answered". The questions offered are those the engine lets the condition read (earlier ones for
 * showIf). A condition nested deeper than one group is edited as its JSON.
 */
export function ConditionEditor(props: {
  path: Path;
  subjects: readonly Subject[];
  /** "Show this question" / "Ask this step" / "Give the points". */
  label: string;
  alwaysLabel: string;
  onlyIfLabel: string;
  /** A condition the setting must have (a scoring rule's `when`): no "always". */
  required?: boolean;
}) {
  const { draft } = useStudio();
  const condition = () => draft.get(props.path) as Condition | undefined;
  const shape = () => shapeOf(condition());
  const id = controlId(props.path);
  const subject = (name: string) => props.subjects.find((s) => s.name === name);
  const setRules = (mode: 'all' | 'any', rules: LeafCondition[]) => draft.set(props.path, conditionOf(mode, rules));
  const rules = () => {
    const current = shape();
    return current.mode === 'all' || current.mode === 'any' ? current.rules : [];
  };
  const mode = () => {
    const current = shape();
    return current.mode === 'any' ? 'any' : 'all';
  };
  const updateRule = (index: number, rule: LeafCondition) =>
    setRules(
      mode(),
      rules().map((old, i) => (i === index ? rule : old)),
    );
  // Which index of the rules the problem path points into: a lone leaf is the condition itself.
  const rulePath = (index: number): Path => {
    const current = condition();
    if (current && ('all' in current || 'any' in current))
      return [...props.path, 'all' in current ? 'all' : 'any', index];
    return props.path;
  };

  return (
    <fieldset class="st-condition" data-path={props.path.join('.')}>
      <legend>{props.label}</legend>
      <div class="st-row">
        <select
          id={`${id}-mode`}
          aria-label={`${props.label}: when`}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            if (chosen === 'always') draft.set(props.path, undefined);
            else if (chosen === 'advanced') return;
            else setRules(chosen as 'all' | 'any', rules().length > 0 ? rules() : [leafFor(props.subjects[0])]);
          }}
        >
          <Show when={!props.required}>
            <option value="always" selected={shape().mode === 'always'}>
              {props.alwaysLabel}
            </option>
          </Show>
          <option value="all" selected={shape().mode === 'all'}>
            {props.onlyIfLabel} all of these hold
          </option>
          <option value="any" selected={shape().mode === 'any'}>
            {props.onlyIfLabel} any of these holds
          </option>
          <Show when={shape().mode === 'advanced'}>
            <option value="advanced" selected>
              A nested condition (edited as text)
            </option>
          </Show>
        </select>
      </div>
      <Switch>
        <Match when={shape().mode === 'advanced'}>
          <AdvancedCondition path={props.path} />
        </Match>
        <Match when={shape().mode !== 'always'}>
          <Show when={props.subjects.length === 0}>
            <p class="st-help">There are no earlier questions to look at: move this one further down first.</p>
          </Show>
          <ul class="st-rules">
            <For each={rules()}>
              {(rule, index) => (
                <li>
                  <RuleEditor
                    rule={rule}
                    subjects={props.subjects}
                    subject={subject(rule.field)}
                    idPrefix={`${id}-${index()}`}
                    onChange={(next) => updateRule(index(), next)}
                  />
                  <button
                    type="button"
                    class="st-icon"
                    onClick={() =>
                      setRules(
                        mode(),
                        rules().filter((_, i) => i !== index()),
                      )
                    }
                  >
                    <span aria-hidden="true">×</span>
                    <span class="ad-sr">Remove rule {index() + 1}</span>
                  </button>
                  <ProblemText path={rulePath(index())} />
                </li>
              )}
            </For>
          </ul>
          <button
            type="button"
            class="ad-quiet st-small-button"
            disabled={props.subjects.length === 0}
            onClick={() => setRules(mode(), [...rules(), leafFor(props.subjects[0])])}
          >
            Add a rule
          </button>
        </Match>
      </Switch>
      <ProblemText path={props.path} />
    </fieldset>
  );
}

function RuleEditor(props: {
  rule: LeafCondition;
  subjects: readonly Subject[];
  subject: Subject | undefined;
  idPrefix: string;
  onChange: (rule: LeafCondition) => void;
}) {
  const op = () => operatorOf(props.rule);
  const numeric = () => props.subject !== undefined && NUMERIC.has(props.subject.kind);
  const value = () => {
    const rule = props.rule as Record<string, unknown>;
    return rule[op() === 'unanswered' ? 'answered' : op()];
  };
  const withValue = (next: unknown) => {
    const key = op() === 'unanswered' ? 'answered' : op();
    props.onChange({ field: props.rule.field, [key]: next } as LeafCondition);
  };
  return (
    <div class="st-rule">
      <select
        id={`${props.idPrefix}-field`}
        aria-label="Question"
        onChange={(e) => props.onChange(leafFor(props.subjects.find((s) => s.name === e.currentTarget.value)))}
      >
        <Show when={!props.subject}>
          <option value="" selected>
            {props.rule.field ? `“${props.rule.field}” (not an earlier question)` : 'Choose a question'}
          </option>
        </Show>
        <For each={props.subjects}>
          {(s) => (
            <option value={s.name} selected={s.name === props.rule.field}>
              {s.label}
            </option>
          )}
        </For>
      </select>
      <select
        id={`${props.idPrefix}-op`}
        aria-label="Comparison"
        onChange={(e) => props.onChange(leafFor(props.subject, e.currentTarget.value as Operator))}
      >
        <For each={operatorsFor(props.subject)}>
          {(o) => (
            <option value={o.value} selected={o.value === op()}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <Switch>
        <Match when={op() === 'answered' || op() === 'unanswered'}>{null}</Match>
        <Match when={props.subject?.kind === 'consent'}>
          <select
            id={`${props.idPrefix}-value`}
            aria-label="Value"
            onChange={(e) => withValue(e.currentTarget.value === 'true')}
          >
            <option value="true" selected={value() === true}>
              ticked
            </option>
            <option value="false" selected={value() === false}>
              not ticked
            </option>
          </select>
        </Match>
        <Match when={op() === 'oneOf' && props.subject?.options}>
          {(options) => (
            <fieldset class="st-oneof">
              <legend class="ad-sr">Values</legend>
              <For each={options()}>
                {(option) => (
                  <label class="st-inline">
                    <input
                      type="checkbox"
                      checked={Array.isArray(value()) && (value() as string[]).includes(option.value)}
                      onChange={(e) => {
                        const list = Array.isArray(value()) ? [...(value() as string[])] : [];
                        withValue(
                          e.currentTarget.checked ? [...list, option.value] : list.filter((v) => v !== option.value),
                        );
                      }}
                    />
                    {option.label}
                  </label>
                )}
              </For>
            </fieldset>
          )}
        </Match>
        <Match when={props.subject?.options && !numeric()}>
          {(_) => (
            <select
              id={`${props.idPrefix}-value`}
              aria-label="Value"
              onChange={(e) => withValue(e.currentTarget.value)}
            >
              <For each={props.subject?.options ?? []}>
                {(option) => (
                  <option value={option.value} selected={option.value === value()}>
                    {option.label}
                  </option>
                )}
              </For>
            </select>
          )}
        </Match>
        <Match when={numeric()}>
          <input
            id={`${props.idPrefix}-value`}
            aria-label="Value"
            type="text"
            inputmode="decimal"
            value={typeof value() === 'number' ? String(value()) : ''}
            onChange={(e) => {
              const number = Number(e.currentTarget.value.replace(',', '.'));
              if (Number.isFinite(number)) withValue(number);
            }}
          />
        </Match>
        <Match when={true}>
          <input
            id={`${props.idPrefix}-value`}
            aria-label="Value"
            type="text"
            value={typeof value() === 'string' ? (value() as string) : String(value() ?? '')}
            onInput={(e) => withValue(e.currentTarget.value)}
          />
        </Match>
      </Switch>
    </div>
  );
}

/** A condition too deep for the rule editor, as JSON; it is applied once it reads as JSON. */
function AdvancedCondition(props: { path: Path }) {
  const { draft } = useStudio();
  const [text, setText] = createSignal(JSON.stringify(draft.get(props.path), null, 1));
  const [unreadable, setUnreadable] = createSignal(false);
  const id = `${controlId(props.path)}-json`;
  return (
    <div class="st-setting">
      <label for={id}>Condition as JSON</label>
      <textarea
        id={id}
        rows="5"
        spellcheck={false}
        value={text()}
        aria-invalid={unreadable() ? 'true' : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          try {
            draft.set(props.path, JSON.parse(e.currentTarget.value));
            setUnreadable(false);
          } catch {
            setUnreadable(true);
          }
        }}
      />
      <Show when={unreadable()}>
        <p class="st-problem">This is not JSON yet: the last readable condition is kept.</p>
      </Show>
    </div>
  );
}
