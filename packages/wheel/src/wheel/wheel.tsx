import {
  getScale,
  packTexts,
  type Assessment,
  type Audience,
  type ContentOverride,
  type ContentPack,
  type Perspective,
  type Scale,
  type ScaleId,
  type UiLocale,
  type Visibility,
} from '@barnets-basta/core';
import { maySee, type Viewer } from '@barnets-basta/core/privacy';
import { useCallback, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { WheelMessages } from '../i18n/messages.ts';
import { useWheelLanguage } from '../i18n/use-wheel-language.ts';
import { useClientLayoutEffect } from '../internal/use-client-layout-effect.ts';
import { useSafeId } from '../internal/safe-id.ts';
import type { WheelSeries } from '../views/shared/series.ts';
import type { SeriesInput } from './series-layer.tsx';
import { cellInput, chooseThroughInput } from './cell-input.ts';
import { useInputRegistry, type InputRegistry } from './input-registry.ts';
import { chooseLayout, useContainerWidth, useServerRender, wheelDims } from './layout.ts';
import { usePrefersReducedMotion } from './use-reduced-motion.ts';
import { useNativeInputs } from './use-native-inputs.ts';
import { useWheelState } from './use-wheel-state.ts';
import {
  areaViews,
  perspectiveFor,
  answerState,
  answerText,
  scaleFor,
  type AreaView,
} from './model.ts';
import { WheelArea } from './wheel-area.tsx';
import { createFocusStore } from './focus-store.ts';
import { WheelDrawing, type AreaDrawState } from './wheel-drawing.tsx';
import { WheelHopes } from './wheel-hopes.tsx';
import { WheelProblems, wheelProblems } from './wheel-problems.tsx';

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
   * nothing submits. Only what `formReceiver` may see is submitted (core's `wheelFormFields`).
   */
  name?: string;
  /**
   * Who receives the form post. Default `'meeting'`: an area or the hopes the child marked "Bara
   * jag" (`respondent`) or "Bara min kontaktperson" (`contact-person`) send nothing at all (not
   * the answer, the note, the visibility or "talked about"), so a host's form cannot pass on the
   * child's private answers by accident. Ask for more only where the receiver is entitled to it,
   * as a deliberate choice: `'respondent'` when the form goes back to the child's own store (a
   * draft the child returns to), `'contact-person'` when it goes to the contact person alone.
   * The fields are exactly core's `wheelFormFields(name, value, areaIds, { receiver })`.
   */
  formReceiver?: Viewer;
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
    formReceiver = 'meeting',
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
  const prefersReducedMotion = usePrefersReducedMotion();
  // Server HTML (and its hydration) draws the fills still: the animation is a lazy chunk, which
  // `renderToString` cannot wait for. Motion starts once the page is interactive.
  const serverRender = useServerRender();
  const motion = props.animate !== false && !prefersReducedMotion && !serverRender;
  const uid = useSafeId('bb');
  const detachedFormId = `${uid}-no-form`;

  // Languages: the UI catalogue (shipped, or added as data), the pack (or its problems) with its
  // texts in the content language, and the root's `lang` and `dir`.
  const {
    locale,
    uiLang,
    dir,
    messages,
    pack,
    problems: contentProblems,
    lang,
    contentLang,
  } = useWheelLanguage(localeProp, messagesProp, content);
  const texts = useMemo(() => packTexts(pack, lang), [pack, lang]);
  const areas = useMemo(() => areaViews(pack, lang, audience), [pack, lang, audience]);

  // State: controlled through `value`, else our own, starting from `defaultValue`.
  const state = useWheelState({
    value,
    defaultValue,
    onChange,
    pack,
    locale,
    scale: scaleProp,
    perspective: perspective ?? perspectiveFor(audience),
  });
  const { current, controlled, patchArea } = state;
  const scale = useMemo(() => scaleFor(current.scale), [current.scale]);
  const discussionOnly = scale.steps === 0;
  const levels = discussionOnly ? 1 : scale.steps;
  const interactive = !readOnly && !disabled;

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
  const rtl = useRtl(rootRef);

  // Native inputs: reached by typed keys, kept valid in our words and true after a form reset.
  const inputs = useInputRegistry();
  const { commit, setOwn } = state;
  const onReset = useCallback(
    (to: Assessment) => (controlled ? commit(to) : setOwn(to)),
    [controlled, commit, setOwn],
  );
  const { showErrors } = useNativeInputs({
    rootRef,
    inputs,
    areas,
    current,
    latest: state.latest,
    scale,
    messages,
    validates: required && interactive && Boolean(name),
    resetTo: state.resetTo,
    onReset,
  });

  // Focus ring on the drawing follows keyboard focus in the inputs, through a store of its own:
  // a focus move re-renders the ring, not the wheel.
  const [focus] = useState(createFocusStore);
  const onFocusLevel = useCallback(
    (areaIndex: number, level: number | null, visible: boolean) => {
      focus.set(level === null || !visible ? null : { areaIndex, level });
    },
    [focus],
  );

  const onCellClick = useCellClick(areas, inputs, scale.steps);

  // Series: named and styled as in the legend, hidden ones left out and redacted for the viewer,
  // by a lazy layer of the drawing (only a wheel given series loads it).
  const drawnSeries: SeriesInput | undefined = useMemo(
    () =>
      series && series.length > 0
        ? {
            series,
            hidden: hiddenSeries,
            viewer,
            own: ownSeries,
            maySee,
            stepsOf: (id: ScaleId) => getScale(id).steps,
          }
        : undefined,
    [series, hiddenSeries, viewer, ownSeries],
  );

  const drawStates = useMemo(
    () => drawStatesOf(areas, current, scale, locale, messages, showErrors && required),
    [areas, current, scale, locale, messages, showErrors, required],
  );

  // Protected identity (skyddad identitet) beats every name: neither the host's `childName` nor a
  // name in the data reaches the screen, and so neither reaches an SVG or PNG export of it.
  const protectedIdentity = current.child?.protectedIdentity === true;
  const centreLabel =
    (protectedIdentity ? undefined : childName?.trim() || current.child?.name?.trim()) ||
    texts.centre;
  const arenaNames = hasArenas
    ? (pack.arenas ?? []).map((a) => a.texts[lang]?.name ?? Object.values(a.texts)[0]?.name ?? a.id)
    : [];
  const problems = wheelProblems(
    messages,
    contentProblems,
    state.checkedValue,
    state.checkedDefault,
    controlled,
  );

  return (
    <div
      ref={rootRef}
      id={id}
      className={className ? `bb-wheel ${className}` : 'bb-wheel'}
      lang={uiLang}
      dir={dir}
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
          <WheelProblems problems={problems} />
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
                  formReceiver={formReceiver}
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
                  register={inputs.register}
                />
              ))}
            </div>
          </div>
          {showHopes ? (
            <WheelHopes
              hopes={current.hopes}
              question={texts.closingQuestion}
              contentLang={contentLang}
              uid={uid}
              name={name}
              formReceiver={formReceiver}
              detachedFormId={detachedFormId}
              readOnly={readOnly}
              allowVisibilityChoice={allowVisibilityChoice}
              messages={messages}
              register={inputs.register}
              onHopes={state.setHopes}
            />
          ) : null}
        </fieldset>
      )}
    </div>
  );
}

