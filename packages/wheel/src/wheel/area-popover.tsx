import { formatMessage } from '@barnets-basta/core';
import { lazy, Suspense, useRef, useState } from 'react';
import type { AreaPopoverProps } from './area-popover-content.tsx';
import { Choices } from './choices.tsx';
import { Icon } from './icons.tsx';
import { VISIBILITIES, visibilityLabel } from './visibility.ts';

// One import function for both the preload and `lazy`, so the chunk is requested once.
const loadContent = () => import('./area-popover-content.tsx');
const AreaPopoverContent = lazy(loadContent);

/**
 * Starts loading the popover chunk when someone shows intent (pointer over the button, or focus on
 * it), so that on a slow connection the popover is there by the time they click or press Enter.
 * A failed preload is ignored here: the open itself retries and `lazy` reports the error.
 */
function preload() {
  loadContent().catch(() => undefined);
}

export type AreaPopoverButtonProps = Omit<
  AreaPopoverProps,
  'open' | 'onOpenChange' | 'anchorRef' | 'contentId'
>;

/**
 * The "Om …" button of an area. It is a plain button that we own; the popover behind it (Radix,
 * with its positioning) loads when someone points at or focuses the button, or at the latest on the
 * first open, so a wheel costs little until someone asks.
 */
export function AreaPopover(props: AreaPopoverButtonProps) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { idPrefix, messages, discussionOnly } = props;
  const contentId = `${idPrefix}-dialog`;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="bb-wheel-button bb-wheel-area__about"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={wanted ? undefined : preload}
        onFocus={wanted ? undefined : preload}
        onClick={() => {
          setWanted(true);
          setOpen((o) => !o);
        }}
      >
        <Icon name="info" className="bb-wheel-button__icon" />
        <span>{formatMessage(props.messages.aboutArea, { area: props.area.name })}</span>
      </button>
      {wanted ? (
        <Suspense fallback={null}>
          <AreaPopoverContent
            {...props}
            choices={
              discussionOnly ? null : (
                <Choices
                  groupName={`${idPrefix}-answer`}
                  detachedFormId={props.detachedFormId}
                  rangeLabel={formatMessage(messages.rangeLabel, {
                    area: props.area.name,
                    max: props.scale.steps,
                  })}
                  idPrefix={`${idPrefix}-choices`}
                  scale={props.scale}
                  answer={props.answer}
                  locale={props.locale}
                  messages={messages}
                  readOnly={props.readOnly}
                  required={false}
                  invalid={false}
                  onAnswer={props.onAnswer}
                  showClear
                />
              )
            }
            visibilityOptions={VISIBILITIES.map((v) => ({
              value: v,
              label: visibilityLabel(v, messages),
            }))}
            open={open}
            onOpenChange={setOpen}
            anchorRef={buttonRef}
            contentId={contentId}
          />
        </Suspense>
      ) : null}
    </>
  );
}
