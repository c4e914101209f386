import {
  decodeAnswer,
  encodeAnswer,
  formatMessage,
  type Answer,
  type Scale,
  type UiLocale,
} from '@barnets-basta/core';
import type { ChangeEvent, FocusEvent } from 'react';
import type { WheelMessages } from '../i18n/messages.ts';
import { Icon } from './icons.tsx';
import { chooseThroughInput } from './cell-input.ts';
import { MAX_RADIO_STEPS } from './input-registry.ts';
import type { AreaInputPart } from './input-registry.ts';
import { answerText, stepText, stepWords } from './model.ts';

export interface ChoicesProps {
  /** Radio group name. */
  groupName: string;
  /**
   * Id of a form that does not exist: the controls then belong to no form and never submit.
   * Used for copies of the choices (the popover) and for controls whose value a hidden input carries.
   */
  detachedFormId?: string;
  /** Accessible name of the range input (1–10 scales). */
  rangeLabel: string;
  /** Id prefix for the controls' ids. */
  idPrefix: string;
  scale: Scale;
  answer: Answer | undefined;
  locale: UiLocale;
  messages: WheelMessages;
  readOnly: boolean;
  required: boolean;
  /** Marks the controls invalid (required and unanswered after a submit attempt). */
  invalid: boolean;
  onAnswer: (answer: Answer | undefined) => void;
  /** Focus moved onto a control: the ring cell it matches (`0` for the whole segment), or `null` on blur. */
  onFocusLevel?: (level: number | null, visible: boolean) => void;
  /** Lets the wheel reach the native inputs, to hand them pointer clicks and to sync them after a form reset. */
  register?: (part: AreaInputPart, el: HTMLInputElement | null) => void;
  /** Shows "Ta bort svaret" when there is an answer. */
  showClear: boolean;
}

const focusVisible = (event: FocusEvent<HTMLElement>) => {
  try {
    return event.currentTarget.matches(':focus-visible');
  } catch {
    return true;
  }
};

/**
 * The rating choices of one area: a radio per step plus "Vet inte" and "Vill inte svara" in the
 * same group, or for long scales one range input plus those two as radios. Rendered twice per area
 * (in the area's fieldset and in its popover), bound to the same answer.
 */
