/**
 * The content guide's tables: every text of a content pack, shown from the pack itself, so the
 * Storybook page can never drift from what the components show.
 */
import {
  defaultPack,
  type AreaDefinition,
  type AreaTexts,
  type ContentPack,
} from '@barnets-basta/core';
import { contrastRatio } from '@barnets-basta/core/content';
import { useId, type CSSProperties, type ReactNode } from 'react';
import './docs.css';

/** Headings of the documentation helpers (Storybook pages are written in Swedish). */
const LABELS = {
  field: 'Fält',
  contrast: 'Kontrast mot vit text',
  passes: 'klarar AA för vanlig text (minst 4,5:1)',
  fails: 'klarar inte AA för vanlig text (under 4,5:1)',
  caption: (area: string) => `Alla texter för ${area}`,
  packCaption: (pack: string) => `Texter för hela hjulet (${pack})`,
  rows: {
    name: 'Namn',
    description: 'Beskrivning för yrkespersoner',
    young: 'Barn ca 4–7 år (lättläst, läses högt)',
    middle: 'Barn ca 8–12 år',
    teen: 'Ungdom ca 13–18 år',
    guardian: 'Vårdnadshavare',
    questions: 'Samtalsfrågor',
  },
  packRows: {
    title: 'Hjulets namn',
    centre: 'Mitten (när inget namn är valt)',
    closingQuestion: 'Avslutande fråga',
    arenas: 'Arenor (yttre ring)',
  },
  colourValue: 'Färg',
  id: 'Id (stabil nyckel)',
} as const;

type HeadingLevel = 2 | 3 | 4;

/** A language tag written as that language names itself ("svenska", "English"). */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** A contrast ratio written the Swedish way: "6,8:1". */
export function formatRatio(ratio: number): string {
  return `${new Intl.NumberFormat('sv', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio)}:1`;
}

function Heading({
  level,
  id,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className="bb-docs-heading sb-unstyled">
      {children}
    </Tag>
  );
}

/**
 * The area's colour with its name in white, as on the wheel, and the WCAG contrast ratio in words
 * (never colour alone).
 */
export function ColourSwatch({ area, lang }: { area: AreaDefinition; lang: string }) {
  const ratio = contrastRatio(area.color, '#ffffff');
  const passes = ratio >= 4.5;
  return (
    <div className="bb-docs-swatch-row">
      <span className="bb-docs-swatch" style={{ '--bb-docs-swatch': area.color } as CSSProperties}>
        <span lang={lang}>{area.texts[lang]?.name ?? area.id}</span>
      </span>
      <dl className="bb-docs-facts sb-unstyled">
        <div>
          <dt>{LABELS.id}</dt>
          <dd>
            <code>{area.id}</code>
          </dd>
        </div>
        <div>
          <dt>{LABELS.colourValue}</dt>
          <dd>
            <code>{area.color}</code>
          </dd>
        </div>
        <div>
          <dt>{LABELS.contrast}</dt>
          <dd data-contrast={ratio.toFixed(2)}>
            {formatRatio(ratio)}, {passes ? LABELS.passes : LABELS.fails}
          </dd>
        </div>
      </dl>
    </div>
  );
}

const ROWS = ['name', 'description', 'young', 'middle', 'teen', 'guardian', 'questions'] as const;
const FIELD: Record<(typeof ROWS)[number], string> = {
  name: 'name',
  description: 'description',
  young: 'child.young',
  middle: 'child.middle',
  teen: 'child.teen',
  guardian: 'guardian',
  questions: 'questions',
};

function cell(texts: AreaTexts | undefined, row: (typeof ROWS)[number]): ReactNode {
  if (!texts) return null;
  switch (row) {
    case 'name':
      return texts.name;
    case 'description':
      return texts.description;
    case 'young':
    case 'middle':
    case 'teen':
      return texts.child[row];
    case 'guardian':
      return texts.guardian;
    case 'questions':
      return (
        <ul className="bb-docs-list">
          {texts.questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      );
  }
}

/** Props of {@link AreaTextsTable}. */
export interface AreaTextsTableProps {
  /** The pack to show. Default: core's `defaultPack`. */
  pack?: ContentPack;
  /** Languages, one column each. Default: every language of the pack. */
  languages?: string[];
  /** Level of each area's heading, to fit the page's outline. Default 3. */
  headingLevel?: HeadingLevel;
}

/**
 * Every area of a pack, clockwise from 12 o'clock: its colour with the contrast ratio to white,
 * then one table with the name, the professionals' description, the child's statement in three
 * registers, the guardians' statement and the guiding questions, one column per language.
 *
 * @example
 * <AreaTextsTable pack={defaultPack} headingLevel={3} />
 */
export function AreaTextsTable({
  pack = defaultPack,
  languages,
  headingLevel = 3,
}: AreaTextsTableProps) {
  const langs = languages ?? pack.languages;
  const first = langs[0] ?? pack.languages[0] ?? 'sv';
  const uid = useId();
  return (
    <div className="bb-docs-areas">
      {pack.areas.map((area, index) => {
        const headingId = `${uid}-${area.id}`;
        const name = area.texts[first]?.name ?? area.id;
        return (
          <section
            key={area.id}
            className="bb-docs-area"
            aria-labelledby={headingId}
            data-area={area.id}
          >
            <Heading level={headingLevel} id={headingId}>
              {index + 1}. <span lang={first}>{name}</span>{' '}
              {langs.slice(1).map((l) => (
                <span key={l} className="bb-docs-muted" lang={l}>
                  / {area.texts[l]?.name}
                </span>
              ))}
            </Heading>
            <ColourSwatch area={area} lang={first} />
            <table className="bb-docs-table bb-docs-table--fixed">
              <caption>{LABELS.caption(name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{LABELS.field}</th>
                  {langs.map((l) => (
                    <th key={l} scope="col">
                      {languageName(l)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row} data-row={row}>
                    <th scope="row">
                      {LABELS.rows[row]} <code className="bb-docs-id">{FIELD[row]}</code>
                    </th>
                    {langs.map((l) => (
                      <td key={l} lang={l}>
                        {cell(area.texts[l], row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The pack-level texts: the wheel's title, the centre, the closing question and the arenas,
 * one column per language.
 *
 * @example
 * <PackTextsTable pack={defaultPack} />
 */
export function PackTextsTable({
  pack = defaultPack,
  languages,
}: Omit<AreaTextsTableProps, 'headingLevel'>) {
  const langs = languages ?? pack.languages;
  const rows = ['title', 'centre', 'closingQuestion', 'arenas'] as const;
  return (
    <table className="bb-docs-table">
      <caption>{LABELS.packCaption(pack.id)}</caption>
      <thead>
        <tr>
          <th scope="col">{LABELS.field}</th>
          {langs.map((l) => (
            <th key={l} scope="col">
              {languageName(l)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row} data-row={row}>
            <th scope="row">
              {LABELS.packRows[row]}{' '}
              <code className="bb-docs-id">
                {row === 'arenas' ? 'arenas[].texts' : `texts.${row}`}
              </code>
            </th>
            {langs.map((l) => (
              <td key={l} lang={l}>
                {row === 'arenas'
                  ? (pack.arenas ?? []).map((a) => a.texts[l]?.name ?? a.id).join(', ')
                  : pack.texts[l]?.[row]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
