import type { ContentPack } from '../types.ts';

/**
 * The default content pack: Barnets bästa-hjulet with the eight areas of the Scottish wellbeing
 * wheel (SHANARRI), clockwise from 12 o'clock, complete in Swedish and English. All wording is
 * our own. Child statements come in three age registers; the 4–7 register is lättläst and meant
 * to be read aloud. There are no target levels: a statement describes, it never grades.
 *
 * Colours: every one gives at least 4.5:1 against white text, all hues differ, neighbours differ
 * in hue by at least 45°, and none is red, amber or traffic-light green (see `docs/content.md`).
 *
 * @example
 * ```ts
 * import { defaultPack, areaTexts, statementFor } from '@barnets-basta/core';
 * const trygg = areaTexts(defaultPack, 'trygg', 'sv');
 * statementFor(trygg, 'child-4-7'); // "Jag känner mig trygg hemma och i skolan."
 * ```
 */
export const defaultPack: ContentPack = {
  id: 'barnets-basta',
  version: '1.0.0',
  languages: ['sv', 'en'],
  texts: {
    sv: {
      title: 'Barnets bästa-hjulet',
      centre: 'Jag',
      closingQuestion: 'Vad hoppas du på framåt?',
    },
    en: {
      title: "The Child's Best Interests Wheel",
      centre: 'Me',
      closingQuestion: 'What do you hope for in the future?',
    },
  },
  arenas: [
    { id: 'hemma', texts: { sv: { name: 'hemma' }, en: { name: 'at home' } } },
    { id: 'skolan', texts: { sv: { name: 'i skolan' }, en: { name: 'at school' } } },
    { id: 'fritiden', texts: { sv: { name: 'på fritiden' }, en: { name: 'in my free time' } } },
  ],
  areas: [
    {
      id: 'trygg',
      color: '#1f5aa6',
      texts: {
        sv: {
          name: 'Trygg',
          description:
            'Barnet känner sig tryggt och har vuxna som lyssnar, hemma, i skolan och på fritiden. Barnet är skyddat mot våld, övergrepp, kränkningar och försummelse.',
          child: {
            young: 'Jag känner mig trygg hemma och i skolan.',
            middle:
              'Jag känner mig trygg hemma, i skolan och på fritiden. Det finns vuxna som jag kan prata med.',
            teen: 'Jag känner mig trygg där jag bor, i skolan och på fritiden. Jag vet vem jag kan vända mig till om något händer.',
          },
          guardian:
            'Mitt barn känner sig tryggt hemma, i skolan och på fritiden och har vuxna att vända sig till.',
          questions: [
            'Var känner du dig mest trygg?',
            'Finns det någon plats eller stund när du känner dig otrygg?',
            'Vem kan du prata med om något känns jobbigt?',
          ],
        },
        en: {
          name: 'Safe',
          description:
            'The child feels secure and has adults who listen, at home, at school and in their free time. The child is protected from violence, abuse, bullying and neglect.',
          child: {
            young: 'I feel safe at home and at school.',
            middle:
              'I feel safe at home, at school and in my free time. There are adults I can talk to.',
            teen: 'I feel safe where I live, at school and in my free time. I know who to turn to if something happens.',
          },
          guardian:
            'My child feels safe at home, at school and in their free time, and has adults to turn to.',
          questions: [
            'Where do you feel most safe?',
            'Is there a place or a time when you feel unsafe?',
            'Who can you talk to when something feels hard?',
          ],
        },
      },
    },
    {
      id: 'ma-bra',
      color: '#a3286b',
      texts: {
        sv: {
          name: 'Må bra',
          description:
            'Barnet har så god fysisk och psykisk hälsa som möjligt. Barnet får vård, stöd och råd om hälsa när det behövs, och hjälp att göra hälsosamma val.',
          child: {
            young: 'Jag mår bra i kroppen och i knoppen.',
            middle:
              'Jag mår bra i kroppen och i tankarna. Jag får hjälp när jag är sjuk eller ledsen.',
            teen: 'Jag mår bra fysiskt och psykiskt. Om jag inte gör det vet jag var jag kan få hjälp.',
          },
          guardian:
            'Mitt barn mår bra, både fysiskt och psykiskt, och får vård och stöd när det behövs.',
          questions: [
            'Hur brukar du sova och äta?',
            'Vad gör dig glad, och vad gör dig orolig eller ledsen?',
            'Vem hjälper dig när du är sjuk eller mår dåligt?',
          ],
        },
        en: {
          name: 'Healthy',
          description:
            'The child has the best possible physical and mental health. The child gets care, support and advice about health when needed, and help to make healthy choices.',
          child: {
            young: 'My body and my mind feel good.',
            middle: 'I feel good in my body and in my thoughts. I get help when I am ill or sad.',
            teen: 'I feel well, physically and mentally. If I do not, I know where to get help.',
          },
          guardian:
            'My child is well, physically and mentally, and gets care and support when needed.',
          questions: [
            'How do you usually sleep and eat?',
            'What makes you happy, and what makes you worried or sad?',
            'Who helps you when you are ill or feeling low?',
          ],
        },
      },
    },
    {
      id: 'utvecklas',
      color: '#2e2e8a',
      texts: {
        sv: {
          name: 'Utvecklas',
          description:
            'Barnet får stöd att lära sig, utveckla sina förmågor och bygga självkänsla och självförtroende, hemma, i förskolan eller skolan och på fritiden.',
          child: {
            young: 'Jag lär mig nya saker. Jag får hjälp när det är svårt.',
            middle:
              'Jag lär mig nya saker och får hjälp när något är svårt. Jag vet vad jag är bra på.',
            teen: 'Jag får stöd att lära mig och utvecklas, i skolan och på fritiden. Jag tror på min egen förmåga.',
          },
          guardian:
            'Mitt barn får stöd att lära sig och utvecklas och får hjälp när något är svårt.',
          questions: [
            'Vad tycker du är roligt att lära dig?',
            'Vad är du bra på?',
            'När behöver du hjälp, och får du den hjälpen?',
          ],
        },
        en: {
          name: 'Achieving',
          description:
            'The child is supported to learn, develop their abilities and build self-esteem and confidence, at home, in preschool or school and in their free time.',
          child: {
            young: 'I learn new things. I get help when it is hard.',
            middle:
              'I learn new things and get help when something is hard. I know what I am good at.',
            teen: 'I get support to learn and grow, at school and in my free time. I believe in what I can do.',
          },
          guardian:
            'My child is supported to learn and develop, and gets help when something is hard.',
          questions: [
            'What do you enjoy learning?',
            'What are you good at?',
            'When do you need help, and do you get it?',
          ],
        },
      },
    },
    {
      id: 'omvardad',
      color: '#9c3c9c',
      texts: {
        sv: {
          name: 'Omvårdad',
          description:
            'Barnet har ett hem med vuxna som ger omsorg, värme och kärlek, i den egna familjen eller i ett annat lämpligt boende. Barnets grundläggande behov blir tillgodosedda.',
          child: {
            young: 'Jag har vuxna hemma som tar hand om mig.',
            middle:
              'Jag har vuxna hemma som bryr sig om mig. Jag får mat, kläder och hjälp när jag behöver det.',
            teen: 'Där jag bor finns vuxna som bryr sig om mig och ser till att jag har det jag behöver.',
          },
          guardian: 'Mitt barn får omsorg och värme hemma och har det som behövs i vardagen.',
          questions: [
            'Vem tar hand om dig hemma?',
            'Vad brukar ni göra tillsammans hemma?',
            'Finns det något du saknar där du bor?',
          ],
        },
        en: {
          name: 'Nurtured',
          description:
            "The child has a home with adults who give care, warmth and love, in their own family or in another suitable home. The child's basic needs are met.",
          child: {
            young: 'I have grown-ups at home who look after me.',
            middle:
              'I have grown-ups at home who care about me. I get food, clothes and help when I need it.',
            teen: 'Where I live, there are adults who care about me and make sure I have what I need.',
          },
          guardian:
            'My child gets care and warmth at home and has what they need in everyday life.',
          questions: [
            'Who looks after you at home?',
            'What do you usually do together at home?',
            'Is there anything you need that you do not have where you live?',
          ],
        },
      },
    },
    {
      id: 'aktiv',
      color: '#007a6e',
      texts: {
        sv: {
          name: 'Aktiv',
          description:
            'Barnet har möjlighet att leka, röra sig och delta i fritidsaktiviteter, kultur och idrott, hemma, i skolan och i samhället.',
          child: {
            young: 'Jag får leka och röra på mig.',
            middle: 'Jag får leka, röra på mig och göra saker jag tycker om på fritiden.',
            teen: 'Jag har möjlighet att röra på mig och hålla på med det jag gillar på fritiden, som idrott, musik eller något annat.',
          },
          guardian:
            'Mitt barn har möjlighet att leka, röra sig och ha fritidsaktiviteter som barnet tycker om.',
          questions: [
            'Vad gör du på fritiden?',
            'Finns det något du skulle vilja göra men inte kan just nu?',
            'Hur rör du på dig under en vanlig vecka?',
          ],
        },
        en: {
          name: 'Active',
          description:
            'The child has opportunities to play, move and take part in leisure activities, culture and sport, at home, at school and in the community.',
          child: {
            young: 'I get to play and move about.',
            middle: 'I get to play, move about and do things I like in my free time.',
            teen: 'I have the chance to be active and do what I enjoy in my free time, like sport, music or something else.',
          },
          guardian:
            'My child has the chance to play, be active and do leisure activities they enjoy.',
          questions: [
            'What do you do in your free time?',
            'Is there something you would like to do but cannot at the moment?',
            'How do you keep active during an ordinary week?',
          ],
        },
      },
    },
    {
      id: 'respekterad',
      color: '#5c3a9e',
      texts: {
        sv: {
          name: 'Respekterad',
          description:
            'Barnet blir lyssnat på och tas på allvar. Barnet får information och är med och påverkar beslut som rör det egna livet, utifrån ålder och mognad.',
          child: {
            young: 'Jag får säga vad jag tycker, och de vuxna lyssnar.',
            middle:
              'Vuxna lyssnar på vad jag tycker. Jag får vara med och bestämma om saker som handlar om mig.',
            teen: 'Jag blir lyssnad på och tagen på allvar. Jag får vara med och påverka beslut som rör mitt liv.',
          },
          guardian:
            'Mitt barn blir lyssnat på och får vara med och påverka beslut som rör barnets eget liv.',
          questions: [
            'Vem lyssnar på dig när du vill säga något?',
            'Får du vara med och bestämma om saker som handlar om dig?',
            'Har något bestämts om dig utan att du fick säga vad du tyckte?',
          ],
        },
        en: {
          name: 'Respected',
          description:
            'The child is listened to and taken seriously. The child is given information and has a say in decisions about their own life, in line with age and maturity.',
          child: {
            young: 'I can say what I think, and the grown-ups listen.',
            middle: 'Adults listen to what I think. I have a say in things that are about me.',
            teen: 'I am listened to and taken seriously. I have a say in decisions about my life.',
          },
          guardian: 'My child is listened to and has a say in decisions about their own life.',
          questions: [
            'Who listens to you when you want to say something?',
            'Do you have a say in things that are about you?',
            'Has something been decided about you without you being asked what you thought?',
          ],
        },
      },
    },
    {
      id: 'ansvarstagande',
      color: '#00708f',
      texts: {
        sv: {
          name: 'Ansvarstagande',
          description:
            'Barnet får möjlighet att ta ansvar och ha aktiva roller hemma, i skolan och i samhället, med vägledning och stöd från vuxna när det behövs.',
          child: {
            young: 'Jag kan hjälpa till och göra saker själv.',
            middle:
              'Jag får ta ansvar för saker som jag klarar av. Vuxna hjälper mig när det behövs.',
            teen: 'Jag får ta ansvar för det jag klarar, och vuxna stöttar mig när det behövs. Jag tänker på hur det jag gör påverkar andra.',
          },
          guardian:
            'Mitt barn får ta ansvar efter ålder och förmåga, med stöd av vuxna när det behövs.',
          questions: [
            'Vad hjälper du till med hemma eller i skolan?',
            'Vad klarar du själv, och vad vill du ha hjälp med?',
          ],
        },
        en: {
          name: 'Responsible',
          description:
            'The child has opportunities to take responsibility and play active roles at home, at school and in the community, with guidance and support from adults when needed.',
          child: {
            young: 'I can help out and do things by myself.',
            middle: 'I get to take care of things I can manage. Adults help me when I need it.',
            teen: 'I get to take responsibility for what I can handle, and adults back me up when needed. I think about how what I do affects others.',
          },
          guardian:
            'My child gets to take responsibility in line with their age and abilities, with support from adults when needed.',
          questions: [
            'What do you help out with at home or at school?',
            'What can you do on your own, and what would you like help with?',
          ],
        },
      },
    },
    {
      id: 'delaktig',
      color: '#7a4218',
      texts: {
        sv: {
          name: 'Delaktig',
          description:
            'Barnet känner sig accepterat och som en del av gemenskapen i familjen, i skolan och i samhället. Barnet får hjälp att övervinna hinder som beror på sociala, ekonomiska eller andra orättvisor.',
          child: {
            young: 'Jag får vara med och känner att jag hör till.',
            middle:
              'Jag får vara med och känner att jag hör till, hemma, i skolan och bland kompisar.',
            teen: 'Jag blir accepterad för den jag är och känner att jag hör till, i familjen, i skolan och bland vänner.',
          },
          guardian:
            'Mitt barn får vara med och känner sig som en del av gemenskapen, i familjen, i skolan och på fritiden.',
          questions: [
            'Var känner du att du hör till?',
            'Finns det något du vill vara med på men inte kan?',
            'Vilka är du med när du har roligt?',
          ],
        },
        en: {
          name: 'Included',
          description:
            'The child feels accepted and part of the community in the family, at school and in society. The child is helped to overcome barriers caused by social, economic or other inequalities.',
          child: {
            young: 'I get to join in, and I feel I belong.',
            middle: 'I get to join in and feel that I belong, at home, at school and with friends.',
            teen: 'I am accepted for who I am and feel that I belong, in my family, at school and among friends.',
          },
          guardian:
            'My child gets to join in and feels part of the community, in the family, at school and in their free time.',
          questions: [
            'Where do you feel you belong?',
            'Is there something you would like to join in with but cannot?',
            'Who are you with when you have fun?',
          ],
        },
      },
    },
  ],
};
