import { areaTexts } from '@barnets-basta/core';
import { Fieldset, Textarea } from '../../../form/index.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import { withOptional } from '../../shared/plan-section-api.ts';
import { SectionShell } from '../../shared/section-shell.tsx';
import { ActionsEditor } from './actions-editor.tsx';
import { GoalsEditor } from './goals-editor.tsx';

/** Props of {@link SipBehov}. */
export interface SipBehovProps extends PlanSectionProps {
  /** Ask for the needs in each wheel area (`situation[area].needs`). Default true. */
  showAreaNeeds?: boolean;
}

/**
 * Phase 3 of the meeting circle, Behov: the child's goals, short and long term, in the child's
 * own words; the needs in each wheel area; what the child and family do themselves; and the
 * actions (insatser): areas, what, responsible organisation and contact person, principal (kommun,
 * region or other), how often, start, end and follow-up. Rows are added and removed with buttons;
 * focus moves to the new row's first field, or after removal to the previous row or the add
 * button, and every change is announced politely.
 *
 * @example
 * ```tsx
 * <SipBehov value={plan} onChange={setPlan} />
 * ```
 */
export function SipBehov({ showAreaNeeds = true, ...props }: SipBehovProps) {
  const s = usePlanSection(props);
  const { plan, m, id, name, update, pack, locale, headingLevel } = s;

  return (
    <SectionShell phase="behov" section={s}>
      <GoalsEditor s={s} />

      {showAreaNeeds ? (
        <Fieldset
          id={id('needs')}
          legend={m.needsHeading}
          legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
          hint={m.needsHint}
          className="bb-plan-group"
        >
          {pack.areas.map((area) => (
            <Textarea
              key={area.id}
              id={id('situation', area.id, 'needs')}
              name={name('situation', area.id, 'needs')}
              label={areaTexts(pack, area, locale).name || area.id}
              rows={2}
              value={plan.situation[area.id]?.needs ?? ''}
              onChange={(v) =>
                update((p) => {
                  const areaSituation = withOptional({ ...p.situation[area.id] }, 'needs', v);
                  const situation = { ...p.situation };
                  if (Object.keys(areaSituation).length === 0) delete situation[area.id];
                  else situation[area.id] = areaSituation;
                  return { ...p, situation };
                })
              }
            />
          ))}
        </Fieldset>
      ) : null}

      <div className="bb-plan-group">
        <Textarea
          id={id('ownActions')}
          name={name('ownActions')}
          label={m.ownActionsLabel}
          rows={3}
          value={plan.ownActions ?? ''}
          onChange={(v) => update((p) => withOptional(p, 'ownActions', v))}
        />
      </div>

      <ActionsEditor s={s} />
    </SectionShell>
  );
}
