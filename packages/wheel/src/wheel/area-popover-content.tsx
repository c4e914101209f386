import type { Answer, Scale, UiLocale, Visibility } from '@barnets-basta/core';
import * as Popover from '@radix-ui/react-popover';
import { useRef, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { WheelMessages } from '../i18n/messages.ts';
import type { AreaView } from './model.ts';

export interface AreaPopoverProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The "Om …" button, which stays ours so this part can load lazily. */
  anchorRef: RefObject<HTMLButtonElement | null>;
  contentId: string;
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
 * What the lazy part gets on top: the rating choices and the visibility options, made by the
 * up-front part. This chunk then imports nothing of ours but types, so a host's bundler keeps the
 * wheel's shared code in the entry chunk instead of splitting it into a chunk of its own.
 */
export interface AreaPopoverContentProps extends AreaPopoverProps {
  choices: ReactNode;
  visibilityOptions: readonly { value: Visibility; label: string }[];
}

/**
 * An area's popover: the area's text for the audience, the guiding questions, the same rating
 * choices (copies that never submit), a note and, when allowed, who may see the answer. Loaded on
 * the first open (Radix and its positioning are most of the wheel's size). Rendered in place (no
 * portal), so it works inside a shadow root and inherits the wheel's styles.
 */
export default function AreaPopoverContent(props: AreaPopoverContentProps) {
  const {
    open,
    onOpenChange,
    anchorRef,
    contentId,
    area,
    contentLang,
    idPrefix,
    detachedFormId,
    discussionOnly,
    talkedAbout,
    note,
    visibility,
    allowVisibilityChoice,
    readOnly,
    messages,
    onTalkedAbout,
    onNote,
    onVisibility,
    choices,
    visibilityOptions,
  } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const interactedOutside = useRef(false);
  const titleId = `${idPrefix}-title`;
  const textId = `${idPrefix}-text`;
  const noteId = `${idPrefix}-note`;
  const noteHintId = `${idPrefix}-note-hint`;

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Anchor virtualRef={anchorRef} />
      <Popover.Content
        id={contentId}
        className="bb-wheel-popover"
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
          interactedOutside.current = false;
          titleRef.current?.focus();
        }}
        onInteractOutside={(event) => {
          // A click on our own button toggles the popover itself.
          if (anchorRef.current?.contains(event.target as Node)) event.preventDefault();
          else interactedOutside.current = true;
        }}
        onCloseAutoFocus={(event) => {
          // Back to the button, unless the person already moved on elsewhere.
          event.preventDefault();
          if (!interactedOutside.current) anchorRef.current?.focus();
        }}
      >
        <h2
          className="bb-wheel-popover__title"
          id={titleId}
          ref={titleRef}
          tabIndex={-1}
          lang={contentLang}
        >
          <span className="bb-wheel-popover__swatch" aria-hidden="true" />
          {area.name}
        </h2>
        {area.statement ? (
          <p className="bb-wheel-popover__text" id={textId} lang={contentLang}>
            {area.statement}
          </p>
        ) : null}
        {area.questions.length > 0 ? (
          <>
            <h3 className="bb-wheel-popover__subtitle">{messages.questionsHeading}</h3>
            <ul className="bb-wheel-popover__questions" lang={contentLang}>
              {area.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ul>
          </>
        ) : null}

        {discussionOnly ? (
          <label className="bb-wheel-check">
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
          <fieldset className="bb-wheel-popover__group">
            <legend className="bb-wheel-popover__legend">{messages.yourAnswer}</legend>
            {choices}
          </fieldset>
        )}

        {readOnly ? (
          note ? (
            <p className="bb-wheel-popover__note">
              <span className="bb-wheel-popover__note-label">{messages.noteReadOnly}</span> {note}
            </p>
          ) : null
        ) : (
          <div className="bb-wheel-field">
            <label className="bb-wheel-field__label" htmlFor={noteId}>
              {messages.note}
            </label>
            <p className="bb-wheel-field__hint" id={noteHintId}>
              {messages.noteHint}
            </p>
            <textarea
              id={noteId}
              className="bb-wheel-textarea"
              form={detachedFormId}
              rows={3}
              value={note}
              aria-describedby={noteHintId}
              onChange={(e) => onNote(e.currentTarget.value)}
            />
          </div>
        )}

        {allowVisibilityChoice && !readOnly ? (
          <fieldset className="bb-wheel-popover__group">
            <legend className="bb-wheel-popover__legend">{messages.visibilityLegend}</legend>
            <div className="bb-wheel-visibility">
              {visibilityOptions.map(({ value: v, label }) => (
                <label key={v} className="bb-wheel-choice bb-wheel-choice--plain">
                  <input
                    type="radio"
                    name={`${idPrefix}-visibility`}
                    form={detachedFormId}
                    value={v}
                    checked={(visibility ?? 'meeting') === v}
                    onChange={() => onVisibility(v)}
                  />
                  <span className="bb-wheel-choice__text">{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <div className="bb-wheel-popover__actions">
          <Popover.Close className="bb-wheel-button bb-wheel-button--primary">
            {messages.close}
          </Popover.Close>
        </div>
        <Popover.Arrow className="bb-wheel-popover__arrow" width={16} height={8} />
      </Popover.Content>
    </Popover.Root>
  );
}