export function Choices(props: ChoicesProps) {
  const {
    groupName,
    detachedFormId,
    rangeLabel,
    idPrefix,
    scale,
    answer,
    locale,
    messages,
    readOnly,
    required,
    invalid,
    onAnswer,
    onFocusLevel,
    register,
    showClear,
  } = props;
  const useRange = scale.steps > MAX_RADIO_STEPS;
  const current = encodeAnswer(answer);
  const reg = (part: AreaInputPart) =>
    register ? (el: HTMLInputElement | null) => register(part, el) : undefined;

  // The radios' values are core's encoding, so core's decoder reads them back.
  const onRadio = (event: ChangeEvent<HTMLInputElement>) => {
    const a = decodeAnswer(event.currentTarget.value, scale);
    if (a) onAnswer(a);
  };
  const focusProps = (level: number) =>
    onFocusLevel
      ? {
          onFocus: (e: FocusEvent<HTMLInputElement>) => onFocusLevel(level, focusVisible(e)),
          onBlur: () => onFocusLevel(null, false),
        }
      : {};
  const radioCommon = {
    type: 'radio' as const,
    name: groupName,
    ...(detachedFormId ? { form: detachedFormId } : {}),
    disabled: readOnly,
    onChange: onRadio,
    'aria-invalid': invalid ? true : undefined,
  };

  const extras = (
    <>
      <label className="bb-wheel-choice bb-wheel-choice--extra" data-kind="dont-know">
        <input
          {...radioCommon}
          value="dont-know"
          checked={current === 'dont-know'}
          required={required && !useRange && !readOnly}
          ref={reg('dont-know')}
          {...focusProps(0)}
        />
        <Icon name="dont-know" className="bb-wheel-choice__icon" />
        <span className="bb-wheel-choice__text">{messages.dontKnow}</span>
      </label>
      <label className="bb-wheel-choice bb-wheel-choice--extra" data-kind="declined">
        <input
          {...radioCommon}
          value="declined"
          checked={current === 'declined'}
          required={required && !useRange && !readOnly}
          ref={reg('declined')}
          {...focusProps(0)}
        />
        <Icon name="declined" className="bb-wheel-choice__icon" />
        <span className="bb-wheel-choice__text">{messages.declined}</span>
      </label>
    </>
  );

  const clear =
    showClear && answer && !readOnly ? (
      <button
        type="button"
        className="bb-wheel-button bb-wheel-button--quiet bb-wheel-choices__clear"
        onClick={() => onAnswer(undefined)}
      >
        {messages.clearAnswer}
      </button>
    ) : null;

  if (useRange) {
    const value = answer?.kind === 'value' ? answer.value : Math.ceil(scale.steps / 2);
    const unset = answer?.kind !== 'value';
    const endsId = `${idPrefix}-ends`;
    const commitFrom = (el: HTMLInputElement) => {
      const a = decodeAnswer(el.value, scale);
      if (a) onAnswer(a);
    };
    return (
      <div className="bb-wheel-choices" data-kind="range">
        <div className="bb-wheel-range" data-unset={unset ? 'true' : undefined}>
          <input
            id={`${idPrefix}-range`}
            className="bb-wheel-range__input"
            type="range"
            min={1}
            max={scale.steps}
            step={1}
            value={value}
            aria-label={rangeLabel}
            aria-valuetext={answerText(answer, scale, locale, messages)}
            aria-describedby={endsId}
            aria-invalid={invalid ? true : undefined}
            disabled={readOnly}
            ref={reg('range')}
            onChange={(e) => commitFrom(e.currentTarget)}
            // A click on the thumb's resting place (or Space/Enter on it) changes nothing and fires
            // no change event, yet the person did choose: the one pointer path records it through
            // the input itself, as a click on a drawn cell does.
            onPointerUp={(e) => {
              if (unset) chooseThroughInput(e.currentTarget, Number(e.currentTarget.value));
            }}
            onKeyDown={(e) => {
              if (unset && (e.key === ' ' || e.key === 'Enter')) {
                e.preventDefault();
                chooseThroughInput(e.currentTarget, Number(e.currentTarget.value));
              }
            }}
            {...(onFocusLevel
              ? {
                  onFocus: (e: FocusEvent<HTMLInputElement>) =>
                    onFocusLevel(unset ? 0 : value, focusVisible(e)),
                  onBlur: () => onFocusLevel(null, false),
                }
              : {})}
          />
          <p className="bb-wheel-range__ends" id={endsId}>
            <span>{stepText(1, scale, locale, messages)}</span>
            <span>{stepText(scale.steps, scale, locale, messages)}</span>
          </p>
        </div>
        <div className="bb-wheel-choices__extras">{extras}</div>
        {clear}
      </div>
    );
  }

  return (
    <div className="bb-wheel-choices" data-kind="steps">
      <div className="bb-wheel-choices__steps">
        {Array.from({ length: scale.steps }, (_, k) => {
          const level = k + 1;
          const words = stepWords(level, scale, locale);
          return (
            <label key={level} className="bb-wheel-choice bb-wheel-choice--step" data-level={level}>
              <input
                {...radioCommon}
                value={String(level)}
                checked={current === String(level)}
                required={required && !readOnly}
                ref={reg(String(level) as `${number}`)}
                {...focusProps(level)}
              />
              {scale.id === 'faces-3' ? (
                <Icon name={`face-${level as 1 | 2 | 3}`} className="bb-wheel-choice__icon" />
              ) : null}
              <span className="bb-wheel-choice__text">
                {words
                  ? formatMessage(messages.valueWithLabel, { value: level, label: words })
                  : stepText(level, scale, locale, messages)}
              </span>
            </label>
          );
        })}
      </div>
      <div className="bb-wheel-choices__extras">{extras}</div>
      {clear}
    </div>
  );
}