/**
 * The direction of the wheel's container. Read once when the wheel mounts (on its first, empty
 * frame, where style is cheap) and again whenever a `dir` attribute changes anywhere in the
 * document, since a host may flip `dir` on any ancestor at any time. It used to be read after
 * every render: `getComputedStyle` right after a commit forced a synchronous style recalculation
 * of the freshly rendered wheel (the largest single item in a profile of 100 wheels mounting,
 * docs/performance.md).
 */
function useRtl(rootRef: RefObject<HTMLElement | null>): boolean {
  const [rtl, setRtl] = useState(false);
  useClientLayoutEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const read = () => setRtl(getComputedStyle(el).direction === 'rtl');
    read();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(read);
    observer.observe(el.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['dir'],
      subtree: true,
    });
    return () => observer.disconnect();
  }, [rootRef]);
  return rtl;
}

/**
 * Pointer on a ring cell → the one pointer path for every scale ({@link chooseThroughInput}): the
 * cell's native input (step radio, 1–10 range or "talked about" checkbox) is acted on as a click
 * on it would, and its own change handler records the answer. Stable while the scale stays.
 */
function useCellClick(areas: readonly AreaView[], inputs: InputRegistry, steps: number) {
  const areasRef = useRef(areas);
  areasRef.current = areas;
  return useCallback(
    (areaIndex: number, level: number) => {
      const area = areasRef.current[areaIndex];
      const target = area ? cellInput(inputs, area.id, level, steps) : undefined;
      if (target) chooseThroughInput(target.el, target.level);
    },
    [inputs, steps],
  );
}

/** What the drawing shows per area, in area order. */
function drawStatesOf(
  areas: readonly AreaView[],
  current: Assessment,
  scale: Scale,
  locale: UiLocale,
  messages: WheelMessages,
  showRequired: boolean,
): AreaDrawState[] {
  const discussionOnly = scale.steps === 0;
  return areas.map((area) => {
    const data = current.areas[area.id];
    const answer = data?.answer;
    return {
      state: answerState(answer),
      level: answer?.kind === 'value' ? answer.value : 0,
      valueText: discussionOnly
        ? data?.talkedAbout
          ? messages.talkedAboutShort
          : ''
        : answer
          ? answerText(answer, scale, locale, messages)
          : '',
      talkedAbout: data?.talkedAbout === true,
      invalid: showRequired && !discussionOnly && !answer,
    };
  });
}
