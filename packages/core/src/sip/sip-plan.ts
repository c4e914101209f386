import { newId } from '../assessment/assessment.ts';
import type { ContentPack } from '../content/types.ts';
import { filled } from '../validation/guards.ts';
import type { IssuePath } from '../validation/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import { SIP_PLAN_TYPE, type LegalElement, type SipAction, type SipPlan } from './types.ts';

/**
 * The legal basis a new plan shows unless the host configures another (SoL 2001:453, HSL).
 *
 * @example
 * createSipPlan({ pack: defaultPack }).legalReference === DEFAULT_LEGAL_REFERENCE; // true
 */
export const DEFAULT_LEGAL_REFERENCE = 'SoL 2 kap. 7 §, HSL 16 kap. 4 §';

/** What {@link createSipPlan} needs. */
export interface CreateSipPlanOptions {
  /** The pack whose areas organise the plan; only its `id` and `version` are stored. */
  pack: Pick<ContentPack, 'id' | 'version'>;
  /** Defaults to a random UUID. */
  id?: string;
  /** Defaults to the current time; pass a fixed date in tests. */
  now?: Date;
  /** Defaults to {@link DEFAULT_LEGAL_REFERENCE}; e.g. "Socialtjänstlagen (2025:400)" once in force. */
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
    schemaVersion: CURRENT_SCHEMA_VERSION,
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
  };
}

/** One legal element a plan lacks, with the field a form should link to. */
export interface MissingLegalElement {
  element: LegalElement;
  /** Path of the field to fix, e.g. `['actions', 2, 'principal']`. */
  path: IssuePath;
  /** A sentence for the error summary, Swedish and English. */
  message: { sv: string; en: string };
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
} as const satisfies Record<string, readonly [string, string]>;

const isPrincipal = (p: unknown) => p === 'kommun' || p === 'region';

/**
 * Lists what the plan lacks of the four elements the law requires (SoL 2 kap. 7 §, HSL 16 kap.
 * 4 §): (1) `actions`: at least one action that says what is done; (2) `principal-responsibility`:
 * every action not done by others names its principal (kommun or region) and organisation, and at
 * least one does; (3) `other-actors`: an action done by others, naming who, or the explicit
 * statement `noOtherActors: true`; (4) `overall-responsibility`: the principal (kommun or region)
 * with the overall responsibility, and a person or organisation for it. Actions whose `what` is
 * empty are treated as blank rows. An empty list means the plan may be completed.
 *
 * @example
 * const missing = checkLegalElements(plan);
 * // [{ element: 'overall-responsibility', path: ['overallResponsibility', 'principal'], message: { sv: 'Välj vilken huvudman …', en: 'Choose which principal …' } }]
 */
export function checkLegalElements(plan: SipPlan): MissingLegalElement[] {
  const missing: MissingLegalElement[] = [];
  const add = (element: LegalElement, path: IssuePath, key: keyof typeof LEGAL_MESSAGES) => {
    const [sv, en] = LEGAL_MESSAGES[key];
    missing.push({ element, path, message: { sv, en } });
  };

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
