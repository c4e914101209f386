import { defaultPack, type ContentOverride } from '@barnets-basta/core';
import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Wheel, type WheelProps } from './wheel.tsx';
import {
  allAnswered,
  assessment,
  guardian,
  guardian2,
  latestReading,
  partly,
  readings,
  school,
  studentHealth,
  unknownAndDeclined,
  withNotes,
} from './test-fixtures.ts';

/** Wraps the wheel in a plain form, as a host would, with a submit button. */
const inForm: Decorator = (Story) => (
  <form
    className="bb-story-form"
    aria-label="Exempelformulär"
    onSubmit={(event) => event.preventDefault()}
    style={{ display: 'grid', gap: '1rem' }}
  >
    <Story />
    <div>
      <button type="submit" className="bb-wheel-button bb-wheel-button--primary">
        Skicka
      </button>
    </div>
  </form>
);

/** Narrow containers: what a phone, or 400 % zoom, gives the wheel. */
const narrow =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ maxWidth: width, border: '1px dashed #8a8a93', padding: 8 }}>
      <Story />
    </div>
  );

const meta = {
  title: 'Hjulet/Wheel',
  component: Wheel,
  decorators: [inForm],
  args: { name: 'hjul', locale: 'sv', audience: 'child-8-12', scale: 'agree-5' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    audience: {
      control: 'select',
      options: ['child-4-7', 'child-8-12', 'child-13-18', 'guardian', 'professional'],
    },
    scale: { control: 'inline-radio', options: ['none', 'faces-3', 'agree-5', 'steps-10'] },
    value: { control: false },
    defaultValue: { control: false },
    series: { control: false },
    content: { control: false },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          'Barnets bästa-hjulet: ett svar per område, ritat som ett hjul ovanpå riktiga formulärfält.',
          'Varje område är en `fieldset` med `legend` och riktiga radioknappar (1–10: ett reglage), i ordning medurs från klockan 12.',
          'Bilden är dold för hjälpmedel och lämnar klick vidare till fälten; fokusringen ritas på rätt ring.',
          'Under 24 × 24 px per ring blir samma fält en lista (smal skärm, 400 % zoom).',
          '',
          '**Använd** när ett barn, en vårdnadshavare eller en yrkesperson ska svara eller samtala om barnets hela liv, eller för att visa färdiga svar (skrivskyddat, flera perspektiv ovanpå varandra).',
          '**Använd inte** som enda sätt att visa flera perspektiv för den som inte ser bilden: visa också sammanfattningstabellen och skillnaderna (Hjulet/Vyer). Inga mål, inga trafikljus: ett svar beskriver, det betygsätter inte.',
          '',
          '| Tangent | Vad händer |',
          '| --- | --- |',
          '| Tab / Skift+Tab | Till nästa/föregående område (en tabbstopp per område) och till knappen "Om …" |',
          '| Pil höger/ned, vänster/upp | Byter svar inom området (radioknapparna), eller flyttar reglaget 1–10 |',
          '| Mellanslag | Väljer radioknappen som har fokus; på ett obesvarat reglage väljs värdet där det står |',
          '| Enter / Mellanslag på "Om …" | Öppnar rutan med frågor och anteckning; fokus flyttas till rubriken |',
          '| Esc | Stänger rutan; fokus går tillbaka till knappen |',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof Wheel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { name: 'Tom' };

export const PartlyAnswered: Story = { name: 'Delvis besvarad', args: { defaultValue: partly } };

export const AllAnswered: Story = {
  name: 'Alla besvarade',
  args: { defaultValue: allAnswered, childName: 'Sam' },
};

export const UnknownAndDeclined: Story = {
  name: 'Vet inte och Vill inte svara',
  args: { defaultValue: unknownAndDeclined },
};

export const ReadOnly: Story = {
  name: 'Skrivskyddad',
  args: { defaultValue: withNotes, readOnly: true, childName: 'Sam', showHopes: false },
};

export const Disabled: Story = { name: 'Avstängd', args: { defaultValue: partly, disabled: true } };

export const Required: Story = {
  name: 'Obligatorisk, efter försök att skicka',
  args: { required: true, defaultValue: partly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Skicka' }));
    await expect(await canvas.findAllByText(/Välj ett svar om/)).not.toHaveLength(0);
  },
};

export const TwoPerspectives: Story = {
  name: 'Två perspektiv',
  args: {
    defaultValue: allAnswered,
    readOnly: true,
    showHopes: false,
    series: [{ label: 'Mamma', assessment: guardian }],
  },
};

export const ThreePerspectives: Story = {
  name: 'Tre perspektiv',
  args: {
    defaultValue: allAnswered,
    readOnly: true,
    showHopes: false,
    series: [
      { label: 'Mamma', assessment: guardian },
      { label: 'Mentor', assessment: school },
    ],
  },
};

export const FourPerspectives: Story = {
  name: 'Fyra perspektiv',
  args: {
    defaultValue: allAnswered,
    readOnly: true,
    showHopes: false,
    series: [
      { label: 'Mamma', assessment: guardian },
      { label: 'Pappa', assessment: guardian2 },
      { label: 'Mentor', assessment: school },
      { label: 'Kurator', assessment: studentHealth },
    ],
  },
};

export const ReadingsOverTime: Story = {
  name: 'Mätningar över tid',
  args: {
    defaultValue: latestReading,
    readOnly: true,
    showHopes: false,
    series: readings.map((a) => ({ assessment: a })),
  },
};

export const ScaleNone: Story = {
  name: 'Skala: bara samtal',
  args: {
    scale: 'none',
    defaultValue: assessment(
      { trygg: { talkedAbout: true, note: 'Pratade om rasterna.' } },
      { scale: 'none' },
    ),
  },
};

export const ScaleFaces: Story = {
  name: 'Skala: tre ansikten',
  args: {
    scale: 'faces-3',
    audience: 'child-4-7',
    defaultValue: assessment({ trygg: 3, 'ma-bra': 2, aktiv: 1 }, { scale: 'faces-3' }),
  },
};

export const ScaleAgree5: Story = {
  name: 'Skala: 1–5',
  args: { scale: 'agree-5', defaultValue: partly },
};

export const ScaleSteps10: Story = {
  name: 'Skala: 1–10',
  args: {
    scale: 'steps-10',
    audience: 'professional',
    defaultValue: assessment(
      { trygg: 7, 'ma-bra': 4, utvecklas: 'dont-know', aktiv: 9 },
      { scale: 'steps-10', perspective: { kind: 'school' } },
    ),
  },
};

export const AudienceChild4to7: Story = {
  name: 'Målgrupp: barn 4–7',
  args: { audience: 'child-4-7', scale: 'faces-3' },
};
export const AudienceChild8to12: Story = {
  name: 'Målgrupp: barn 8–12',
  args: { audience: 'child-8-12' },
};
export const AudienceChild13to18: Story = {
  name: 'Målgrupp: ungdom 13–18',
  args: { audience: 'child-13-18' },
};
export const AudienceGuardian: Story = {
  name: 'Målgrupp: vårdnadshavare',
  args: { audience: 'guardian', childName: 'Sam' },
};
export const AudienceProfessional: Story = {
  name: 'Målgrupp: yrkesperson',
  args: { audience: 'professional', scale: 'steps-10', showArenas: true },
};

export const WithArenas: Story = {
  name: 'Med arenor',
  args: { showArenas: true, defaultValue: partly },
};

export const VisibilityChoice: Story = {
  name: 'Barnet väljer vem som får se',
  args: { allowVisibilityChoice: true, defaultValue: withNotes },
};

export const PopoverOpen: Story = {
  name: 'Ruta öppen',
  args: { defaultValue: withNotes, allowVisibilityChoice: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Om Trygg' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Trygg' });
    // Radix shows the popover once it is positioned.
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('heading', { name: 'Trygg' })).toHaveFocus();
  },
};

