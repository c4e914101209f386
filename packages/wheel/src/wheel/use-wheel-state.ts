import {
  setAreaAssessment,
  type AreaAssessment,
  type Assessment,
  type ContentPack,
  type Perspective,
  type ScaleId,
  type UiLocale,
  type Visibility,
} from '@barnets-basta/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { checkValue, emptyAssessment, type CheckedValue } from './model.ts';

/** What {@link useWheelState} takes from the wheel's props. */
export interface WheelStateOptions {
  value: Assessment | undefined;
  defaultValue: Assessment | undefined;
  onChange: ((assessment: Assessment) => void) | undefined;
  pack: ContentPack;
  locale: UiLocale;
  scale: ScaleId;
  perspective: Perspective;
}

/** The wheel's assessment and the ways to change it. */
export interface WheelState {
  /** The assessment shown: the checked `value`, else our own. */
  current: Assessment;
  controlled: boolean;
  /** The checked `value` and `defaultValue` (their problems are listed above the wheel). */
  checkedValue: CheckedValue;
  checkedDefault: CheckedValue;
  /** Where a form reset returns to. */
  resetTo: Assessment;
  /** Latest assessment, also between a change and the next render. */
  latest: { current: Assessment };
  /** Replaces the whole assessment (and tells the host). */
  commit: (next: Assessment) => void;
  /** Changes one area. Stable, so memoised areas do not re-render for it. */
  patchArea: (areaId: string, patch: Partial<AreaAssessment>) => void;
  /** Changes the closing answer or who may see it. Stable. */
  setHopes: (patch: { text?: string; visibility?: Visibility }) => void;
  /** Sets our own state without telling the host (a form reset of an uncontrolled wheel). */
  setOwn: (next: Assessment) => void;
}

/**
 * The wheel's state, controlled through `value` or its own from `defaultValue`
 * ({@link useControllableState}), with the host's data checked by core. A controlled value that
 * is the assessment the wheel itself just emitted is taken as it is: it was built from a checked
 * one by core's `setAreaAssessment`, which keeps every other area's object, so only the changed
 * area's props change (and only that memoised area re-renders).
 *
 * @example
 * ```tsx
 * const state = useWheelState({ value, defaultValue, onChange, pack, locale, scale, perspective });
 * state.patchArea('trygg', { answer: { kind: 'value', value: 4 } });
 * ```
 */
export function useWheelState(options: WheelStateOptions): WheelState {
  const { value, defaultValue, onChange, pack, locale, scale, perspective } = options;
  // What we emitted last: when the host hands it back, it needs no second check.
  const emitted = useRef<Assessment | undefined>(undefined);
  const checkedValue = useMemo(
    () =>
      value !== undefined && value === emitted.current
        ? { assessment: value, problems: [] }
        : checkValue(value, pack, locale),
    [value, pack, locale],
  );
  const checkedDefault = useMemo(
    () => checkValue(defaultValue, pack, locale),
    [defaultValue, pack, locale],
  );
  const [initial] = useState(
    () => checkedDefault.assessment ?? emptyAssessment(pack, scale, perspective),
  );
  // A controlled value that cannot be read is shown as empty (the problems are listed).
  const [emptyForInvalid] = useState(() => emptyAssessment(pack, scale, perspective));
  const prop = value === undefined ? undefined : (checkedValue.assessment ?? emptyForInvalid);
  const emit = useCallback(
    (next: Assessment) => {
      emitted.current = next;
      onChange?.(next);
    },
    [onChange],
  );
  const [current, commit, { controlled, latest, setOwn }] = useControllableState<Assessment>({
    prop,
    defaultProp: initial,
    onChange: emit,
  });

  // A host switching scale on an untouched, uncontrolled wheel gets a fresh assessment on that scale.
  useEffect(() => {
    if (
      !controlled &&
      defaultValue === undefined &&
      current.scale !== scale &&
      Object.keys(current.areas).length === 0
    ) {
      setOwn({ ...current, scale });
    }
  }, [controlled, defaultValue, current, scale, setOwn]);

  const patchArea = useCallback(
    (areaId: string, patch: Partial<AreaAssessment>) =>
      commit(setAreaAssessment(latest.current, areaId, patch)),
    [commit, latest],
  );
  const setHopes = useCallback(
    (patch: { text?: string; visibility?: Visibility }) => {
      const prev = latest.current.hopes;
      const text = patch.text ?? prev?.text ?? '';
      const vis = patch.visibility ?? prev?.visibility;
      const next: Assessment = { ...latest.current, updatedAt: new Date().toISOString() };
      if (text === '' && !vis) delete next.hopes;
      else next.hopes = vis ? { text, visibility: vis } : { text };
      commit(next);
    },
    [commit, latest],
  );

  const [resetTo] = useState(() => (controlled ? current : initial));
  return {
    current,
    controlled,
    checkedValue,
    checkedDefault,
    resetTo,
    latest,
    commit,
    patchArea,
    setHopes,
    setOwn,
  };
}
