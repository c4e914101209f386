import {
  formatMessage,
  type AreaAssessment,
  type Answer,
  type Scale,
  type UiLocale,
  type Visibility,
} from '@barnets-basta/core';
import { areaFormFields, wheelFieldName } from '@barnets-basta/core/form';
import { maySee, type Viewer } from '@barnets-basta/core/privacy';
import { memo, Profiler, useContext, type CSSProperties } from 'react';
import { AreaProfiler } from './area-profiler.ts';
import type { WheelMessages } from '../i18n/messages.ts';
import { AreaPopover } from './area-popover.tsx';
import { Choices } from './choices.tsx';
import { MAX_RADIO_STEPS } from './input-registry.ts';
import { Icon } from './icons.tsx';
import type { AreaInputPart, InputRegistry } from './input-registry.ts';
import { answerState, answerText, type AreaView } from './model.ts';

export interface WheelAreaProps {
  area: AreaView;
  contentLang: string | undefined;
  uid: string;
  /** Form field prefix; without it nothing submits. */
  name: string | undefined;
  /** Who receives the form post: an area this viewer may not see submits nothing. */
  formReceiver: Viewer;
  detachedFormId: string;
  scale: Scale;
  discussionOnly: boolean;
  data: AreaAssessment | undefined;
  readOnly: boolean;
  required: boolean;
  showError: boolean;
  allowVisibilityChoice: boolean;
  locale: UiLocale;
  messages: WheelMessages;
  onPatch: (areaId: string, patch: Partial<AreaAssessment>) => void;
  onFocusLevel: (areaIndex: number, level: number | null, visible: boolean) => void;
  register: InputRegistry['register'];
}

/**
 * One area as a native `fieldset`: its name and statement in the `legend`, the rating choices, the
 * current answer as text, and the "Om …" popover. Hidden inputs carry what the visible controls
 * cannot submit themselves (notes and visibility from the popover, the 1–10 value).
 */
export const WheelArea = memo(function WheelArea(props: WheelAreaProps) {
  const onRender = useContext(AreaProfiler);
  const fieldset = <WheelAreaFieldset {...props} />;
  return onRender ? (
    <Profiler id={props.area.id} onRender={onRender}>
      {fieldset}
    </Profiler>
  ) : (
    fieldset
  );
});

