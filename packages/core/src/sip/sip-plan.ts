import { newId } from '../assessment/assessment.ts';
import type { ContentPack } from '../content/types.ts';
import { formatMessage } from '../i18n/messages.ts';
import { filled, isObj, items } from '../validation/guards.ts';
import type { IssuePath } from '../validation/types.ts';
import { SIP_PLAN_SCHEMA_VERSION } from '../versioning/migrations.ts';
import {
  SIP_PLAN_TYPE,
  type CheckLegalElementsOptions,
  type LegalElement,
  type SipAction,
  type SipPlan,
} from './types.ts';

/**
 * The legal basis a new plan shows unless the host (or the plan) configures another: the
 * socialtjänstlag in force since 1 July 2025, SFS 2025:400 (prop. 2024/25:89), and the health and
 * medical services act, HSL (2017:30) 16 kap. 4 §. The chapter and paragraph of the new act's
 * provision on the individual plan could not be checked against the statute text when this was
 * written, so the act is cited without them; a host that has checked can pass the full citation
 * as `legalReference`. See docs/data-format.md, "Legal reference".
 *
 * @example
 * createSipPlan({ pack: defaultPack }).legalReference === DEFAULT_LEGAL_REFERENCE; // true
 */
export const DEFAULT_LEGAL_REFERENCE = 'Socialtjänstlag (2025:400), HSL (2017:30) 16 kap. 4 §';

/**
 * The reference plans were written under before 1 July 2025 (the 2001 act, SFS 2001:453, 2 kap.
 * 7 §). Plans that carry it keep it: nothing rewrites a saved plan's reference.
 *
 * @example
 * plan.legalReference === LEGAL_REFERENCE_SOL_2001; // a plan written under the old act
 */
export const LEGAL_REFERENCE_SOL_2001 = 'SoL 2 kap. 7 §, HSL 16 kap. 4 §';

/** What {@link createSipPlan} needs. */
export interface CreateSipPlanOptions {
  /** The pack whose areas organise the plan; only its `id` and `version` are stored. */
  pack: Pick<ContentPack, 'id' | 'version'>;
  /** Defaults to a random UUID. */
  id?: string;
  /** Defaults to the current time; pass a fixed date in tests. */
  now?: Date;
  /** Defaults to {@link DEFAULT_LEGAL_REFERENCE}; a host sets its own citation here. */
  legalReference?: string;
}

/**
 * A new, empty SIP plan: no participants, consents, goals, actions or disagreements yet.
 *
 * @example
 * const plan = createSipPlan({ pack: defaultPack, legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §' });
 */
export function createSipPlan(options: CreateSipPlanOptions): SipPlan {
  const time = (options.now ?? new Date()).toISOString();
  return {
    type: SIP_PLAN_TYPE,
    schemaVersion: SIP_PLAN_SCHEMA_VERSION,
    id: options.id ?? newId(),
    pack: { id: options.pack.id, version: options.pack.version },
    createdAt: time,
    updatedAt: time,
    legalReference: options.legalReference ?? DEFAULT_LEGAL_REFERENCE,
    participants: [],
    consents: [],
    situation: {},
    goals: [],
    actions: [],
    disagreements: [],
    followUps: [],
    revisions: [],
  };
}

/** One legal element a plan lacks, with the field a form should link to. */
export interface MissingLegalElement {
  element: LegalElement;
  /** Path of the field to fix, e.g. `['actions', 2, 'principal']`. */
  path: IssuePath;
  /** A sentence for the error summary, Swedish and English. */
  message: { sv: string; en: string; readonly [locale: string]: string | undefined };
}

/**
 * The legal-elements sentences for a form's error summary (Swedish, English). They have no path
 * prefix, unlike validation messages, and live here so the default entry does not carry them.
 */
