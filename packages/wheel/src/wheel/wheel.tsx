import {
  encodeAnswer,
  formatMessage,
  mergeMessages,
  packTexts,
  setAreaAssessment,
  type AreaAssessment,
  type Assessment,
  type Audience,
  type ContentOverride,
  type ContentPack,
  type Perspective,
  type ScaleId,
  type UiLocale,
  type Visibility,
  wheelFieldName,
  wheelFormFields,
} from '@barnets-basta/core';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { flushSync } from 'react-dom';
import { wheelMessages, type WheelMessages } from '../i18n/messages.ts';
import { keySeries, redact, type WheelSeries } from '../views/shared/series.ts';
import { VISIBILITIES, visibilityLabel } from './visibility.ts';
import { MAX_RADIO_STEPS } from './choices.tsx';
import { chooseLayout, useContainerWidth, useServerRender, wheelDims } from './layout.ts';
import { useClientLayoutEffect } from './use-client-layout-effect.ts';
import { usePrefersReducedMotion } from './use-reduced-motion.ts';
import {
  areaViews,
  checkValue,
  contentLanguage,
  emptyAssessment,
  perspectiveFor,
  resolveContent,
  answerState,
  answerText,
  scaleFor,
} from './model.ts';
import { WheelArea } from './wheel-area.tsx';
import {
  WheelDrawing,
  type AreaDrawState,
  type DrawnSeries,
  type FocusTarget,
} from './wheel-drawing.tsx';

/** Props of {@link Wheel}. Every prop is optional: `<Wheel />` is an empty, usable wheel. */
export interface WheelProps {
  /** The assessment to show (controlled). Pair with `onChange`. */
  value?: Assessment;
  /** The starting assessment when uncontrolled; also what a form reset returns to. */
  defaultValue?: Assessment;
  /** Called with a complete new assessment on every change (answer, note, visibility, hopes). */
  onChange?: (assessment: Assessment) => void;
  /**
   * A whole content pack, or a partial override of the default pack (areas by id, `order`, texts).
   * Invalid content shows a list of the problems and falls back to the default pack.
   */
  content?: ContentPack | ContentOverride;
  /** Rating scale for a new assessment. A given `value`/`defaultValue` keeps its own scale. Default `agree-5`. */
  scale?: ScaleId;
  /** Whose words the statements are in. Default `child-8-12`. */
  audience?: Audience;
  /** UI language. Default `sv`. */
  locale?: UiLocale;
  /** Part of the UI catalogue to reword. */
  messages?: Partial<WheelMessages>;
  /**
   * Form field prefix. Each area submits `${name}.${areaId}` (`"1"`…`"10"`, `"dont-know"`,
   * `"declined"`), its note `${name}.${areaId}.note`, visibility `${name}.${areaId}.visibility`,
   * talked-about `${name}.${areaId}.talkedAbout`, and the hopes `${name}.hopes`. Without a name
   * nothing submits.
   */
  name?: string;
  /** Shows the answers without letting them change (values stay readable as text, and still submit). */
  readOnly?: boolean;
  /** Disables every control, as a disabled `fieldset` does (nothing submits). */
  disabled?: boolean;
  /** Every area needs an answer ("Vet inte" and "Vill inte svara" count). Needs `name` to take part in form validation. */
  required?: boolean;
  /** Shown in the centre instead of the pack's "Jag". */
  childName?: string;
  /** Perspective of a new assessment. Default: the child, the guardian or "other" after `audience`. */
  perspective?: Perspective;
  /** Draws the pack's arenas (hemma, i skolan, på fritiden) as an outer ring. */
  showArenas?: boolean;
  /** Animate the fills (still honours reduced motion). Default `true`. */
  animate?: boolean;
  /** Other assessments (perspectives or readings) drawn as outlines over the wheel. */
  series?: readonly WheelSeries[];
  /** Ids of series to leave out (the legend's toggles), keeping every other series' style. */
  hiddenSeries?: readonly string[];
  /** Who is looking: answers in `series` marked for fewer people are not drawn. Default `meeting`. */
  viewer?: Visibility;
  /** Ids of series that are the viewer's own and always drawn in full. */
  ownSeries?: readonly string[];
  /** Lets the respondent choose who may see each answer (in the area's popover). */
  allowVisibilityChoice?: boolean;
  /** Shows the closing question ("Vad hoppas du på framåt?") with a text field. Default `true`. */
  showHopes?: boolean;
  /** Extra class on the root element. */
  className?: string;
  /** Id of the root element. */
  id?: string;
}