function WheelAreaFieldset(props: WheelAreaProps) {
  const {
    area,
    contentLang,
    uid,
    name: nameProp,
    formReceiver,
    detachedFormId,
    scale,
    discussionOnly,
    data,
    readOnly,
    required,
    showError,
    allowVisibilityChoice,
    locale,
    messages,
    onPatch,
    onFocusLevel,
    register,
  } = props;
  const id = area.id;
  const idPrefix = `${uid}-${area.index}`;
  const answer = data?.answer;
  const note = data?.note ?? '';
  const talkedAbout = data?.talkedAbout === true;
  const visibility = data?.visibility;
  // The area takes part in the form only when the receiver may see it (core's wheelFormFields):
  // otherwise its native controls carry no name and no hidden field is written.
  const name = nameProp !== undefined && maySee(visibility, formReceiver) ? nameProp : undefined;
  const useRange = !discussionOnly && scale.steps > MAX_RADIO_STEPS;
  const field = name ? wheelFieldName(name, id) : undefined;
  const invalid = showError && required && !readOnly && !discussionOnly && !answer;
  const errorId = `${idPrefix}-error`;
  const state = discussionOnly
    ? talkedAbout
      ? 'talked-about'
      : 'unanswered'
    : answerState(answer);

  const setAnswer = (a: Answer | undefined) => onPatch(id, { answer: a });
  const setNote = (text: string) => onPatch(id, { note: text === '' ? undefined : text });
  const setTalked = (talked: boolean) => onPatch(id, { talkedAbout: talked ? true : undefined });
  const setVisibility = (v: Visibility) => onPatch(id, { visibility: v });
  const reg = (part: AreaInputPart) => (el: HTMLInputElement | HTMLTextAreaElement | null) =>
    register({ kind: 'area', areaId: id, part }, el);

  // Radios submit the area's answer themselves, except where another control or a hidden input does.
  const radiosSubmit = Boolean(field) && !useRange && !readOnly;
  // The area's part of the one form contract (core's `areaFormFields`); hidden inputs carry what
  // no named native control submits itself.
  const nativeNames = new Set<string>();
  if (name && radiosSubmit) nativeNames.add(wheelFieldName(name, id));
  if (name && discussionOnly && !readOnly) {
    nativeNames.add(wheelFieldName(name, id, 'talkedAbout'));
    nativeNames.add(wheelFieldName(name, id, 'note'));
  }
  const hidden = name
    ? areaFormFields(name, id, data, { allowVisibilityChoice }).filter(
        ([key]) => !nativeNames.has(key),
      )
    : [];
  const answerText_ = discussionOnly
    ? talkedAbout
      ? messages.talkedAboutShort
      : messages.notAnswered
    : answerText(answer, scale, locale, messages);

  return (
    <fieldset
      className="bb-wheel-area"
      data-area={id}
      data-state={state}
      data-invalid={invalid ? 'true' : undefined}
      aria-describedby={invalid ? errorId : undefined}
      style={{ '--bb-area-color': area.color } as CSSProperties}
    >
      <legend className="bb-wheel-area__legend">
        <span className="bb-wheel-area__title">
          <span className="bb-wheel-area__swatch" aria-hidden="true" />
          <span className="bb-wheel-area__name" lang={contentLang}>
            {area.name}
          </span>
        </span>
        {area.statement ? (
          <span className="bb-wheel-area__statement" lang={contentLang}>
            {area.statement}
          </span>
        ) : null}
      </legend>

      {invalid ? (
        <p className="bb-wheel-area__error" id={errorId}>
          <span className="bb-wheel-visually-hidden">{messages.errorPrefix} </span>
          {formatMessage(messages.requiredArea, {
            area: area.name,
            dontKnow: messages.dontKnow,
            declined: messages.declined,
          })}
        </p>
      ) : null}

      <p className="bb-wheel-area__answer" data-state={state}>
        {state === 'dont-know' || state === 'declined' ? (
          <Icon name={state} className="bb-wheel-area__answer-icon" />
        ) : state === 'talked-about' ? (
          <Icon name="check" className="bb-wheel-area__answer-icon" />
        ) : null}
        <span className="bb-wheel-visually-hidden">{messages.answerPrefix} </span>
        <span className="bb-wheel-area__answer-text">{answerText_}</span>
      </p>

      {readOnly && note ? (
        <p className="bb-wheel-area__note">
          <span className="bb-wheel-area__note-label">{messages.noteReadOnly}</span>{' '}
          <span>{note}</span>
        </p>
      ) : null}

      <div className="bb-wheel-area__controls">
        {discussionOnly ? (
          <div className="bb-wheel-area__discussion">
            <label className="bb-wheel-check">
              <input
                type="checkbox"
                name={name ? wheelFieldName(name, id, 'talkedAbout') : undefined}
                value="true"
                checked={talkedAbout}
                disabled={readOnly}
                ref={reg('talked')}
                onChange={(e) => setTalked(e.currentTarget.checked)}
                onFocus={(e) =>
                  onFocusLevel(area.index, 0, e.currentTarget.matches(':focus-visible'))
                }
                onBlur={() => onFocusLevel(area.index, null, false)}
              />
              <span>{messages.talkedAbout}</span>
            </label>
            {readOnly ? null : (
              <div className="bb-wheel-field">
                <label className="bb-wheel-field__label" htmlFor={`${idPrefix}-inline-note`}>
                  {messages.note}
                </label>
                <textarea
                  id={`${idPrefix}-inline-note`}
                  className="bb-wheel-textarea"
                  name={name ? wheelFieldName(name, id, 'note') : undefined}
                  rows={2}
                  value={note}
                  ref={reg('note')}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
              </div>
            )}
          </div>
        ) : (
          <Choices
            groupName={radiosSubmit ? field! : `${idPrefix}-answer`}
            detachedFormId={radiosSubmit ? undefined : detachedFormId}
            rangeLabel={formatMessage(messages.rangeLabel, { area: area.name, max: scale.steps })}
            idPrefix={`${idPrefix}-choices`}
            scale={scale}
            answer={answer}
            locale={locale}
            messages={messages}
            readOnly={readOnly}
            required={required && Boolean(field)}
            invalid={invalid}
            onAnswer={setAnswer}
            onFocusLevel={(level, visible) => onFocusLevel(area.index, level, visible)}
            register={(part, el) => register({ kind: 'area', areaId: id, part }, el)}
            showClear={useRange}
          />
        )}
        <AreaPopover
          area={area}
          contentLang={contentLang}
          idPrefix={`${idPrefix}-popover`}
          detachedFormId={detachedFormId}
          scale={scale}
          discussionOnly={discussionOnly}
          answer={answer}
          talkedAbout={talkedAbout}
          note={note}
          visibility={visibility}
          allowVisibilityChoice={allowVisibilityChoice}
          readOnly={readOnly}
          locale={locale}
          messages={messages}
          onAnswer={setAnswer}
          onTalkedAbout={setTalked}
          onNote={setNote}
          onVisibility={setVisibility}
        />
      </div>

      {hidden.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
    </fieldset>
  );
}
