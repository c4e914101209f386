import { encodeAnswer, formatMessage, type Assessment, type Scale } from '@barnets-basta/core';
import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { WheelMessages } from '../i18n/messages.ts';
import { useClientLayoutEffect } from '../internal/use-client-layout-effect.ts';
import { MAX_RADIO_STEPS } from './input-registry.ts';
import type { AreaInputPart, InputRegistry } from './input-registry.ts';
import type { AreaView } from './model.ts';

/** What {@link useNativeInputs} needs to keep the native inputs true. */
export interface NativeInputsOptions {
  rootRef: RefObject<HTMLElement | null>;
  inputs: InputRegistry;
  areas: readonly AreaView[];
  current: Assessment;
  latest: { current: Assessment };
  scale: Scale;
  messages: WheelMessages;
  /** Every area needs an answer, and the wheel takes part in form validation. */
  validates: boolean;
  /** Where a form reset returns to, and how (controlled: tell the host; else our own state). */
  resetTo: Assessment;
  onReset: (to: Assessment) => void;
}

/** The answer inputs of an area on this scale. */
function answerParts(scale: Scale): AreaInputPart[] {
  if (scale.steps > MAX_RADIO_STEPS) return ['range'];
  return [
    ...Array.from({ length: scale.steps }, (_, k) => String(k + 1) as `${number}`),
    'dont-know',
    'declined',
  ];
}

/**
 * What the native inputs need beyond React's props: the browser's validity in the wheel's words
 * (`setCustomValidity` per area), errors shown only after the first submit attempt (the browser's
 * `invalid` event), and a form reset that returns to the starting assessment and makes every
 * input show it. Returns whether errors show.
 *
 * @example
 * ```tsx
 * const showErrors = useNativeInputs({ rootRef, inputs, areas, current, latest, scale, messages,
 *   validates: required && name !== undefined, resetTo, onReset });
 * ```
 */
export function useNativeInputs(options: NativeInputsOptions): {
  showErrors: boolean;
} {
  const { rootRef, inputs, areas, current, latest, scale, messages, validates, resetTo, onReset } =
    options;
  const [showErrors, setShowErrors] = useState(false);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onInvalid = () => setShowErrors(true);
    root.addEventListener('invalid', onInvalid, true);
    return () => root.removeEventListener('invalid', onInvalid, true);
  }, [rootRef]);

  // Custom validity in our words (the browser's bubble then speaks the wheel's language).
  useClientLayoutEffect(() => {
    const parts = answerParts(scale);
    for (const area of areas) {
      const answered = current.areas[area.id]?.answer !== undefined;
      const message =
        validates && scale.steps > 0 && !answered
          ? formatMessage(messages.requiredArea, {
              area: area.name,
              dontKnow: messages.dontKnow,
              declined: messages.declined,
            })
          : '';
      for (const part of parts) {
        const el = inputs.area(area.id, part);
        if (el && el.validationMessage !== message) el.setCustomValidity(message);
      }
    }
  });

  // Form reset: the browser resets the inputs to their defaults after the `reset` event; we then
  // return to the starting assessment and make every input show it.
  useEffect(() => {
    const form = rootRef.current?.closest('form');
    if (!form) return;
    const sync = () => {
      const a = latest.current;
      for (const [key, el] of inputs.entries()) {
        if (key.kind === 'hopes') {
          el.value = a.hopes?.text ?? '';
        } else if (key.kind === 'hopes-visibility') {
          (el as HTMLInputElement).checked = (a.hopes?.visibility ?? 'meeting') === key.visibility;
        } else {
          const area = a.areas[key.areaId];
          if (key.part === 'note') el.value = area?.note ?? '';
          else if (key.part === 'talked')
            (el as HTMLInputElement).checked = area?.talkedAbout === true;
          else if (key.part === 'range') {
            const ans = area?.answer;
            el.value = String(ans?.kind === 'value' ? ans.value : Math.ceil(scale.steps / 2));
          } else (el as HTMLInputElement).checked = encodeAnswer(area?.answer) === key.part;
        }
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handle = () => {
      // After the browser's own reset, which runs right after this event.
      timer = setTimeout(() => {
        flushSync(() => {
          setShowErrors(false);
          onReset(resetTo);
        });
        sync();
      }, 0);
    };
    form.addEventListener('reset', handle);
    return () => {
      form.removeEventListener('reset', handle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [rootRef, inputs, latest, scale.steps, resetTo, onReset]);

  return { showErrors };
}
