import { ErrorSummary, Radios, TextInput, useErrorSummary } from '@barnets-basta/sip';
import { useState } from 'react';

interface Values {
  name: string;
  principal: string;
}

export function ContactForm({ onSave }: { onSave: (v: Values) => void }) {
  const summary = useErrorSummary();
  const [name, setName] = useState('');
  const [principal, setPrincipal] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const errors = [];
        if (!name.trim()) errors.push({ targetId: 'name', text: 'Skriv namnet' });
        if (!principal) errors.push({ targetId: 'principal', text: 'Välj huvudman' });
        if (summary.show(errors)) onSave({ name, principal }); // true when there were none
      }}
    >
      <ErrorSummary {...summary.props} />
      <TextInput
        id="name"
        name="name"
        label="Namn"
        value={name}
        onChange={setName}
        error={summary.errorFor('name')}
      />
      <Radios
        id="principal"
        name="principal"
        legend="Huvudman"
        value={principal}
        onChange={setPrincipal}
        error={summary.errorFor('principal')}
        options={[
          { value: 'kommun', label: 'Kommun' },
          { value: 'region', label: 'Region' },
        ]}
      />
      <button type="submit">Spara</button>
    </form>
  );
}
