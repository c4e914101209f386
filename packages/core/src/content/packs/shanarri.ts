import type { ContentPack } from '../types.ts';

/**
 * Scotland's SHANARRI wellbeing wheel (Getting it right for every child), in English only. The
 * eight indicators follow the spirit of the Scottish statutory guidance; the wording and the
 * colours are our own. A separate entry, so the default bundle does not carry it.
 *
 * @example
 * ```ts
 * import { resolvePack } from '@barnets-basta/core/content';
 * import { shanarriPack } from '@barnets-basta/core/packs/shanarri';
 * const result = resolvePack(shanarriPack); // { ok: true, value }
 * ```
 */
export const shanarriPack: ContentPack = {
  id: 'shanarri',
  version: '1.0.0',
  languages: ['en'],
  texts: {
    en: {
      title: 'SHANARRI wellbeing wheel',
      centre: 'Me',
      closingQuestion: 'What are your hopes for the future?',
    },
  },
  arenas: [
    { id: 'home', texts: { en: { name: 'at home' } } },
    { id: 'school', texts: { en: { name: 'at school' } } },
    { id: 'community', texts: { en: { name: 'in the community' } } },
  ],
  areas: [
    {
      id: 'safe',
      color: '#005f73',
      texts: {
        en: {
          name: 'Safe',
          description:
            'The child or young person is protected from abuse, neglect and harm at home, at school and in the community, and feels secure and listened to.',
          child: {
            young: 'I feel safe at home, at school and when I am out.',
            middle:
              'I feel safe at home, at school and where I live, and I know which adults I can go to.',
            teen: 'I feel safe where I live, where I learn and where I spend my time, and I know who to turn to if I am worried.',
          },
          guardian:
            'My child feels safe at home, at school and in the community, and knows who to turn to.',
          questions: [
            'Where do you feel safest?',
            'Is there anywhere you feel worried or unsafe?',
            'Who would you tell if something was wrong?',
          ],
        },
      },
    },
    {
      id: 'healthy',
      color: '#7b3294',
      texts: {
        en: {
          name: 'Healthy',
          description:
            'The child or young person has the highest attainable standard of physical and mental health, access to suitable health care, and support to make healthy, safe choices.',
          child: {
            young: 'I feel well, and I get looked after when I am poorly.',
            middle: 'I look after my body and my feelings, and I get help when I am ill or upset.',
            teen: 'I feel well in body and mind, and I know where to get health care and advice when I need it.',
          },
          guardian:
            'My child is well in body and mind and gets health care and support when it is needed.',
          questions: [
            'How are you sleeping and eating?',
            'What helps you feel better when you are upset?',
            'Is there anything about your health you would like help with?',
          ],
        },
      },
    },
    {
      id: 'achieving',
      color: '#006d5b',
      texts: {
        en: {
          name: 'Achieving',
          description:
            'The child or young person is supported and guided in learning and in developing skills, confidence and self-esteem, at home, at school and in the community.',
          child: {
            young: 'I am learning new things, and I can ask for help.',
            middle:
              'I am learning and getting better at things, and I get help when I find something hard.',
            teen: 'I get the support I need to learn, build my skills and feel confident about what I can do.',
          },
          guardian:
            'My child is supported to learn and to build skills and confidence, at home, at school and in the community.',
          questions: [
            'What are you proud of learning?',
            'What do you find hard at the moment?',
            'Who helps you with your learning?',
          ],
        },
      },
    },
    {
      id: 'nurtured',
      color: '#9b2f8f',
      texts: {
        en: {
          name: 'Nurtured',
          description:
            'The child or young person has a nurturing place to live, in their family or, where that is not possible, in a suitable care setting, with extra help when it is needed.',
          child: {
            young: 'The grown-ups where I live look after me.',
            middle: 'The adults where I live care about me and make sure I have what I need.',
            teen: 'I have a home where people care about me, and I get extra help when I need it.',
          },
          guardian:
            'My child is cared for with warmth at home and gets extra help when it is needed.',
          questions: [
            'Who looks after you where you live?',
            'What do you like doing together at home?',
            'Is there anything you need that you do not have?',
          ],
        },
      },
    },
    {
      id: 'active',
      color: '#6d4c2f',
      texts: {
        en: {
          name: 'Active',
          description:
            'The child or young person has opportunities to take part in play, recreation, culture and sport, at home, at school and in the community.',
          child: {
            young: 'I get to play and do fun things.',
            middle: 'I get to play, do sport or do other activities I enjoy.',
            teen: 'I have chances to take part in sport, culture or other activities I enjoy.',
          },
          guardian: 'My child has chances to play and to take part in activities they enjoy.',
          questions: [
            'What do you like to do for fun?',
            'Is there an activity you would like to try?',
            'Is anything stopping you from doing what you enjoy?',
          ],
        },
      },
    },
    {
      id: 'respected',
      color: '#2b5797',
      texts: {
        en: {
          name: 'Respected',
          description:
            'The child or young person is given a voice, is heard and is involved in the decisions that affect them, with the information and support they need to take part.',
          child: {
            young: 'Grown-ups listen to me and ask what I think.',
            middle: 'People listen to what I think, and I have a say in decisions about me.',
            teen: 'My views are listened to and taken seriously, and I am involved in decisions that affect my life.',
          },
          guardian: 'My child is listened to and involved in decisions that affect them.',
          questions: [
            'Do people listen to you when you have something to say?',
            'Have you had a say in decisions about you?',
            'Is there anything you would like adults to understand better?',
          ],
        },
      },
    },
    {
      id: 'responsible',
      color: '#8c2d5a',
      texts: {
        en: {
          name: 'Responsible',
          description:
            'The child or young person has opportunities and encouragement to play active, responsible roles at home, at school and in the community, with guidance where needed.',
          child: {
            young: 'I help out, and I can do some things by myself.',
            middle: 'I help at home and at school, and I take care of things I can manage.',
            teen: 'I take on responsibilities I can handle, and I get guidance when I need it.',
          },
          guardian:
            'My child takes on responsibilities that suit their age, with guidance when it is needed.',
          questions: [
            'What jobs or roles do you have at home or at school?',
            'What would you like to do more of on your own?',
          ],
        },
      },
    },
    {
      id: 'included',
      color: '#3a3f8f',
      texts: {
        en: {
          name: 'Included',
          description:
            'The child or young person feels accepted as part of their family, school and community, and is helped to overcome social, educational, physical and economic inequalities.',
          child: {
            young: 'I feel I belong, and I get to join in.',
            middle: 'I feel I belong at home, at school and with my friends, and I get to join in.',
            teen: 'I feel accepted for who I am, and I can join in with the things that matter to me.',
          },
          guardian: 'My child feels accepted and part of family, school and community life.',
          questions: [
            'Where do you feel you belong?',
            'Is there anything that makes it hard for you to join in?',
            'Who do you like spending time with?',
          ],
        },
      },
    },
  ],
};
