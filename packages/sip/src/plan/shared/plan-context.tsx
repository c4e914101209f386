import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  defaultPack,
  mergeMessages,
  type ContentPack,
  type IssuePath,
  type SipPlan,
  type UiLocale,
  type ValidationIssue,
} from '@barnets-basta/core';
import { createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import { useSafeId } from '@barnets-basta/wheel/internal';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { rootOf, type IdRoot } from '../../form/internal/dom-root.ts';
import { planCatalogue, viewLocale } from '../../i18n/language.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { DEFAULT_ID_PREFIX, errorsByField, planFieldId, planFieldName } from './plan-paths.ts';

export { errorsByField } from './plan-paths.ts';
import {
  enforceProtectedIdentity,
  formatDate,
  makeRedactor,
  normalisePlan,
  planDate,
} from './plan-utils.ts';

/** Props every plan view shares (the read-only views and the form). */
export interface PlanViewProps {
  /** The plan. Validated with `parseSipPlan`; problems are listed, never a crash. */
  value: SipPlan;
  /** Content pack for the areas. Default: `defaultPack` from `@barnets-basta/core`. */
  pack?: ContentPack;
  /** UI language. Default `'sv'`. */
  locale?: UiLocale;
  /** Partial override of the plan catalogue (`planMessages`). */
  messages?: Partial<PlanMessages>;
}

/**
 * Props of every editing component of the plan: `SipPlanForm`, `MeetingMode` and each section.
 * Each declares its own `headingLevel` on top.
 */
export interface PlanEditProps extends PlanViewProps {
  /** Called with the whole, changed plan on every edit (controlled component). */
  onChange: (plan: SipPlan) => void;
  /**
   * Prefix of every field id and name. Default `'sip'`: ids like `sip-actions-2-principal`,
   * names like `sip.actions.2.principal`. Change it when two plans share a page.
   */
  idPrefix?: string;
  /** Partial override of the form building blocks' catalogue ("Fel:", "Dag", ...). */
  formMessages?: Partial<FormMessages>;
  /**
   * What tells this plan apart from the others when a page holds more than one (e.g. "Alvas
   * plan"; pair it with its own `idPrefix`). Landmark names must be unique on a page: the plan
   * becomes a region with this name, and its other landmarks (sections on their own, the meeting
   * steps, the summaries) get it after their own name, for screen readers: "Inledning (Alvas plan)".
   */
  label?: string;
}

/** Props of every section of the plan form. */
export interface PlanSectionProps extends PlanEditProps {
  /** Level of the section's heading. Default 2. */
  headingLevel?: 2 | 3 | 4;
}

/** What the surrounding `SipPlanForm` shares with its sections. */
interface PlanFormContextValue {
  /** Error texts by field id, from the legal-elements check. */
  errors: ReadonlyMap<string, string>;
  /** Announces a message in the form's polite live region. */
  announce: (message: string) => void;
  /**
   * The plan as the form last received it. Sections skip re-rendering when the part of the plan
   * they show did not change, so an edit must start from this, not from a section's own copy.
   */
  latest: () => SipPlan;
}

const PlanFormContext = createContext<PlanFormContextValue | null>(null);

/** Internal: provided by `SipPlanForm` so its sections share one live region and the errors. */
export const PlanFormProvider = PlanFormContext.Provider;

/** Resolves the plan catalogue: shipped language, then the host's overrides. */
export function usePlanMessages(
  locale: UiLocale | undefined,
  messages: Partial<PlanMessages> | undefined,
) {
  const m = useMemo(() => mergeMessages(planCatalogue(locale), messages), [locale, messages]);
  return { locale: viewLocale(locale), m };
}

/**
 * Parses the plan a host passed and keeps the issues, so a component can list them. The
 * normalised plan is what the component renders and edits: nothing is lost.
 */
export function usePlanValue(value: unknown, pack: ContentPack, validate = true) {
  const plan = useMemo(() => normalisePlan(value, () => createSipPlan({ pack })), [value, pack]);
  const issues = useMemo<ValidationIssue[]>(() => {
    if (!validate) return [];
    const result = parseSipPlan(value, { pack });
    return result.ok ? [] : result.issues;
  }, [value, pack, validate]);
  return { plan, issues };
}

/**
 * What the read-only views (family plan, print plan) share: the catalogue, the parsed plan and its
 * issues, an id for the title (`${idPrefix}-...`), the redactor for free text and the plan's date.
 */
export function usePlanView(
  { value, pack, locale, messages }: PlanViewProps & { pack: ContentPack },
  idPrefix: string,
) {
  const { locale: lang, m } = usePlanMessages(locale, messages);
  const { plan, issues } = usePlanValue(value, pack);
  const titleId = useSafeId(idPrefix);
  const redact = makeRedactor(plan, m);
  const date = formatDate(planDate(plan), lang);
  return { locale: lang, m, plan, issues, titleId, redact, date };
}

/** A polite live region and the function that speaks into it. */
export function useAnnouncer(): [ReactNode, (message: string) => void] {
  const [state, setState] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setState((s) => ({ text, n: s.n + 1 })), []);
  // A no-break space toggled on repeat so the same message ("Insats 2 har tagits bort") is read
  // again when it recurs.
  const node = (
    <div className="bb-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {state.text ? state.text + (state.n % 2 ? '\u00a0' : '') : ''}
    </div>
  );
  return [node, announce];
}

