/**
 * The wheel's keyboard contract, written once and shown on the Storybook page (Swedish) and in
 * docs/accessibility.md (English). docs-examples.test.tsx checks both copies against this list and
 * drives every row with the real keyboard.
 */
import './docs.css';

/** One row of the keyboard table. */
export interface KeyRow {
  id: string;
  keys: { sv: string; en: string };
  where: { sv: string; en: string };
  does: { sv: string; en: string };
}

/** The rows, in the order a person meets them. */
export const KEYBOARD: readonly KeyRow[] = [
  {
    id: 'tab',
    keys: { sv: 'Tab / Skift+Tab', en: 'Tab / Shift+Tab' },
    where: { sv: 'hela hjulet', en: 'the whole wheel' },
    does: {
      sv: 'Till nästa/föregående område och till dess knapp "Om …". Ett område är ett tabbstopp: i ett obesvarat område hamnar fokus på första steget utan att välja det, i ett besvarat på det valda svaret.',
      en: 'To the next/previous area and to its "About …" button. An area is one tab stop: in an unanswered area focus lands on the first step without choosing it, in an answered one on the chosen answer.',
    },
  },
  {
    id: 'arrows',
    keys: { sv: 'Pil höger/ned, pil vänster/upp', en: 'Right/Down arrow, Left/Up arrow' },
    where: { sv: 'svaren i ett område', en: "an area's answers" },
    does: {
      sv: 'Flyttar till nästa/föregående svar och väljer det, som vanliga radioknappar. "Vet inte" och "Vill inte svara" kommer efter stegen; efter det sista börjar det om. Från höger till vänster (dir="rtl") byter vänster och höger plats.',
      en: 'Moves to the next/previous answer and chooses it, as native radio buttons do. "Vet inte" and "Vill inte svara" come after the steps; after the last it wraps to the first. Right to left (dir="rtl") swaps left and right.',
    },
  },
  {
    id: 'space',
    keys: { sv: 'Mellanslag', en: 'Space' },
    where: { sv: 'ett svar med fokus', en: 'a focused answer' },
    does: {
      sv: 'Väljer svaret (i ett obesvarat område, där fokus står på första steget).',
      en: 'Chooses the answer (in an unanswered area, where focus is on the first step).',
    },
  },
  {
    id: 'range',
    keys: { sv: 'Pilar, Home/End, Mellanslag', en: 'Arrows, Home/End, Space' },
    where: {
      sv: 'skalan 1–10 (ett reglage per område)',
      en: 'the 1–10 scale (one slider per area)',
    },
    does: {
      sv: 'Pilarna ändrar värdet ett steg, Home/End går till 1/10. Mellanslag eller Enter på ett obesvarat reglage väljer värdet där det står. "Vet inte" och "Vill inte svara" är radioknappar efter reglaget.',
      en: 'Arrows change the value by one step, Home/End go to 1/10. Space or Enter on an unanswered slider chooses the value it shows. "Vet inte" and "Vill inte svara" are radio buttons after the slider.',
    },
  },
  {
    id: 'open',
    keys: { sv: 'Enter / Mellanslag', en: 'Enter / Space' },
    where: { sv: 'knappen "Om …"', en: 'the "About …" button' },
    does: {
      sv: 'Öppnar rutan med områdets text, samtalsfrågor, samma svarsalternativ och en anteckning. Fokus flyttas till rutans rubrik, så att skärmläsaren börjar med områdets namn.',
      en: "Opens the box with the area's text, guiding questions, the same answer choices and a note. Focus moves to the box's heading, so a screen reader starts with the area's name.",
    },
  },
  {
    id: 'popover-tab',
    keys: { sv: 'Tab / Skift+Tab', en: 'Tab / Shift+Tab' },
    where: { sv: 'i rutan', en: 'in the box' },
    does: {
      sv: 'Går mellan rutans fält och knappen "Stäng", och runt igen: fokus stannar i rutan tills den stängs.',
      en: 'Moves between the fields of the box and its "Close" button, and round again: focus stays in the box until it is closed.',
    },
  },
  {
    id: 'close',
    keys: { sv: 'Esc, eller "Stäng"', en: 'Esc, or "Close"' },
    where: { sv: 'i rutan', en: 'in the box' },
    does: {
      sv: 'Stänger rutan. Fokus går tillbaka till knappen "Om …". Det som valts och skrivits i rutan finns kvar.',
      en: 'Closes the box. Focus returns to the "About …" button. What was chosen and written in the box is kept.',
    },
  },
  {
    id: 'talked-about',
    keys: { sv: 'Mellanslag', en: 'Space' },
    where: { sv: 'skalan "inget betyg" (bara samtal)', en: 'the "none" scale (discussion only)' },
    does: {
      sv: 'Kryssar i eller ur "Vi har pratat om det här". Tab går vidare till områdets anteckning.',
      en: 'Checks or unchecks "Vi har pratat om det här" (talked about). Tab moves on to the area\'s note.',
    },
  },
];

/**
 * The keyboard table, in Swedish or English.
 *
 * @example
 * <KeyboardTable lang="sv" />
 */
export function KeyboardTable({ lang = 'sv' }: { lang?: 'sv' | 'en' }) {
  const head =
    lang === 'sv'
      ? { caption: 'Tangentbord i hjulet', keys: 'Tangent', where: 'Var', does: 'Vad händer' }
      : { caption: 'Keyboard in the wheel', keys: 'Key', where: 'Where', does: 'What happens' };
  return (
    <table className="bb-docs-table bb-docs-table--keys" lang={lang}>
      <caption>{head.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head.keys}</th>
          <th scope="col">{head.where}</th>
          <th scope="col">{head.does}</th>
        </tr>
      </thead>
      <tbody>
        {KEYBOARD.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row">{row.keys[lang]}</th>
            <td>{row.where[lang]}</td>
            <td>{row.does[lang]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