const LEGAL_MESSAGES = {
  actions: ['Ange minst en insats.', 'Add at least one action.'],
  principal: [
    'Ange insatsens huvudman: kommun, region eller annan.',
    "State the action's principal: municipality, region or other.",
  ],
  organisation: [
    'Ange vilken organisation som ansvarar för insatsen.',
    'State which organisation is responsible for the action.',
  ],
  noPrincipal: [
    'Ange vilka insatser kommun och region ansvarar för.',
    'State which actions the municipality and the region are responsible for.',
  ],
  others: [
    'Ange insatser som andra utför, eller att inga andra har insatser.',
    'Add the actions others carry out, or state that there are none.',
  ],
  overallPrincipal: [
    'Välj huvudman med huvudansvar: kommun eller region.',
    'Choose the principal with overall responsibility: municipality or region.',
  ],
  overallPerson: ['Ange vem som har huvudansvaret.', 'State who has the overall responsibility.'],
  consentChild: [
    'Samtycke {n} är givet av barnet. Vårdnadshavarna måste också samtycka till att uppgifter delas med {organisations}.',
    'Consent {n} was given by the child. The guardians must also consent to sharing information with {organisations}.',
  ],
  consentChildAny: [
    'Samtycke {n} är givet av barnet. Vårdnadshavarna måste också ge sitt samtycke.',
    'Consent {n} was given by the child. The guardians must also give their consent.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const orgKey = (org: string) => org.trim().toLocaleLowerCase('sv');

/** "Skolan och BUP" / "Skolan and BUP". */
function listOf(names: string[], locale: 'sv' | 'en'): string {
  return new Intl.ListFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(
    names,
  );
}

const isPrincipal = (p: unknown) => p === 'kommun' || p === 'region';

/**
 * Lists what the plan lacks of the four elements the law requires (the individual plan provision of
 * the socialtjänstlag, 2 kap. 7 § in the 2001 act; HSL 16 kap. 4 §): (1) `actions`: at least one action that says what is done; (2) `principal-responsibility`:
 * every action not done by others names its principal (kommun or region) and organisation, and at
 * least one does; (3) `other-actors`: an action done by others, naming who, or the explicit
 * statement `noOtherActors: true`; (4) `overall-responsibility`: the principal (kommun or region)
 * with the overall responsibility, and a person or organisation for it. Actions whose `what` is
 * empty are treated as blank rows. First in the list, as in the plan: `consent`, each consent that
 * is not withdrawn and does not satisfy `options.consentPolicy` (see `ConsentPolicy`; by
 * default the guardians must consent too when the child has), at `['consents', i, 'givenBy']`.
 * An empty list means the plan may be completed.
 *
 * @example
 * const missing = checkLegalElements(plan, { consentPolicy: 'child-may-consent-alone' });
 * // [{ element: 'overall-responsibility', path: ['overallResponsibility', 'principal'], message: { sv: 'Välj vilken huvudman …', en: 'Choose which principal …' } }]
 */
export function checkLegalElements(
  plan: SipPlan,
  options?: CheckLegalElementsOptions,
): MissingLegalElement[] {
  const missing: MissingLegalElement[] = [];
  const add = (
    element: LegalElement,
    path: IssuePath,
    key: keyof typeof LEGAL_MESSAGES,
    values?: { sv: Record<string, string | number>; en: Record<string, string | number> },
  ) => {
    const [sv, en] = LEGAL_MESSAGES[key];
    missing.push({
      element,
      path,
      message: { sv: formatMessage(sv, values?.sv), en: formatMessage(en, values?.en) },
    });
  };

  // Anything but the explicit relaxed policy (a typo in a host's script too) gets the strict one.
  if (options?.consentPolicy !== 'child-may-consent-alone') checkGuardianConsent(plan, add);

  const actions: [SipAction, number][] = (Array.isArray(plan?.actions) ? plan.actions : [])
    .map((action, index): [SipAction, number] => [action, index])
    .filter(([action]) => filled(action?.what));
  if (!actions.length) add('actions', ['actions'], 'actions');

  let byPrincipals = 0;
  let unnamed = false;
  for (const [action, index] of actions) {
    if (action.principal === 'other') {
      if (!filled(action.organisation))
        add('other-actors', ['actions', index, 'organisation'], 'organisation');
    } else if (!isPrincipal(action.principal)) {
      unnamed = true;
      add('principal-responsibility', ['actions', index, 'principal'], 'principal');
    } else {
      byPrincipals++;
      if (!filled(action.organisation)) {
        add('principal-responsibility', ['actions', index, 'organisation'], 'organisation');
      }
    }
  }
  if (!byPrincipals && !unnamed) add('principal-responsibility', ['actions'], 'noPrincipal');
  if (plan?.noOtherActors !== true && !actions.some(([action]) => action.principal === 'other')) {
    add('other-actors', ['noOtherActors'], 'others');
  }

  const overall = plan?.overallResponsibility;
  if (!isPrincipal(overall?.principal)) {
    add('overall-responsibility', ['overallResponsibility', 'principal'], 'overallPrincipal');
  }
  if (!filled(overall?.person) && !filled(overall?.organisation)) {
    add('overall-responsibility', ['overallResponsibility', 'person'], 'overallPerson');
  }
  return missing;
}

/**
 * Under `guardians-must-consent`: every consent the child gave (not withdrawn) needs the guardians'
 * consent beside it, for each organisation it names (or any consent of theirs when it names none).
 */
function checkGuardianConsent(
  plan: SipPlan,
  add: (
    element: LegalElement,
    path: IssuePath,
    key: 'consentChild' | 'consentChildAny',
    values: { sv: Record<string, string | number>; en: Record<string, string | number> },
  ) => void,
) {
  const roles = new Map<unknown, unknown[]>();
  for (const p of items(plan?.participants)) if (isObj(p)) roles.set(p.id, items(p.roles));
  const consents = items(plan?.consents).map((c) => (isObj(c) ? c : {}));
  const active = (c: Record<string, unknown>) => !filled(c.withdrawnOn);
  const byGuardian = consents.filter(
    (c) => active(c) && (roles.get(c.givenBy) ?? []).includes('guardian'),
  );
  const covered = new Set(
    byGuardian.flatMap((c) => items(c.organisations).filter(filled).map(orgKey)),
  );
  consents.forEach((consent, index) => {
    const givenBy = roles.get(consent.givenBy) ?? [];
    if (!active(consent) || !givenBy.includes('child') || givenBy.includes('guardian')) return;
    const path = ['consents', index, 'givenBy'];
    const n = index + 1;
    const organisations = items(consent.organisations).filter(filled);
    if (organisations.length === 0) {
      if (byGuardian.length === 0)
        add('consent', path, 'consentChildAny', { sv: { n }, en: { n } });
      return;
    }
    const uncovered = [...new Map(organisations.map((o) => [orgKey(o), o.trim()])).entries()]
      .filter(([key]) => !covered.has(key))
      .map(([, name]) => name);
    if (uncovered.length === 0) return;
    add('consent', path, 'consentChild', {
      sv: { n, organisations: listOf(uncovered, 'sv') },
      en: { n, organisations: listOf(uncovered, 'en') },
    });
  });
}