export const Narrow: Story = {
  name: 'Smal (lista)',
  args: { defaultValue: partly },
  decorators: [narrow(340)],
};

export const RightToLeft: Story = {
  name: 'Höger till vänster',
  args: { defaultValue: partly, series: [{ label: 'Mamma', assessment: guardian }] },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
};

export const ForcedColours: Story = {
  name: 'Tvingade färger (simulerat)',
  args: { defaultValue: withNotes, series: [{ label: 'Mamma', assessment: guardian }] },
  decorators: [
    (Story) => (
      <div className="bb-simulate-forced-colors">
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        story:
          'Storybook kan inte slå på tvingade färger (Windows kontrastteman). Klassen `bb-simulate-forced-colors` ger ritningen samma systemfärger som `@media (forced-colors: active)` gör; formulärfälten får sina systemfärger av webbläsaren i verkligheten. Prova på riktigt i Chromium med DevTools → Rendering → Emulate CSS media feature forced-colors.',
      },
    },
  },
};

export const English: Story = {
  name: 'Engelska',
  args: { locale: 'en', defaultValue: unknownAndDeclined, childName: 'Sam' },
};

export const SixAreaPack: Story = {
  name: 'Sex områden (annat paket)',
  args: { content: sexOmradenPack, audience: 'child-4-7', scale: 'faces-3', showArenas: true },
};

export const SixAreasByOverride: Story = {
  name: 'Sex områden (urval ur standardpaketet)',
  args: {
    content: {
      order: ['trygg', 'ma-bra', 'utvecklas', 'omvardad', 'aktiv', 'delaktig'],
    } satisfies ContentOverride,
  },
};

export const InvalidContent: Story = {
  name: 'Felaktigt innehåll',
  args: {
    content: {
      areas: { trygg: { color: '#ffee00' }, okant: { color: '#123456' } },
    } as ContentOverride,
  },
};

/** A host that keeps the value itself (controlled). */
function ControlledWheel(props: WheelProps) {
  const [value, setValue] = useState(partly);
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Wheel {...props} value={value} onChange={setValue} />
      <p>
        Värdsidan har {Object.values(value.areas).filter((a) => a.answer).length} av{' '}
        {defaultPack.areas.length} svar.
      </p>
    </div>
  );
}

export const Controlled: Story = {
  name: 'Styrd av värdsidan',
  render: (args) => <ControlledWheel {...args} />,
};
