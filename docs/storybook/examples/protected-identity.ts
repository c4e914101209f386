import { createAssessment, defaultPack, parseAssessment } from '@barnets-basta/core';

// Skyddad identitet: a pseudonymous reference, never a name or an address.
export const assessment = createAssessment({
  pack: defaultPack,
  scale: 'agree-5',
  perspective: { kind: 'child' },
  child: { reference: 'Elev 7B-12', protectedIdentity: true },
});

// A name that slips in anyway (an import, a host bug) is refused, with the path:
export const refused = parseAssessment({
  ...assessment,
  child: { ...assessment.child, name: 'Sam' },
});
// refused.ok === false; refused.issues[0].path is ['child', 'name'], code 'protected-identity'
