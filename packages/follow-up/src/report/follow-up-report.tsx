import {
  areaTexts,
  defaultPack,
  formatMessage,
  type ContentPack,
  type PerspectiveKind,
} from '@barnets-basta/core';
import type { Period, UnitPath } from '@barnets-basta/core/follow-up';
import { packForLocale, shippedLocale } from '@barnets-basta/core/language';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { ChangeView } from '../change/change-view.tsx';
import { CompareView } from '../compare/compare-view.tsx';
import { DistributionView } from '../distribution/distribution-view.tsx';
import { FidelityView } from '../fidelity/fidelity-view.tsx';
import type { FollowUpMessages } from '../i18n/messages.ts';
import {
  changeForUnit,
  compareGroups,
  distributionForUnit,
  fidelityForUnit,
  periodsOf,
  perspectivesOf,
  unitKey,
  unitName,
} from '../model/from-published.ts';
import { checkTables } from './check-tables.ts';
import { catalogue, uiLocale, viewLanguage } from '../shared/messages.ts';
import type { CsvFlavour } from '../shared/csv.ts';
import type { HeadingLevel } from '../shared/view-frame.tsx';

/**
 * Props of {@link FollowUpReport}.
 *
 * @example
 * const props: FollowUpReportProps = { tables, unitNames: { kronoberg: 'Kronobergs län' } };
 */
export interface FollowUpReportProps {
  /** What core's `publish` returned (validated here: a wrong table shows its problems, never a wrong figure). */
  tables: unknown;
  /** The content pack the wheels used (area names and order). Default: core's `defaultPack`. */
  pack?: ContentPack;
  /** Display names of units by path key (`kronoberg/vaxjo`); otherwise the id is shown. */
  unitNames?: Readonly<Record<string, string>>;
  /** Names of the unit levels from the top; default Län, Kommun, Skola, Enhet. */
  levelNames?: readonly string[];
  locale?: string;
  messages?: Partial<FollowUpMessages>;
  /** Heading level of each view's title. Default 2. */
  headingLevel?: HeadingLevel;
  csvFlavour?: CsvFlavour;
  onDownload?: (file: { blob: Blob; filename: string; text: string }) => void;
  onPrint?: (element: HTMLElement) => void;
  /** Where to start: a unit path, period and perspective. */
  initial?: { unit?: UnitPath; period?: Period; perspective?: PerspectiveKind; area?: string };
  className?: string;
}

/**
 * The follow-up page in one component: choose level, unit, period and perspective (native
 * selects), then see the state per area, the change, units side by side and the fidelity
 * indicators, each with its table, CSV and print.
 *
 * @example
 * <FollowUpReport tables={publish(partial, { threshold: 5 })} unitNames={names} />
 */