const EMPTY: readonly never[] = [];

/**
 * The Barnets bästa-hjulet wheel: a rating input for every area of the child's life, drawn as a
 * wheel over native form controls. Each area is a `fieldset` of real radios (or a range input for
 * 1–10), in DOM order clockwise from 12 o'clock; the drawing is hidden from assistive technology
 * and hands pointer clicks to the inputs. Works in a plain `<form>` (submit and reset), by
 * keyboard, with screen readers and voice control, and lays itself out as a list when the
 * container is too narrow for 24 px targets.
 *
 * @example
 * ```tsx
 * import { Wheel } from '@barnets-basta/wheel';
 * import '@barnets-basta/wheel/styles.css';
 *
 * <form method="post">
 *   <Wheel name="hjul" audience="child-8-12" childName="Sam" required />
 *   <button type="submit">Skicka</button>
 * </form>;
 *
 * // Controlled, with the guardians' view drawn over the child's:
 * <Wheel value={child} onChange={setChild} series={[{ label: 'Vårdnadshavare', assessment: guardian }]} />;
 * ```
 */
export function Wheel(props: WheelProps) {
  const {
    value,
    defaultValue,
    onChange,
    content,
    scale: scaleProp = 'agree-5',
    audience = 'child-8-12',
    locale: localeProp = 'sv',
    messages: messagesProp,
    name,
    readOnly = false,
    disabled = false,
    required = false,
    childName,
    perspective,
    showArenas = false,
    series,
    hiddenSeries = EMPTY,
    viewer,
    ownSeries,
    allowVisibilityChoice = false,
    showHopes = true,
    className,
    id,
  } = props;
  const locale: UiLocale = localeProp === 'en' ? 'en' : 'sv';
  const prefersReducedMotion = usePrefersReducedMotion();
  // Server HTML (and its hydration) draws the fills still: the animation is a lazy chunk, which
  // `renderToString` cannot wait for. Motion starts once the page is interactive.
  const serverRender = useServerRender();
  const motion = props.animate !== false && !prefersReducedMotion && !serverRender;
  const rawUid = useId();
  const uid = `bb${rawUid.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const detachedFormId = `${uid}-no-form`;

  const messages = useMemo(
    () => mergeMessages(wheelMessages[locale], messagesProp),
    [locale, messagesProp],
  );
  const { pack, problems: contentProblems } = useMemo(
    () => resolveContent(content, locale),
    [content, locale],
  );
  const lang = contentLanguage(pack, locale);
  const contentLang = lang === locale ? undefined : lang;
  const texts = useMemo(() => packTexts(pack, lang), [pack, lang]);
  const areas = useMemo(() => areaViews(pack, lang, audience), [pack, lang, audience]);

  // State: controlled through `value`, else our own, starting from `defaultValue`.
  const controlled = value !== undefined;
  const checkedValue = useMemo(() => checkValue(value, pack, locale), [value, pack, locale]);
  const checkedDefault = useMemo(
    () => checkValue(defaultValue, pack, locale),
    [defaultValue, pack, locale],
  );
  const newPerspective = perspective ?? perspectiveFor(audience);
  const [initial] = useState(
    () => checkedDefault.assessment ?? emptyAssessment(pack, scaleProp, newPerspective),
  );
  const [inner, setInner] = useState<Assessment>(initial);
  // A controlled value that cannot be read is shown as empty (the problems are listed).
  const [emptyForInvalid] = useState(() => emptyAssessment(pack, scaleProp, newPerspective));
  const current: Assessment = controlled ? (checkedValue.assessment ?? emptyForInvalid) : inner;

  // A host switching scale on an untouched, uncontrolled wheel gets a fresh assessment on that scale.
  useEffect(() => {
    if (
      !controlled &&
      defaultValue === undefined &&
      inner.scale !== scaleProp &&
      Object.keys(inner.areas).length === 0
    ) {
      setInner((a) => ({ ...a, scale: scaleProp }));
    }
  }, [controlled, defaultValue, inner, scaleProp]);

  const scale = useMemo(() => scaleFor(current.scale), [current.scale]);
  const discussionOnly = scale.steps === 0;
  const useRange = scale.steps > MAX_RADIO_STEPS;
  const levels = discussionOnly ? 1 : scale.steps;

  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const commit = useCallback(
    (next: Assessment) => {
      currentRef.current = next;
      if (!controlled) setInner(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  const patchArea = useCallback(
    (areaId: string, patch: Partial<AreaAssessment>) =>
      commit(setAreaAssessment(currentRef.current, areaId, patch)),
    [commit],
  );
  const setHopes = (patch: { text?: string; visibility?: Visibility }) => {
    const prev = currentRef.current.hopes;
    const text = patch.text ?? prev?.text ?? '';
    const vis = patch.visibility ?? prev?.visibility;
    const next: Assessment = { ...currentRef.current, updatedAt: new Date().toISOString() };
    if (text === '' && !vis) delete next.hopes;
    else next.hopes = vis ? { text, visibility: vis } : { text };
    commit(next);
  };

  // Native inputs, by `${areaId}:${key}`, to hand them pointer clicks and re-sync them after a reset.
  const inputs = useRef(new Map<string, HTMLInputElement | HTMLTextAreaElement>());
  const register = useCallback((key: string, el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (el) inputs.current.set(key, el);
    else inputs.current.delete(key);
  }, []);

  // Layout: measured width → wheel or list; direction from the page.
  const rootRef = useRef<HTMLDivElement>(null);
  const measured = useContainerWidth(rootRef, 640);
  const width = measured ?? 640;
  // In the browser the wheel first commits an empty frame, measures it and then renders once at the
  // right size, before the first paint. Rendering everything at a guessed size first meant laying
  // out and drawing the whole wheel twice (the larger part of mounting a class overview of 100
  // wheels). Server HTML (and its hydration) renders at the guessed size.
  const pending = measured === null && !serverRender;
  const hasArenas = showArenas && (pack.arenas?.length ?? 0) > 0;
  const layout = chooseLayout(width, areas.length, levels, hasArenas);
  const dims = useMemo(() => wheelDims(layout.size, hasArenas), [layout.size, hasArenas]);
  // Read after every render, since a host may flip `dir` on any ancestor at any time. Setting the
  // same value again makes React bail out, so this cannot loop.
  const [rtl, setRtl] = useState(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useClientLayoutEffect(() => {
    const el = rootRef.current;
    if (el) setRtl(getComputedStyle(el).direction === 'rtl');
  });

  // Focus ring on the drawing follows keyboard focus in the inputs.
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const onFocusLevel = useCallback((areaIndex: number, level: number | null, visible: boolean) => {
    setFocus(level === null || !visible ? null : { areaIndex, level });
  }, []);

  // Required: errors show after the first submit attempt (the browser fires `invalid`).
  const [showErrors, setShowErrors] = useState(false);
  const interactive = !readOnly && !disabled;
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onInvalid = () => setShowErrors(true);
    root.addEventListener('invalid', onInvalid, true);
    return () => root.removeEventListener('invalid', onInvalid, true);
  }, []);

  // Custom validity in our words (the browser's bubble then speaks the wheel's language).
  useClientLayoutEffect(() => {
    for (const area of areas) {
      const answered = current.areas[area.id]?.answer !== undefined;
      const message =
        required && interactive && !discussionOnly && !answered && name
          ? formatMessage(messages.requiredArea, {
              area: area.name,
              dontKnow: messages.dontKnow,
              declined: messages.declined,
            })
          : '';
      const keys = useRange
        ? ['range']
        : [
            ...Array.from({ length: scale.steps }, (_, k) => String(k + 1)),
            'dont-know',
            'declined',
          ];
      for (const key of keys) {
        const el = inputs.current.get(`${area.id}:${key}`);
        if (el && el.validationMessage !== message) el.setCustomValidity(message);
      }
    }
  });

  // Form reset: the browser resets the inputs to their defaults after the `reset` event; we then
  // return to the starting assessment and make every input show it.
  const resetTo = useRef<Assessment>(controlled ? current : initial);
  const syncInputs = useCallback(() => {
    const a = currentRef.current;
    for (const [key, el] of inputs.current) {
      if (key === 'hopes') {
        (el as HTMLTextAreaElement).value = a.hopes?.text ?? '';
        continue;
      }
      if (key.startsWith('hopes-visibility:')) {
        (el as HTMLInputElement).checked = (a.hopes?.visibility ?? 'meeting') === key.slice(17);
        continue;
      }
      const sep = key.lastIndexOf(':');
      const areaId = key.slice(0, sep);
      const k = key.slice(sep + 1);
      const area = a.areas[areaId];
      if (k === 'note') (el as HTMLTextAreaElement).value = area?.note ?? '';
      else if (k === 'talked') (el as HTMLInputElement).checked = area?.talkedAbout === true;
      else if (k === 'range') {
        const ans = area?.answer;
        (el as HTMLInputElement).value = String(
          ans?.kind === 'value' ? ans.value : Math.ceil(scale.steps / 2),
        );
      } else (el as HTMLInputElement).checked = encodeAnswer(area?.answer) === k;
    }
  }, [scale.steps]);
  useEffect(() => {
    const form = rootRef.current?.closest('form');
    if (!form) return;
    const onReset = () => {
      // After the browser's own reset, which runs right after this event.
      setTimeout(() => {
        flushSync(() => {
          setShowErrors(false);
          if (controlled) onChangeRef.current?.(resetTo.current);
          else setInner(resetTo.current);
        });
        syncInputs();
      }, 0);
    };
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [controlled, syncInputs]);

  // Pointer on a ring cell → the matching native input is checked and focused.
  const areasRef = useRef(areas);
  areasRef.current = areas;
  const onCellClick = useCallback(
    (areaIndex: number, level: number) => {
      const area = areasRef.current[areaIndex];
      if (!area) return;
      const get = (k: string) =>
        inputs.current.get(`${area.id}:${k}`) as HTMLInputElement | undefined;
      let el: HTMLInputElement | undefined;
      if (discussionOnly) {
        el = get('talked');
        el?.click();
      } else if (useRange) {
        patchArea(area.id, { answer: { kind: 'value', value: level } });
        el = get('range');
      } else {
        el = get(String(level));
        if (el && !el.checked) el.click();
      }
      el?.focus({ preventScroll: true });
    },
    [discussionOnly, useRange, patchArea],
  );

  // Series: named and styled as in the legend; hidden ones left out; redacted for the viewer.
  const drawnSeries: DrawnSeries[] = useMemo(() => {
    if (!series || series.length === 0) return [];
    // Keys and styles as the legend settles them; the drawing never names a series.
    return keySeries(series)
      .filter((s) => s.assessment !== undefined && !hiddenSeries.includes(s.id))
      .map((s) => ({
        id: s.id,
        style: s.style,
        assessment: redact({ id: s.id, assessment: s.assessment! }, viewer, ownSeries).assessment,
      }));
  }, [series, hiddenSeries, viewer, ownSeries]);

  const drawStates: AreaDrawState[] = areas.map((area) => {
    const data = current.areas[area.id];
    const answer = data?.answer;
    const state = answerState(answer);
    return {
      state,
      level: answer?.kind === 'value' ? answer.value : 0,
      valueText: discussionOnly
        ? data?.talkedAbout
          ? messages.talkedAboutShort
          : ''
        : answer
          ? answerText(answer, scale, locale, messages)
          : '',
      talkedAbout: data?.talkedAbout === true,
      invalid: showErrors && required && !discussionOnly && !answer,
    };
  });

  const centreLabel =
    childName?.trim() ||
    (current.child && !current.child.protectedIdentity ? current.child.name?.trim() : undefined) ||
    texts.centre;
  const arenaNames = hasArenas
    ? (pack.arenas ?? []).map((a) => a.texts[lang]?.name ?? Object.values(a.texts)[0]?.name ?? a.id)
    : [];
  const problems = [
    ...(contentProblems.length
      ? [
          {
            title: messages.contentErrorTitle,
            intro: messages.contentErrorIntro,
            items: contentProblems,
          },
        ]
      : []),
    ...(checkedValue.problems.length || checkedDefault.problems.length
      ? [
          {
            title: messages.valueErrorTitle,
            intro: messages.valueErrorIntro,
            items: controlled ? checkedValue.problems : checkedDefault.problems,
          },
        ]
      : []),
  ].filter((p) => p.items.length > 0);

  const hopesText = current.hopes?.text ?? '';
  // The hopes' part of the form contract (core's wheelFormFields) that the textarea and the
  // visibility radios do not submit themselves (the visibility when the radios are not shown).
  const hopesHidden =
    name && showHopes
      ? wheelFormFields(name, { ...current, areas: {} }, [], { allowVisibilityChoice }).filter(
          ([key]) => key !== wheelFieldName(name, null) && !(allowVisibilityChoice && !readOnly),
        )
      : [];
  const hopesId = `${uid}-hopes`;
  const hopesRef = useCallback(
    (el: HTMLTextAreaElement | null) => register('hopes', el),
    [register],
  );

  return (
    <div
      ref={rootRef}
      id={id}
      className={className ? `bb-wheel ${className}` : 'bb-wheel'}
      lang={locale}
      data-layout={layout.layout}
      data-columns={layout.columns}
      data-scale={scale.id}
      data-motion={motion ? 'on' : 'off'}
      data-readonly={readOnly ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
      style={{ '--bb-wheel-size': `${layout.size}px` } as CSSProperties}
    >
      {pending ? null : (
        <fieldset className="bb-wheel__group" disabled={disabled}>
          <legend className="bb-wheel-visually-hidden">{texts.title || messages.wheelLabel}</legend>
          {problems.map((p) => (
            <div key={p.title} className="bb-wheel__problem">
              <p className="bb-wheel__problem-title">{p.title}</p>
              <p>{p.intro}</p>
              <ul>
                {p.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
          <div className="bb-wheel__body">
            <div className="bb-wheel__stage">
              <WheelDrawing
                uid={uid}
                areas={areas}
                states={drawStates}
                dims={dims}
                levels={levels}
                faces={scale.id === 'faces-3'}
                discussionOnly={discussionOnly}
                centreLabel={centreLabel}
                arenas={arenaNames}
                series={drawnSeries}
                direction={rtl ? 'counterclockwise' : 'clockwise'}
                focus={focus}
                interactive={interactive && layout.layout === 'wheel'}
                animate={motion}
                onCellClick={onCellClick}
              />
            </div>
            <div className="bb-wheel__areas">
              {areas.map((area) => (
                <WheelArea
                  key={area.id}
                  area={area}
                  contentLang={contentLang}
                  uid={uid}
                  name={name}
                  detachedFormId={detachedFormId}
                  scale={scale}
                  discussionOnly={discussionOnly}
                  data={current.areas[area.id]}
                  readOnly={readOnly}
                  required={required}
                  showError={showErrors}
                  allowVisibilityChoice={allowVisibilityChoice}
                  locale={locale}
                  messages={messages}
                  onPatch={patchArea}
                  onFocusLevel={onFocusLevel}
                  register={register}
                />
              ))}
            </div>
          </div>
          {showHopes ? (
            <div className="bb-wheel__hopes">
              <label className="bb-wheel-field__label" htmlFor={hopesId} lang={contentLang}>
                {texts.closingQuestion}
              </label>
              <textarea
                id={hopesId}
                className="bb-wheel-textarea"
                name={name ? wheelFieldName(name, null) : undefined}
                rows={3}
                value={hopesText}
                readOnly={readOnly}
                ref={hopesRef}
                onChange={(e) => setHopes({ text: e.currentTarget.value })}
              />
              {allowVisibilityChoice && !readOnly ? (
                <fieldset className="bb-wheel__hopes-visibility">
                  <legend className="bb-wheel-field__label">
                    {messages.hopesVisibilityLegend}
                  </legend>
                  <div className="bb-wheel-visibility">
                    {VISIBILITIES.map((v) => (
                      <label key={v} className="bb-wheel-choice bb-wheel-choice--plain">
                        <input
                          type="radio"
                          name={
                            name
                              ? wheelFieldName(name, null, 'visibility')
                              : `${uid}-hopes-visibility`
                          }
                          form={name ? undefined : detachedFormId}
                          value={v}
                          checked={(current.hopes?.visibility ?? 'meeting') === v}
                          ref={(el) => register(`hopes-visibility:${v}`, el)}
                          onChange={() => setHopes({ visibility: v })}
                        />
                        <span className="bb-wheel-choice__text">
                          {visibilityLabel(v, messages)}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              {hopesHidden.map(([key, value]) => (
                <input key={key} type="hidden" name={key} value={value} />
              ))}
            </div>
          ) : null}
        </fieldset>
      )}
    </div>
  );
}
