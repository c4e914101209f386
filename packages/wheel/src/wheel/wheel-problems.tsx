import type { WheelMessages } from '../i18n/messages.ts';
import type { CheckedValue } from './model.ts';

/** One list of problems shown above the wheel. */
export interface WheelProblem {
  title: string;
  intro: string;
  items: string[];
}

/**
 * What is wrong with the host's input, in the UI language: the content (which fell back to the
 * default pack) and the value or default value (shown as empty). Empty lists are left out.
 *
 * @example
 * wheelProblems(messages, ['areas.0.color: …'], checkedValue, checkedDefault, true);
 */
export function wheelProblems(
  messages: WheelMessages,
  contentProblems: readonly string[],
  checkedValue: CheckedValue,
  checkedDefault: CheckedValue,
  controlled: boolean,
): WheelProblem[] {
  const valueProblems = controlled ? checkedValue.problems : checkedDefault.problems;
  return [
    {
      title: messages.contentErrorTitle,
      intro: messages.contentErrorIntro,
      items: [...contentProblems],
    },
    { title: messages.valueErrorTitle, intro: messages.valueErrorIntro, items: valueProblems },
  ].filter((p) => p.items.length > 0);
}

/**
 * The problems as plain text above the wheel (never a crash: the wheel still works).
 *
 * @example
 * ```tsx
 * <WheelProblems problems={wheelProblems(messages, contentProblems, checked, checkedDefault, false)} />
 * ```
 */
export function WheelProblems({ problems }: { problems: readonly WheelProblem[] }) {
  return problems.map((p) => (
    <div key={p.title} className="bb-wheel__problem">
      <p className="bb-wheel__problem-title">{p.title}</p>
      <p>{p.intro}</p>
      <ul>
        {p.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  ));
}
