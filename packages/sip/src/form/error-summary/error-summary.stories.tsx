import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from '../date-input/date-input.tsx';
import { parseDateParts, type DateParts } from '../date-input/parse-date-parts.ts';
import { Radios } from '../radios/radios.tsx';
import { TextInput } from '../text-input/text-input.tsx';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.tsx';
import { useErrorSummary } from './use-error-summary.ts';

const errors: ErrorSummaryItem[] = [
  { targetId: 'story-name', text: 'Skriv namnet på den som är huvudansvarig' },
  { targetId: 'story-principal', text: 'Välj vilken huvudman som har huvudansvaret' },
  { targetId: 'story-date', text: 'Uppföljningsdatumet måste vara ett riktigt datum' },
];

const principalOptions = [
  { value: 'kommun', label: 'Kommun' },
  { value: 'region', label: 'Region' },
];

/** The fields the summary links to, each with the same message as the summary. */
function Fields({ show }: { show: boolean }) {
  return (
    <>
      <TextInput
        id="story-name"
        name="name"
        label="Huvudansvarig person"
        error={show ? errors[0]!.text : undefined}
      />
      <Radios
        id="story-principal"
        name="principal"
        legend="Huvudman med huvudansvar"
        options={principalOptions}
        error={show ? errors[1]!.text : undefined}
      />
      <DateInput
        id="story-date"
        name="followUp"
        legend="Uppföljning"
        error={show ? errors[2]!.text : undefined}
      />
    </>
  );
}

const meta = {
  title: 'SIP/Formulär/ErrorSummary',
  component: ErrorSummary,
  args: { errors, autoFocus: false },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Sammanfattar alla fel överst i formuläret efter att användaren försökt skicka (GOV.UK error summary). Den tar ' +
          'fokus när felen visas och vid varje nytt försök (`focusKey`, skött av `useErrorSummary`), så att en ' +
          'skärmläsare läser rubriken och listan. Varje fel är en länk till fältet: länken ger fältet fokus och rullar ' +
          'fram dess etikett, eller för en grupp (fieldset) dess legend. Samma text ska stå vid fältet. ' +
          '(I dokumentationen är `autoFocus` avstängt så att sidan inte hoppar; se storyn "Vid skicka".)\n\n' +
          '**Använd** när användaren har försökt skicka formuläret (eller markera planen som klar) och något behöver ' +
          'rättas. **Använd inte** för fel medan användaren skriver; visa dem då vid fältet.',
      },
    },
  },
  render: (args) => (
    <form aria-label="SIP-plan" noValidate onSubmit={(e) => e.preventDefault()}>
      <ErrorSummary {...args} />
      <Fields show={args.errors.length > 0} />
      <button type="submit" className="bb-draft-button">
        Spara
      </button>
    </form>
  ),
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Flera fel, vart och ett länkat till sitt fält. */
export const FleraFel: Story = {};

/** Ett fel. */
export const EttFel: Story = { args: { errors: errors.slice(0, 1) } };

/** Med egen rubrik och beskrivning. */
export const MedBeskrivning: Story = {
  args: { title: 'Planen kan inte markeras som klar', description: 'Det här saknas enligt lagen:' },
};

export const English: Story = {
  args: {
    locale: 'en',
    errors: [
      { targetId: 'story-name', text: 'Enter the name of the person with overall responsibility' },
    ],
  },
};

function SubmitDemo() {
  const summary = useErrorSummary();
  const [name, setName] = useState('');
  const [principal, setPrincipal] = useState('');
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!name.trim()) found.push(errors[0]!);
    if (!principal) found.push(errors[1]!);
    if (!parseDateParts(parts).ok) found.push(errors[2]!);
    summary.show(found);
  };
  return (
    <form aria-label="SIP-plan" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} />
      <TextInput
        id="story-name"
        name="name"
        label="Huvudansvarig person"
        value={name}
        onChange={setName}
        error={summary.errorFor('story-name')}
      />
      <Radios
        id="story-principal"
        name="principal"
        legend="Huvudman med huvudansvar"
        options={principalOptions}
        value={principal}
        onChange={setPrincipal}
        error={summary.errorFor('story-principal')}
      />
      <DateInput
        id="story-date"
        name="followUp"
        legend="Uppföljning"
        onChange={(_iso, p) => setParts(p)}
        error={summary.errorFor('story-date')}
      />
      <button type="submit" className="bb-draft-button">
        Spara
      </button>
    </form>
  );
}

/** Vid skicka: sammanfattningen tar fokus; länken till en grupp ger första knappen fokus. */
export const VidSkicka: Story = {
  render: () => <SubmitDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    const region = await canvas.findByRole('region', { name: 'Det finns problem' });
    await expect(region).toHaveFocus();
    await userEvent.click(within(region).getByRole('link', { name: errors[1]!.text }));
    await expect(canvas.getByRole('radio', { name: 'Kommun' })).toHaveFocus();
  },
};
