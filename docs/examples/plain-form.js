// Shows what the form would send, instead of sending it (this example has no server).
const form = document.getElementById('franvaro');
const output = document.getElementById('skickat');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const lines = [...new FormData(form).entries()]
    .filter(([name]) => name !== 'hjul')
    .map(([name, value]) => `${name} = ${value}`);
  output.textContent = lines.length ? lines.join('\n') : 'Inga svar (det går bra).';
});

// The "Tillsammans" views and the family's plan on the plain-form example page: sample data a
// host would get from its own store (the school's wheel and a saved SIP plan), and the child's
// wheel from the form, live. Works as a classic script and as a module; no inline script.
(function () {
  var school = {
    type: 'bb.assessment',
    schemaVersion: 1,
    id: 'school-1',
    pack: { id: 'barnets-basta', version: '1.0.0' },
    scale: 'agree-5',
    perspective: { kind: 'school', label: 'Skolan (mentor)' },
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    areas: {
      trygg: { answer: { kind: 'value', value: 5 } },
      'ma-bra': { answer: { kind: 'value', value: 4 } },
      utvecklas: { answer: { kind: 'value', value: 3 } },
      omvardad: { answer: { kind: 'value', value: 4 } },
      aktiv: { answer: { kind: 'value', value: 3 } },
      ansvarstagande: { answer: { kind: 'value', value: 4 } },
      delaktig: { answer: { kind: 'value', value: 5 } },
    },
  };
  var plan = {
    type: 'bb.sip-plan',
    schemaVersion: 2,
    id: 'plan-filled',
    pack: { id: 'barnets-basta', version: '1.0.0' },
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    legalReference: 'Socialtjänstlag (2025:400), HSL (2017:30) 16 kap. 4 §',
    participants: [
      { id: 'p-child', name: 'Alva', roles: ['child'], present: true },
      {
        id: 'p-mum',
        name: 'Sara Lind',
        roles: ['guardian'],
        contact: '070-123 45 67',
        present: true,
      },
      {
        id: 'p-soc',
        name: 'Anna Berg',
        roles: ['initiator', 'chair', 'coordinator'],
        organisation: 'Socialtjänsten, Växjö kommun',
        contact: '0470-410 00',
        present: true,
      },
      {
        id: 'p-bup',
        name: 'Omar Haddad',
        roles: ['professional'],
        organisation: 'BUP Växjö',
        contact: 'omar.haddad@example.invalid',
        present: true,
      },
      {
        id: 'p-school',
        name: 'Lena Ek',
        roles: ['professional'],
        organisation: 'Högstadieskolan',
        contact: '0470-411 11',
        present: false,
      },
    ],
    consents: [
      {
        id: 'c-1',
        givenBy: 'p-mum',
        organisations: ['Socialtjänsten, Växjö kommun', 'BUP Växjö', 'Högstadieskolan'],
        information: ['Skolfrånvaro', 'Journal från BUP'],
        form: 'written',
        givenOn: '2026-03-03',
        validUntil: '2027-03-03',
      },
      {
        id: 'c-2',
        givenBy: 'p-child',
        organisations: ['Högstadieskolan'],
        information: ['Samtal med kuratorn'],
        form: 'oral',
        givenOn: '2026-03-03',
        withdrawnOn: '2026-03-10',
      },
    ],
    situation: {
      trygg: {
        worksWell: 'Trivs hemma med mamma och lillebror.',
        worksLessWell: 'Känner sig otrygg i korridoren på rasterna.',
      },
      'ma-bra': {
        worksWell: 'Sover bättre sedan jul.',
        worksLessWell: 'Ont i magen på morgonen.',
        needs: 'Samtal om oro.',
      },
      aktiv: { worksWell: 'Spelar fotboll två gånger i veckan.' },
    },
    goals: [
      { id: 'g-1', text: 'Jag vill kunna gå till skolan tre dagar i veckan.', term: 'short' },
      { id: 'g-2', text: 'Jag vill ha en kompis i klassen.', term: 'short' },
      { id: 'g-3', text: 'Jag vill gå ut nian med godkända betyg.', term: 'long' },
    ],
    actions: [
      {
        id: 'act-1',
        areas: ['ma-bra', 'trygg'],
        what: 'Samtal om oro och magont',
        organisation: 'BUP Växjö',
        contactPerson: 'Omar Haddad',
        principal: 'region',
        frequency: 'Varannan vecka',
        start: '2026-03-10',
        end: '2026-06-30',
        followUpBy: '2026-05-15',
      },
      {
        id: 'act-2',
        areas: ['omvardad'],
        what: 'Familjestöd i hemmet',
        organisation: 'Socialtjänsten, Växjö kommun',
        contactPerson: 'Anna Berg',
        principal: 'kommun',
        frequency: 'Varje vecka',
        start: '2026-03-09',
        followUpBy: '2026-05-15',
      },
      {
        id: 'act-3',
        areas: ['utvecklas', 'delaktig'],
        what: 'Anpassat schema och en trygg vuxen på rasterna',
        organisation: 'Högstadieskolan',
        contactPerson: 'Lena Ek',
        principal: 'other',
        frequency: 'Varje skoldag',
        start: '2026-03-09',
        end: '2026-06-12',
      },
    ],
    disagreements: [
      {
        id: 'd-1',
        text: 'Om Alva ska börja med hela skoldagar direkt.',
        positions: 'Skolan vill börja direkt, mamma vill vänta till april.',
      },
    ],
    followUps: [],
    revisions: [],
    child: { reference: 'Elev 7B-12', name: 'Alva' },
    meetingDate: '2026-03-03',
    initiator: 'p-soc',
    chair: 'p-soc',
    purpose: 'Att Alva ska må bättre och kunna gå till skolan igen.',
    questions: 'Hur kan skolan och BUP hjälpas åt?\nVad behöver familjen hemma?',
    childParticipation: 'partly',
    notToRaise: { text: 'Det som hände på lägret i höstas.' },
    ownActions: 'Mamma följer med till skolan på måndagar.\nAlva skriver i en mående-dagbok.',
    overallResponsibility: {
      principal: 'kommun',
      organisation: 'Socialtjänsten, Växjö kommun',
      person: 'Anna Berg',
      childWish: 'Alva vill att Anna håller ihop planen.',
    },
    followUp: { date: '2026-05-20', form: 'Nytt SIP-möte på skolan' },
  };

  function whenDefined(name, then) {
    if (window.customElements.get(name)) then();
    else window.customElements.whenDefined(name).then(then);
  }

  function show(childWheel) {
    var series = [{ id: 'school', assessment: school }];
    if (childWheel) series.unshift({ id: 'child', assessment: childWheel });
    document.querySelectorAll('bb-wheel-overlay, bb-wheel-differences').forEach(function (el) {
      el.series = series;
    });
  }

  var wheel = document.querySelector('bb-wheel[name="hjul"]');
  // Each change carries the whole assessment; the views cut it down for their viewer themselves.
  wheel.addEventListener('change', function (event) {
    show(event.detail);
  });
  wheel.closest('form').addEventListener('reset', function () {
    show(undefined);
  });
  whenDefined('bb-wheel-overlay', function () {
    show(undefined);
  });
  whenDefined('bb-family-plan', function () {
    document.querySelectorAll('bb-family-plan, bb-print-plan').forEach(function (el) {
      el.value = plan;
    });
  });
})();
