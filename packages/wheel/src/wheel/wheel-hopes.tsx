import { type Assessment, type Visibility } from '@barnets-basta/core';
import { wheelFieldName, wheelFormFields } from '@barnets-basta/core/form';
import { maySee, type Viewer } from '@barnets-basta/core/privacy';
import { memo } from 'react';
import type { WheelMessages } from '../i18n/messages.ts';
import type { InputRegistry } from './input-registry.ts';
import { VISIBILITIES, visibilityLabel } from './visibility.ts';

/** Props of {@link WheelHopes}. */
export interface WheelHopesProps {
  hopes: Assessment['hopes'];
  /** The pack's closing question ("Vad hoppas du på framåt?"). */
  question: string;
  contentLang: string | undefined;
  uid: string;
  name: string | undefined;
  /** Who receives the form post: hopes this viewer may not see submit nothing. */
  formReceiver: Viewer;
  detachedFormId: string;
  readOnly: boolean;
  allowVisibilityChoice: boolean;
  messages: WheelMessages;
  register: InputRegistry['register'];
  onHopes: (patch: { text?: string; visibility?: Visibility }) => void;
}

/**
 * The closing question as a native textarea, with "who may see it" as native radios when the
 * respondent chooses. Hidden inputs carry the hopes' part of the form contract (core's
 * `wheelFormFields`) that those controls do not submit themselves.
 *
 * @example
 * ```tsx
 * <WheelHopes hopes={a.hopes} question="Vad hoppas du på framåt?" … onHopes={setHopes} />
 * ```
 */
export const WheelHopes = memo(function WheelHopes(props: WheelHopesProps) {
  const {
    hopes,
    question,
    contentLang,
    uid,
    name: nameProp,
    formReceiver,
    detachedFormId,
    readOnly,
    allowVisibilityChoice,
    messages,
    register,
    onHopes,
  } = props;
  // Hopes the receiver may not see take no part in the form (core's wheelFormFields).
  const name =
    nameProp !== undefined && maySee(hopes?.visibility, formReceiver) ? nameProp : undefined;
  const id = `${uid}-hopes`;
  const radios = allowVisibilityChoice && !readOnly;
  const hidden = name
    ? wheelFormFields(name, { hopes, areas: {} } as Assessment, [], {
        allowVisibilityChoice,
        receiver: formReceiver,
      }).filter(([key]) => key !== wheelFieldName(name, null) && !radios)
    : [];
  return (
    <div className="bb-wheel__hopes">
      <label className="bb-wheel-field__label" htmlFor={id} lang={contentLang}>
        {question}
      </label>
      <textarea
        id={id}
        className="bb-wheel-textarea"
        name={name ? wheelFieldName(name, null) : undefined}
        rows={3}
        value={hopes?.text ?? ''}
        readOnly={readOnly}
        ref={(el) => register({ kind: 'hopes' }, el)}
        onChange={(e) => onHopes({ text: e.currentTarget.value })}
      />
      {radios ? (
        <fieldset className="bb-wheel__hopes-visibility">
          <legend className="bb-wheel-field__label">{messages.hopesVisibilityLegend}</legend>
          <div className="bb-wheel-visibility">
            {VISIBILITIES.map((v) => (
              <label key={v} className="bb-wheel-choice bb-wheel-choice--plain">
                <input
                  type="radio"
                  name={name ? wheelFieldName(name, null, 'visibility') : `${uid}-hopes-visibility`}
                  form={name ? undefined : detachedFormId}
                  value={v}
                  checked={(hopes?.visibility ?? 'meeting') === v}
                  ref={(el) => register({ kind: 'hopes-visibility', visibility: v }, el)}
                  onChange={() => onHopes({ visibility: v })}
                />
                <span className="bb-wheel-choice__text">{visibilityLabel(v, messages)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {hidden.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
    </div>
  );
});
