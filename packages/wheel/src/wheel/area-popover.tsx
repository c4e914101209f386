import { formatMessage, type Answer, type Scale, type UiLocale, type Visibility } from '@barnets-basta/core';
import * as Popover from '@radix-ui/react-popover';
import { useRef, useState, type CSSProperties } from 'react';
import type { WheelMessages } from '../i18n/messages.ts';
import { Choices } from './choices.tsx';
import { InfoIcon } from './icons.tsx';
import type { AreaView } from './model.ts';

export const VISIBILITIES: readonly Visibility[] = ['meeting', 'contact-person', 'respondent'];

export function visibilityLabel(v: Visibility, messages: WheelMessages): string {
  return v === 'meeting'
    ? messages.visibilityMeeting
    : v === 'contact-person'
      ? messages.visibilityContactPerson
      : messages.visibilityRespondent;
}

export interface AreaPopoverProps {
  area: AreaView;
  /** Language of the content pack's texts, when it differs from the UI's. */
  contentLang: string | undefined;
  idPrefix: string;
  /** A form id that does not exist: the popover's controls are copies and must never submit. */
  detachedFormId: string;
  scale: Scale;
  discussionOnly: boolean;
  answer: Answer | undefined;
  talkedAbout: boolean;
  note: string;
  visibility: Visibility | undefined;
  allowVisibilityChoice: boolean;
  readOnly: boolean;
  locale: UiLocale;
  messages: WheelMessages;
  onAnswer: (answer: Answer | undefined) => void;
  onTalkedAbout: (talked: boolean) => void;
  onNote: (note: string) => void;
  onVisibility: (visibility: Visibility) => void;
}

/**
 * The "Om …" button and its popover: the area's text for the audience, the guiding questions, the
 * same rating choices (copies that never submit), a note and, when allowed, who may see the answer.
 * Rendered in place (no portal), so it works inside a shadow root and inherits the wheel's styles.
 */
export function AreaPopover(props: AreaPopoverProps) {
  const {
    area,
    contentLang,
    idPrefix,
    detachedFormId,
    scale,
    discussionOnly,
    answer,
    talkedAbout,
    note,
    visibility,
    allowVisibilityChoice,
    readOnly,
    locale,
    messages,
    onAnswer,
    onTalkedAbout,
    onNote,
    onVisibility,
  } = props;
  const [open, setOpen] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = `${idPrefix}-title`;
  const textId = `${idPrefix}-text`;
  const noteId = `${idPrefix}-note`;
  const noteHintId = `${idPrefix}-note-hint`;
  const about = formatMessage(messages.aboutArea, { area: area.name });

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="bb-button bb-area__about">
          <InfoIcon className="bb-button__icon" />
          <span>{about}</span>
        </button>
      </Popover.Trigger>
      <Popover.Content
        className="bb-popover"
        aria-labelledby={titleId}
        aria-describedby={area.statement ? textId : undefined}
        side="bottom"
        align="center"
        sideOffset={8}
        collisionPadding={12}
        style={{ '--bb-area-color': area.color } as CSSProperties}
        onOpenAutoFocus={(event) => {
          // Focus the title, so a screen reader starts at the top and reads the area's name first.
          event.preventDefault();
          titleRef.current?.focus();
        }}
      >
        <h2 className="bb-popover__title" id={titleId} ref={titleRef} tabIndex={-1} lang={contentLang}>
          <span className="bb-popover__swatch" aria-hidden="true" />
          {area.name}
        </h2>
        {area.statement ? (
          <p className="bb-popover__text" id={textId} lang={contentLang}>
            {area.statement}
          </p>
        ) : null}
        {area.questions.length > 0 ? (
          <>
            <h3 className="bb-popover__subtitle">{messages.questionsHeading}</h3>
            <ul className="bb-popover__questions" lang={contentLang}>
              {area.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          </>
        ) : null}

        {discussionOnly ? (
          <label className="bb-check">
            <input
              type="checkbox"
              form={detachedFormId}
              checked={talkedAbout}
              disabled={readOnly}
              onChange={(e) => onTalkedAbout(e.currentTarget.checked)}
            />
            <span>{messages.talkedAbout}</span>
          </label>
        ) : (
          <fieldset className="bb-popover__group">
            <legend className="bb-popover__legend">{messages.yourAnswer}</legend>
            <Choices
              groupName={`${idPrefix}-answer`}
              detachedFormId={detachedFormId}
              rangeLabel={formatMessage(messages.rangeLabel, { area: area.name, max: scale.steps })}
              idPrefix={`${idPrefix}-choices`}
              scale={scale}
              answer={answer}
              locale={locale}
              messages={messages}
              readOnly={readOnly}
              required={false}
              invalid={false}
              onAnswer={onAnswer}
              showClear
            />
          </fieldset>
        )}

        {readOnly ? (
          note ? (
            <p className="bb-popover__note">
              <span className="bb-popover__note-label">{messages.noteReadOnly}</span> {note}
            </p>
          ) : null
        ) : (
          <div className="bb-field">
            <label className="bb-field__label" htmlFor={noteId}>
              {messages.note}
            </label>
            <p className="bb-field__hint" id={noteHintId}>
              {messages.noteHint}
            </p>
            <textarea
              id={noteId}
              className="bb-textarea"
              form={detachedFormId}
              rows={3}
              value={note}
              aria-describedby={noteHintId}
              onChange={(e) => onNote(e.currentTarget.value)}
            />
          </div>
        )}

        {allowVisibilityChoice && !readOnly ? (
          <fieldset className="bb-popover__group">
            <legend className="bb-popover__legend">{messages.visibilityLegend}</legend>
            <div className="bb-visibility">
              {VISIBILITIES.map((v) => (
                <label key={v} className="bb-choice bb-choice--plain">
                  <input
                    type="radio"
                    name={`${idPrefix}-visibility`}
                    form={detachedFormId}
                    value={v}
                    checked={(visibility ?? 'meeting') === v}
                    onChange={() => onVisibility(v)}
                  />
                  <span className="bb-choice__text">{visibilityLabel(v, messages)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <div className="bb-popover__actions">
          <Popover.Close className="bb-button bb-button--primary">{messages.close}</Popover.Close>
        </div>
        <Popover.Arrow className="bb-popover__arrow" width={16} height={8} />
      </Popover.Content>
    </Popover.Root>
  );
}
