import { formatMessage } from '@barnets-basta/core';
import { lazy, Suspense, useRef, useState } from 'react';
import type { AreaPopoverProps } from './area-popover-content.tsx';
import { Choices } from './choices.tsx';
import { InfoIcon } from './icons.tsx';
import { VISIBILITIES, visibilityLabel } from './visibility.ts';

const AreaPopoverContent = lazy(() => import('./area-popover-content.tsx'));

export type AreaPopoverButtonProps = Omit<
  AreaPopoverProps,
  'open' | 'onOpenChange' | 'anchorRef' | 'contentId'
>;

/**
 * The "Om …" button of an area. It is a plain button that we own; the popover behind it (Radix,
 * with its positioning) loads on the first open, so a wheel costs little until someone asks.
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
        onClick={() => {
          setWanted(true);
          setOpen((o) => !o);
        }}
      >
        <InfoIcon className="bb-wheel-button__icon" />
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