/** Gives the document or shadow root the plan is rendered in (see {@link usePlanRoot}). */
type GetRoot = () => IdRoot | undefined;

const PlanRootContext = createContext<GetRoot>(() => rootOf(null));

/**
 * Internal: provided by `SipPlanForm` and by each section, from a node they render, so that the
 * parts below find their fields by id in the root they are in, also inside a shadow root.
 */
export const PlanRootProvider = PlanRootContext.Provider;

/**
 * A stable function that gives the document or shadow root holding `node` once it is mounted.
 * Call it in effects and event handlers, not during the first render (nothing is mounted yet).
 */
export function useRootOf(node: RefObject<Element | null>): GetRoot {
  return useCallback(() => rootOf(node.current), [node]);
}

/** The root the surrounding plan (form or section) is rendered in, where its ids are looked up. */
export function usePlanRoot(): GetRoot {
  return useContext(PlanRootContext);
}

/**
 * Focus an element by id once it exists after the next render(s): after adding a row, its first
 * field only exists when the host has passed the new plan back down. The id is looked up in the
 * plan's own root (a shadow root in `<bb-sip-plan>`), never only in `document`: the surrounding
 * plan's, or `own` for a component that provides the plan's root itself.
 */
export function usePendingFocus(own?: GetRoot): (id: string) => void {
  const pending = useRef<string | null>(null);
  const fromContext = usePlanRoot();
  const getRoot = own ?? fromContext;
  useEffect(() => {
    if (!pending.current) return;
    const el = getRoot()?.getElementById(pending.current);
    if (el) {
      pending.current = null;
      el.focus();
    }
  });
  return useCallback(
    (id: string) => {
      pending.current = id;
      const el = getRoot()?.getElementById(id);
      // The element may already exist (focus to the add button): focus it now.
      if (el) {
        pending.current = null;
        el.focus();
      }
    },
    [getRoot],
  );
}

/** Everything a section needs from its props and the surrounding form. */
export function usePlanSection(props: PlanSectionProps) {
  const ctx = useContext(PlanFormContext);
  const { locale, m } = usePlanMessages(props.locale, props.messages);
  const pack = props.pack ?? defaultPack;
  // Inside a SipPlanForm the form validates once and lists the issues; a lone section does it itself.
  const { plan, issues } = usePlanValue(props.value, pack, !ctx);
  const prefix = props.idPrefix ?? DEFAULT_ID_PREFIX;
  const [ownRegion, ownAnnounce] = useAnnouncer();
  const { onChange } = props;

  const id = useCallback((...path: IssuePath) => planFieldId(prefix, path), [prefix]);
  const name = useCallback((...path: IssuePath) => planFieldName(prefix, path), [prefix]);
  // Stable across renders, so the section's memoised parts need not re-render on every keystroke;
  // an edit always starts from the latest plan.
  const latest = useRef({ plan, onChange });
  latest.current = { plan, onChange };
  // Every change made through the forms refreshes `updatedAt`, so a host (and a reader of the
  // exported file) can tell which copy of a plan is the newer one.
  const update = useCallback(
    (change: (plan: SipPlan) => SipPlan) =>
      latest.current.onChange(
        enforceProtectedIdentity({
          ...change(ctx ? ctx.latest() : latest.current.plan),
          updatedAt: new Date().toISOString(),
        }),
      ),
    [ctx],
  );
  // A lone section shows the problems in its data at the fields, as the form does for its sections.
  const ownErrors = useMemo(
    () => (ctx ? null : errorsByField(issues, prefix, locale)),
    [ctx, issues, prefix, locale],
  );
  const errorFor = useCallback(
    (...path: IssuePath) => (ctx ? ctx.errors : ownErrors)?.get(planFieldId(prefix, path)),
    [ctx, ownErrors, prefix],
  );
  return {
    plan,
    /** Parse issues of the plan: shown by a standalone section, by the form otherwise. */
    issues,
    locale,
    m,
    pack,
    prefix,
    id,
    name,
    update,
    errorFor,
    announce: ctx?.announce ?? ownAnnounce,
    /** The section's own live region: rendered only when no form provides one. */
    liveRegion: ctx ? null : ownRegion,
    headingLevel: props.headingLevel ?? 2,
    formMessages: props.formMessages,
    label: props.label,
    /** True for a section on its own (no `SipPlanForm` around it): it is then a named region. */
    standalone: !ctx,
  };
}
