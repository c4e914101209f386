import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import '../index.ts';

/** React 19 passes unknown props on custom elements through as attributes/properties. */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'bb-wheel': Record<string, unknown>;
      'bb-sip-plan': Record<string, unknown>;
    }
  }
}

interface Args {
  locale: 'sv' | 'en';
  audience: string;
  scale: string;
  readonly: boolean;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-wheel',
  parameters: {
    docs: {
      description: {
        component:
          'Hjulet som ett custom element för e-tjänsteplattformar som inte kör React. ' +
          '**Använd** det när värdsidan bara tar en script-tagg och HTML. **Använd inte** i en ' +
          'React-app: där är `<Wheel>` från `@barnets-basta/wheel` mindre och enklare. Elementet är formulärassocierat: ' +
          'det skickas med ett vanligt `<form>`, följer reset, disabled och required.',
      },
    },
  },
  args: {
    locale: 'sv',
    audience: 'child-8-12',
    scale: 'agree-5',
    readonly: false,
    required: false,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    audience: {
      control: 'select',
      options: ['child-4-7', 'child-8-12', 'child-13-18', 'guardian', 'professional'],
    },
    scale: { control: 'select', options: ['none', 'faces-3', 'agree-5', 'steps-10'] },
  },
  render: ({ locale, audience, scale, readonly, required }) => (
    <form aria-label="Exempelformulär" onSubmit={(e) => e.preventDefault()}>
      <bb-wheel
        name="hjul"
        locale={locale}
        audience={audience}
        scale={scale}
        {...(readonly ? { readonly: '' } : {})}
        {...(required ? { required: '' } : {})}
      />
      <button type="submit" style={{ minHeight: 44, marginBlockStart: 16 }}>
        {locale === 'en' ? 'Send' : 'Skicka'}
      </button>
    </form>
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const InAPlainForm: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-wheel')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('fieldset')).toBeTruthy());
  },
};
export const English: Story = { args: { locale: 'en' } };
export const Required: Story = { args: { required: true } };
export const Professional1To10: Story = { args: { audience: 'professional', scale: 'steps-10' } };