export function FollowUpReport(props: FollowUpReportProps) {
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  // A language added as data brings its area names through core's registry.
  const pack = packForLocale(
    props.pack && Array.isArray(props.pack.areas) ? props.pack : defaultPack,
    props.locale,
  );
  const names = props.unitNames ?? {};
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const checked = useMemo(() => checkTables(props.tables), [props.tables]);
  const tables = checked.ok ? checked.tables : undefined;

  const periods = useMemo(() => (tables ? periodsOf(tables) : []), [tables]);
  const perspectives = useMemo(() => (tables ? perspectivesOf(tables) : []), [tables]);
  const units = useMemo(() => (tables ? tables.units.filter((u) => !u.direct) : []), [tables]);
  const depths = [...new Set(units.map((u) => u.depth))].sort((a, b) => a - b);
  const start = props.initial ?? {};
  const [level, setLevel] = useState(start.unit?.length ?? depths[0] ?? 1);
  const unitsAtLevel = units.filter((u) => u.depth === level);
  const [unitId, setUnitId] = useState(start.unit ? unitKey(start.unit) : '');
  const unit = unitsAtLevel.find((u) => unitKey(u.unit) === unitId) ?? unitsAtLevel[0];
  const [periodChoice, setPeriod] = useState(start.period ?? '');
  const period = periods.includes(periodChoice) ? periodChoice : (periods.at(-1) ?? '');
  const [perspectiveChoice, setPerspective] = useState<string>(start.perspective ?? 'child');
  const perspective = (
    perspectives.includes(perspectiveChoice as PerspectiveKind)
      ? perspectiveChoice
      : perspectives[0]
  ) as PerspectiveKind | undefined;
  const [areaChoice, setArea] = useState(start.area ?? pack.areas[0]?.id ?? '');
  const area = pack.areas.find((a) => a.id === areaChoice) ?? pack.areas[0];
  const [compareBy, setCompareBy] = useState<'period' | 'unit'>('period');

  if (!checked.ok) {
    return (
      <div
        className={['bb-fu-report', props.className].filter(Boolean).join(' ')}
        {...viewLanguage(props.locale)}
      >
        <div className="bb-fu-report__problems" role="alert">
          <p>{messages.invalidData}</p>
          <ul>
            {checked.problems.map((p, i) => (
              // Problems ship in Swedish and English; an added language shows Swedish.
              <li key={i}>{p[shippedLocale(locale)]}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }

  const levelNames = props.levelNames ?? [
    messages.levelCounty,
    messages.levelMunicipality,
    messages.levelSchool,
    messages.levelUnit,
  ];
  const levelName = (d: number) => levelNames[d - 1] ?? `${messages.level} ${d}`;
  const perspectiveName = (p: PerspectiveKind) => perspectiveLabel(p, messages);
  const periodName = (p: Period) => periodLabel(p, messages);
  const common = {
    locale,
    messages: props.messages,
    headingLevel: props.headingLevel,
    csvFlavour: props.csvFlavour,
    onDownload: props.onDownload,
    onPrint: props.onPrint,
    threshold: tables!.threshold,
  };
  const unitLabel = unit ? unitName(unit.unit, names) : '';
  const where = [
    unitLabel,
    period ? periodName(period) : '',
    perspective ? perspectiveName(perspective) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const lang = locale;
  // Units side by side: the chosen unit's sub-units, or its siblings at the deepest level.
  const childDepth = unit && depths.includes(unit.depth + 1) ? unit.depth + 1 : unit?.depth;
  const compareParent = unit
    ? childDepth === unit.depth + 1
      ? unit.unit
      : unit.unit.slice(0, -1)
    : undefined;
  const field = (id: string, label: string, control: ReactNode) => (
    <div className="bb-fu-report__field">
      <label htmlFor={`${uid}-${id}`}>{label}</label>
      {control}
    </div>
  );

  return (
    <div
      className={['bb-fu-report', props.className].filter(Boolean).join(' ')}
      {...viewLanguage(props.locale)}
    >
      <fieldset className="bb-fu-report__filters">
        <legend>{messages.filtersLegend}</legend>
        {field(
          'level',
          messages.level,
          <select
            id={`${uid}-level`}
            className="bb-fu-select"
            value={level}
            onChange={(e) => {
              setLevel(Number(e.target.value));
              setUnitId('');
            }}
          >
            {depths.map((d) => (
              <option key={d} value={d}>
                {levelName(d)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'unit',
          levelName(level),
          <select
            id={`${uid}-unit`}
            className="bb-fu-select"
            value={unit ? unitKey(unit.unit) : ''}
            onChange={(e) => setUnitId(e.target.value)}
          >
            {unitsAtLevel.map((u) => (
              <option key={unitKey(u.unit)} value={unitKey(u.unit)}>
                {unitName(u.unit, names)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'period',
          messages.period,
          <select
            id={`${uid}-period`}
            className="bb-fu-select"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {periodName(p)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'perspective',
          messages.perspective,
          <select
            id={`${uid}-perspective`}
            className="bb-fu-select"
            value={perspective ?? ''}
            onChange={(e) => setPerspective(e.target.value)}
          >
            {perspectives.map((p) => (
              <option key={p} value={p}>
                {perspectiveName(p)}
              </option>
            ))}
          </select>,
        )}
      </fieldset>
      <p className="bb-fu-report__note">
        {formatMessage(messages.thresholdNote, { threshold: tables!.threshold })}
      </p>
      {unit && perspective ? (
        <>
          <DistributionView
            {...common}
            title={`${messages.distributionTitle}: ${where}`}
            rows={distributionForUnit(
              tables!,
              { unit: unit.unit, period, perspective },
              pack,
              lang,
            )}
            scale={
              tables!.distribution.find((r) => r.perspective === perspective)?.scale ?? 'agree-5'
            }
          />
          <ChangeView
            {...common}
            title={`${messages.changeTitle}: ${[unitLabel, perspectiveName(perspective)].join(', ')}`}
            rows={changeForUnit(tables!, { unit: unit.unit, perspective }, pack, lang)}
          />
          <section className="bb-fu-report__compare" aria-labelledby={`${uid}-compare`}>
            <fieldset className="bb-fu-report__filters">
              <legend id={`${uid}-compare`}>{messages.compareTitle}</legend>
              {field(
                'area',
                messages.area,
                <select
                  id={`${uid}-area`}
                  className="bb-fu-select"
                  value={area?.id ?? ''}
                  onChange={(e) => setArea(e.target.value)}
                >
                  {pack.areas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {areaName(pack, a.id, lang)}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                'by',
                messages.compareBy,
                <select
                  id={`${uid}-by`}
                  className="bb-fu-select"
                  value={compareBy}
                  onChange={(e) => setCompareBy(e.target.value === 'unit' ? 'unit' : 'period')}
                >
                  <option value="period">{messages.comparePeriods}</option>
                  <option value="unit">{messages.compareUnits}</option>
                </select>,
              )}
            </fieldset>
            {area && childDepth ? (
              <CompareView
                {...common}
                headingLevel={Math.min(6, (props.headingLevel ?? 2) + 1) as HeadingLevel}
                areaName={areaName(pack, area.id, lang)}
                groups={compareGroups(
                  tables!,
                  {
                    area: area.id,
                    perspective,
                    depth: childDepth,
                    parent: compareParent,
                    by: compareBy,
                  },
                  names,
                  periodName,
                )}
                groupHeader={compareBy === 'period' ? messages.tablePeriod : levelName(childDepth)}
                rowHeader={compareBy === 'period' ? levelName(childDepth) : messages.tablePeriod}
                scale={
                  tables!.distribution.find((r) => r.perspective === perspective)?.scale ??
                  'agree-5'
                }
              />
            ) : null}
          </section>
          <FidelityView
            {...common}
            title={`${messages.fidelityTitle} ${[unitLabel, period ? periodName(period) : ''].filter(Boolean).join(', ')}`}
            rows={fidelityForUnit(tables!, { unit: unit.unit, period }, messages)}
          />
        </>
      ) : (
        <p className="bb-fu-view__empty">{messages.noData}</p>
      )}
    </div>
  );
}

function areaName(pack: ContentPack, id: string, lang: string) {
  return areaTexts(pack, id, lang).name;
}

/**
 * A perspective's name from the catalogue.
 *
 * @example
 * perspectiveLabel('guardian', followUpMessages.sv); // "Vårdnadshavare"
 */
export function perspectiveLabel(p: PerspectiveKind, m: FollowUpMessages): string {
  switch (p) {
    case 'child':
      return m.perspectiveChild;
    case 'guardian':
      return m.perspectiveGuardian;
    case 'school':
      return m.perspectiveSchool;
    case 'student-health':
      return m.perspectiveStudentHealth;
    case 'social-services':
      return m.perspectiveSocialServices;
    case 'health-care':
      return m.perspectiveHealthCare;
    default:
      return m.perspectiveOther;
  }
}

/**
 * A period in words: `2026-H1` → "VT 2026", `2026-H2` → "HT 2026"; others as they are.
 *
 * @example
 * periodLabel('2026-H2', followUpMessages.sv); // "HT 2026"
 */
export function periodLabel(period: Period, m: FollowUpMessages): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (!half) return period;
  return formatMessage(half[2] === '1' ? m.periodSpring : m.periodAutumn, { year: half[1]! });
}
