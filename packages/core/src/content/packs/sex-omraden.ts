import type { ContentPack } from '../types.ts';

/**
 * "Mitt hjul": an adapted wheel with six areas for younger children (förskola and the first
 * school years), in Swedish and English. It proves that nothing depends on eight areas. It
 * keeps "being heard" (Bli lyssnad på) apart from belonging (Kompisar), as the default pack
 * keeps Respekterad apart from Delaktig. A separate entry, so the default bundle does not
 * carry it.
 *
 * @example
 * ```ts
 * import { resolvePack } from '@barnets-basta/core/content';
 * import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
 * const result = resolvePack(sexOmradenPack, { order: ['trygg', 'familj', 'kompisar'] });
 * ```
 */
export const sexOmradenPack: ContentPack = {
  id: 'sex-omraden',
  version: '1.0.0',
  languages: ['sv', 'en'],
  texts: {
    sv: {
      title: 'Mitt hjul',
      centre: 'Jag',
      closingQuestion: 'Vad hoppas du på framåt?',
    },
    en: {
      title: 'My wheel',
      centre: 'Me',
      closingQuestion: 'What do you hope for in the future?',
    },
  },
  arenas: [
    { id: 'hemma', texts: { sv: { name: 'hemma' }, en: { name: 'at home' } } },
    {
      id: 'forskolan-skolan',
      texts: { sv: { name: 'i förskolan eller skolan' }, en: { name: 'at preschool or school' } },
    },
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
            'Barnet känner sig tryggt och har vuxna att vända sig till, hemma, i förskolan eller skolan och på fritiden.',
          child: {
            young: 'Jag känner mig trygg. Jag vet vem jag kan gå till.',
            middle:
              'Jag känner mig trygg hemma och i skolan, och jag vet vilken vuxen jag kan gå till.',
            teen: 'Jag känner mig trygg i vardagen och vet vem jag kan vända mig till om något händer.',
          },
          guardian: 'Mitt barn känner sig tryggt och vet vilka vuxna det kan gå till.',
          questions: ['Var känner du dig trygg?', 'Vem går du till om du blir rädd eller ledsen?'],
        },
        en: {
          name: 'Safe',
          description:
            'The child feels safe and has adults to turn to, at home, at preschool or school and in their free time.',
          child: {
            young: 'I feel safe. I know who I can go to.',
            middle: 'I feel safe at home and at school, and I know which adult I can go to.',
            teen: 'I feel safe in everyday life and know who to turn to if something happens.',
          },
          guardian: 'My child feels safe and knows which adults to go to.',
          questions: ['Where do you feel safe?', 'Who do you go to if you are scared or sad?'],
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
            'Barnet har så god fysisk och psykisk hälsa som möjligt och får vård och stöd när det behövs.',
          child: {
            young: 'Jag mår bra och orkar leka.',
            middle: 'Jag mår bra i kroppen och i tankarna, och jag får hjälp när jag är sjuk.',
            teen: 'Jag mår bra fysiskt och psykiskt och vet var jag kan få hjälp.',
          },
          guardian:
            'Mitt barn mår bra, både fysiskt och psykiskt, och får vård och stöd när det behövs.',
          questions: [
            'Hur mår du i dag?',
            'Vad gör du när du är ledsen eller har ont?',
            'Hur sover du på natten?',
          ],
        },
        en: {
          name: 'Feeling well',
          description:
            'The child has the best possible physical and mental health and gets care and support when needed.',
          child: {
            young: 'I feel well and have energy to play.',
            middle: 'I feel good in my body and in my thoughts, and I get help when I am ill.',
            teen: 'I feel well, physically and mentally, and know where to get help.',
          },
          guardian:
            'My child is well, physically and mentally, and gets care and support when needed.',
          questions: [
            'How are you feeling today?',
            'What do you do when you are sad or something hurts?',
            'How do you sleep at night?',
          ],
        },
      },
    },
    {
      id: 'familj',
      color: '#5c3a9e',
      texts: {
        sv: {
          name: 'Familjen',
          description:
            'Barnet får omsorg, värme och det som behövs i vardagen av de vuxna där barnet bor, i den egna familjen eller i ett annat hem.',
          child: {
            young: 'De vuxna där jag bor tar hand om mig.',
            middle: 'De vuxna där jag bor bryr sig om mig och hjälper mig.',
            teen: 'Där jag bor finns vuxna som bryr sig om mig och ser till att jag har det jag behöver.',
          },
          guardian: 'Mitt barn får omsorg och värme hemma.',
          questions: [
            'Vilka bor du med?',
            'Vad gör ni tillsammans?',
            'Vem tröstar dig när du är ledsen?',
          ],
        },
        en: {
          name: 'Family',
          description:
            'The child gets care, warmth and what they need every day from the adults where they live, in their own family or in another home.',
          child: {
            young: 'The grown-ups where I live look after me.',
            middle: 'The grown-ups where I live care about me and help me.',
            teen: 'Where I live, there are adults who care about me and make sure I have what I need.',
          },
          guardian: 'My child gets care and warmth at home.',
          questions: [
            'Who do you live with?',
            'What do you do together?',
            'Who comforts you when you are sad?',
          ],
        },
      },
    },
    {
      id: 'leka-och-lara',
      color: '#007a6e',
      texts: {
        sv: {
          name: 'Leka och lära',
          description:
            'Barnet får leka, röra sig och lära sig nya saker, i förskolan eller skolan, hemma och på fritiden, med stöd när något är svårt.',
          child: {
            young: 'Jag får leka och lära mig nya saker.',
            middle:
              'Jag får leka, röra på mig och lära mig nya saker. Jag får hjälp när något är svårt.',
            teen: 'Jag har tid för det jag gillar och får stöd att lära mig och utvecklas.',
          },
          guardian:
            'Mitt barn får leka, röra sig och lära sig nya saker, med hjälp när något är svårt.',
          questions: [
            'Vad tycker du mest om att leka?',
            'Vad har du lärt dig som du är stolt över?',
            'Vad är svårt för dig just nu?',
          ],
        },
        en: {
          name: 'Play and learn',
          description:
            'The child gets to play, move and learn new things, at preschool or school, at home and in their free time, with support when something is hard.',
          child: {
            young: 'I get to play and learn new things.',
            middle:
              'I get to play, move about and learn new things. I get help when something is hard.',
            teen: 'I have time for what I enjoy and get support to learn and grow.',
          },
          guardian:
            'My child gets to play, move and learn new things, with help when something is hard.',
          questions: [
            'What do you like playing most?',
            'What have you learned that you are proud of?',
            'What is hard for you right now?',
          ],
        },
      },
    },
    {
      id: 'kompisar',
      color: '#9c3c9c',
      texts: {
        sv: {
          name: 'Kompisar',
          description:
            'Barnet har någon att vara med, blir inbjudet i leken och känner att det hör till i gruppen, i förskolan eller skolan och på fritiden.',
          child: {
            young: 'Jag har kompisar och får vara med.',
            middle: 'Jag har kompisar och får vara med. Jag känner att jag hör till.',
            teen: 'Jag har vänner och känner att jag hör till, i skolan och på fritiden.',
          },
          guardian: 'Mitt barn har kompisar, får vara med och känner att det hör till.',
          questions: ['Vilka leker du med?', 'Händer det att du inte får vara med?'],
        },
        en: {
          name: 'Friends',
          description:
            'The child has someone to be with, is invited into play and feels they belong in the group, at preschool or school and in their free time.',
          child: {
            young: 'I have friends, and I get to join in.',
            middle: 'I have friends, and I get to join in. I feel that I belong.',
            teen: 'I have friends and feel that I belong, at school and in my free time.',
          },
          guardian: 'My child has friends, gets to join in and feels they belong.',
          questions: [
            'Who do you play with?',
            'Are there times when you are not allowed to join in?',
          ],
        },
      },
    },
    {
      id: 'bli-lyssnad-pa',
      color: '#7a4218',
      texts: {
        sv: {
          name: 'Bli lyssnad på',
          description:
            'Barnet får säga vad det tycker, blir lyssnat på och får vara med och påverka det som rör barnet, utifrån ålder och mognad.',
          child: {
            young: 'Vuxna lyssnar när jag säger vad jag tycker.',
            middle:
              'Vuxna lyssnar på mig. Jag får vara med och bestämma om saker som handlar om mig.',
            teen: 'Jag blir lyssnad på och får vara med och påverka beslut som rör mig.',
          },
          guardian: 'Mitt barn blir lyssnat på och får vara med och påverka det som rör barnet.',
          questions: [
            'Vem lyssnar på dig?',
            'Vad får du bestämma själv?',
            'Finns det något du vill att vuxna ska förstå bättre?',
          ],
        },
        en: {
          name: 'Being heard',
          description:
            'The child gets to say what they think, is listened to and has a say in what concerns them, in line with age and maturity.',
          child: {
            young: 'Grown-ups listen when I say what I think.',
            middle: 'Grown-ups listen to me. I have a say in things that are about me.',
            teen: 'I am listened to and have a say in decisions about me.',
          },
          guardian: 'My child is listened to and has a say in things that concern them.',
          questions: [
            'Who listens to you?',
            'What do you get to decide yourself?',
            'Is there something you would like grown-ups to understand better?',
          ],
        },
      },
    },
  ],
};
