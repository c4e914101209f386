import type { Decorator, Parameters } from '@storybook/react-vite';

/** The story on a dark host page (the views keep their own light surface). */
export const darkHost: Decorator = (Story) => (
  <div className="bb-story--dark-host">
    <Story />
  </div>
);

/** Right to left: bars grow from the right, the table reads from the right. */
export const rtl: Decorator = (Story) => (
  <div dir="rtl">
    <Story />
  </div>
);

/** Storybook cannot switch forced colours on; this class gives the drawing the same system colours. */
export const forcedColours: Decorator = (Story) => (
  <div className="bb-simulate-forced-colors">
    <Story />
  </div>
);

/** A phone: 360 CSS px. */
export const phone: Decorator = (Story) => (
  <div style={{ maxWidth: 360, border: '1px dashed #8a8a93' }}>
    <Story />
  </div>
);

export const FORCED_NOTE =
  'Storybook kan inte slå på tvingade färger (Windows kontrastteman). Klassen `bb-simulate-forced-colors` ger ritningen samma systemfärger som `@media (forced-colors: active)` gör. Prova på riktigt i Chromium med DevTools → Rendering → Emulate CSS media feature forced-colors.';

/** The controls every view with a table shares: its language and where its table goes. */
export const viewArgTypes = {
  locale: { control: 'inline-radio', options: ['sv', 'en'] },
  tableMode: { control: 'inline-radio', options: ['toggle', 'beside', 'only'] },
} as const;

/** A component's description on its docs page (Swedish, as the designers read it). */
export const componentDocs = (component: string): Parameters => ({
  docs: { description: { component } },
});

/**
 * The forced-colours story but for its name (Storybook reads a story's name from its own literal):
 * `{ name: 'Tvingade färger (simulerat)', ...forcedColoursStory }`.
 */
export const forcedColoursStory = {
  decorators: [forcedColours],
  parameters: { docs: { description: { story: FORCED_NOTE } } },
};
