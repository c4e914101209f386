import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Every user-visible string of the follow-up components (`SipFollowUp`, `PlanHistory`,
 * `FamilyFollowUp`), Swedish first. Placeholders in `{braces}` are filled with `formatMessage`
 * from `@barnets-basta/core`, always as plain text. The `family*` keys are read by the family:
 * plain words, no SIP jargon.
 */
const sv = {
  title: 'Uppföljning av planen',
  intro:
    'Ni träffas för att se vad som har hänt sedan sist, hur barnet och familjen har det nu, och hur planen ska fortsätta.',
  startButton: 'Börja uppföljningsmötet',
  startHint: 'Planen som den ser ut nu sparas i historiken innan ni börjar.',
  due: 'Planerad uppföljning: {date}',
  closedTitle: 'Planen är avslutad',
  closedOn: 'Avslutad {date}.',
  closedReason: 'Varför: {reason}',
  progressLabel: 'Uppföljningens steg',
  stepOf: 'Steg {n} av {total}',
  previous: 'Föregående: {title}',
  next: 'Nästa: {title}',

  phasePresent: 'Vilka är här',
  phaseActions: 'Vad har hänt',
  phaseWheel: 'Hur är det nu',
  phaseGoals: 'Målen',
  phaseChanges: 'Vad ändras',
  phaseNext: 'Hur går vi vidare',
  introPresent: 'Kryssa i vilka som är med i dag och hur barnet är med.',
  introActions:
    'Gå igenom insatserna en i taget: vad har hänt, och vem berättar? Skriv kort vad det gav.',
  introWheel:
    'Barnet och de andra fyller i hjulet igen. Det nya hjulet visas bredvid hjulet som planen började från. Skillnader är något att prata om, inte ett betyg.',
  introGoals: 'Hur har det gått med varje mål? Skriv gärna med barnets egna ord.',
  introChanges:
    'Ändra mål och insatser som behöver ändras, lägg till nya. Insatser som är klara eller avbrutna är stängda.',
  introNext: 'Bestäm när ni ses nästa gång, eller om planen kan avslutas och varför.',

  presentLegend: 'Vilka är med i dag?',
  participationLegend: 'Hur är barnet med?',
  noParticipants: 'Planen har inga deltagare ännu.',

  actionHeading: 'Insats {n}: {what}',
  actionWho: 'Vem: {who}',
  statusLegend: 'Vad har hänt med insatsen?',
  statusDone: 'Klar',
  statusPartly: 'Delvis gjord',
  statusNotDone: 'Inte gjord',
  statusOngoing: 'Pågår',
  statusCancelled: 'Avbruten',
  outcomeLabel: 'Vad gav den? (kort)',
  reportedByLabel: 'Vem berättar?',
  noActions: 'Det finns inga öppna insatser att följa upp.',
  closedActions: 'Stängda sedan tidigare: {list}',

  wheelStartHeading: 'Hjulet då och nu: {who}',
  wheelThen: 'Då ({date})',
  wheelThenUndated: 'Då',
  wheelNow: 'Nu',
  wheelNoStart: 'Planen började inte från något hjul, så det finns inget att jämföra med.',
  wheelAdd: 'Fyll i ett nytt hjul: {who}',
  wheelNewHeading: 'Nytt hjul: {who}',
  wheelNoNew: 'Inget nytt hjul är ifyllt ännu.',
  familyViewLabel: 'Hur ser barnet och familjen på det nu?',

  goalHeading: 'Mål {n}: {text}',
  evaluationLegend: 'Hur har det gått?',
  evaluationReached: 'Nått',
  evaluationPartly: 'Delvis nått',
  evaluationNotReached: 'Inte nått',
  evaluationChanged: 'Ändrat',
  childWordsLabel: 'Med barnets egna ord',
  goalCommentLabel: 'Vad säger de andra?',
  noGoals: 'Planen har inga mål ännu.',

  outcomeLegend: 'Hur går planen vidare?',
  outcomeContinue: 'Vi följer upp igen',
  outcomeClose: 'Planen avslutas',
  outcomeContinueHint: 'Skriv datum för nästa uppföljning ovan.',
  outcomeCloseHint: 'Skriv ovan varför planen avslutas.',
  outcomeMissing: 'Välj om ni följer upp igen eller om planen avslutas.',
  closeReasonMissing: 'Skriv varför planen avslutas, under ”Planen avslutas” ovan.',
  nextDateMissing: 'Skriv datum för nästa uppföljning ovan.',
  finishButton: 'Avsluta uppföljningsmötet',
  finished: 'Uppföljningsmötet är avslutat och sparat i historiken.',
  started: 'Uppföljningsmötet har börjat.',

  // History
  historyTitle: 'Planens historik',
  historyPick: 'Visa planen som den var',
  historyFirst: 'Första mötet {date}',
  historyFollowUp: 'Uppföljning {date}',
  historyNoDate: 'utan datum',
  historyWho: 'Med på mötet: {list}',
  historyNone: 'Planen har ingen historik ännu. Den sparas när första uppföljningen börjar.',
  historyGoals: 'Mål då',
  historyActions: 'Insatser då',
  historyChanges: 'Ändrat sedan dess',
  historyNoChanges: 'Inget av målen eller insatserna har ändrats sedan dess.',
  changeAdded: 'Nytt: {text}',
  changeRemoved: 'Borttaget: {text}',
  changeChanged: 'Ändrat: {text}',
  changeFollowUp: 'Nästa uppföljning: {before} → {after}',
  changeClosed: 'Planen har avslutats.',
  nothing: '–',

  // The family's follow-up (plain words)
  familyTitle: 'Det här har hänt sedan sist',
  familyMeeting: 'Vi träffades {date}.',
  familyActionsHeading: 'Det här har gjorts',
  familyGoalsHeading: 'Så har det gått med målen',
  familyWheelHeading: 'Hjulet då och nu',
  familyNextHeading: 'Det här händer nu',
  familyNext: 'Vi ses igen {date}.',
  familyNextUndated: 'Vi bestämmer en ny tid för att ses igen.',
  familyClosed: 'Planen är avslutad. {reason}',
  familyNoFollowUp: 'Ni har inte haft något uppföljningsmöte ännu.',
  familyChildWords: 'Barnet säger: ”{words}”',
  printButton: 'Skriv ut',
  protectedChild: 'Barnet',
};

/** The follow-up components' catalogue, by UI language. A host overrides any key via `messages`. */
export type FollowUpMessages = typeof sv;

const en: FollowUpMessages = {
  title: 'Following up the plan',
  intro:
    'You meet to see what has happened since last time, how the child and the family are now, and how the plan goes on.',
  startButton: 'Start the follow-up meeting',
  startHint: 'The plan as it is now is kept in its history before you start.',
  due: 'Follow-up planned for: {date}',
  closedTitle: 'The plan is closed',
  closedOn: 'Closed on {date}.',
  closedReason: 'Why: {reason}',
  progressLabel: 'Steps of the follow-up',
  stepOf: 'Step {n} of {total}',
  previous: 'Previous: {title}',
  next: 'Next: {title}',

  phasePresent: 'Who is here',
  phaseActions: 'What has happened',
  phaseWheel: 'How things are now',
  phaseGoals: 'The goals',
  phaseChanges: 'What changes',
  phaseNext: 'What happens next',
  introPresent: 'Tick who is here today and how the child takes part.',
  introActions:
    'Go through the actions one at a time: what has happened, and who reports it? Write briefly what came of it.',
  introWheel:
    'The child and the others fill in the wheel again. The new wheel is shown beside the one the plan started from. Differences are something to talk about, not a grade.',
  introGoals: "How did each goal go? Write it in the child's own words where you can.",
  introChanges:
    'Change the goals and actions that need it, add new ones. Actions that are done or cancelled are closed.',
  introNext: 'Decide when you meet next, or whether the plan can close, and why.',

  presentLegend: 'Who is here today?',
  participationLegend: 'How does the child take part?',
  noParticipants: 'The plan has no participants yet.',

  actionHeading: 'Action {n}: {what}',
  actionWho: 'Who: {who}',
  statusLegend: 'What happened to the action?',
  statusDone: 'Done',
  statusPartly: 'Partly done',
  statusNotDone: 'Not done',
  statusOngoing: 'Ongoing',
  statusCancelled: 'Cancelled',
  outcomeLabel: 'What came of it? (briefly)',
  reportedByLabel: 'Who reports it?',
  noActions: 'There are no open actions to follow up.',
  closedActions: 'Closed earlier: {list}',

  wheelStartHeading: 'The wheel then and now: {who}',
  wheelThen: 'Then ({date})',
  wheelThenUndated: 'Then',
  wheelNow: 'Now',
  wheelNoStart: 'The plan did not start from a wheel, so there is nothing to compare with.',
  wheelAdd: 'Fill in a new wheel: {who}',
  wheelNewHeading: 'New wheel: {who}',
  wheelNoNew: 'No new wheel has been filled in yet.',
  familyViewLabel: 'How do the child and the family see things now?',

  goalHeading: 'Goal {n}: {text}',
  evaluationLegend: 'How did it go?',
  evaluationReached: 'Reached',
  evaluationPartly: 'Partly reached',
  evaluationNotReached: 'Not reached',
  evaluationChanged: 'Changed',
  childWordsLabel: "In the child's own words",
  goalCommentLabel: 'What do the others say?',
  noGoals: 'The plan has no goals yet.',

  outcomeLegend: 'How does the plan go on?',
  outcomeContinue: 'We follow up again',
  outcomeClose: 'The plan closes',
  outcomeContinueHint: 'Enter the date of the next follow-up above.',
  outcomeCloseHint: 'Write above why the plan closes.',
  outcomeMissing: 'Choose whether you follow up again or the plan closes.',
  closeReasonMissing: 'Write why the plan closes, under "Closing the plan" above.',
  nextDateMissing: 'Enter the date of the next follow-up above.',
  finishButton: 'End the follow-up meeting',
  finished: 'The follow-up meeting has ended and is kept in the history.',
  started: 'The follow-up meeting has started.',

  historyTitle: "The plan's history",
  historyPick: 'Show the plan as it was',
  historyFirst: 'First meeting {date}',
  historyFollowUp: 'Follow-up {date}',
  historyNoDate: 'without a date',
  historyWho: 'At the meeting: {list}',
  historyNone: 'The plan has no history yet. It is kept when the first follow-up starts.',
  historyGoals: 'Goals then',
  historyActions: 'Actions then',
  historyChanges: 'Changed since',
  historyNoChanges: 'None of the goals or actions has changed since.',
  changeAdded: 'New: {text}',
  changeRemoved: 'Removed: {text}',
  changeChanged: 'Changed: {text}',
  changeFollowUp: 'Next follow-up: {before} → {after}',
  changeClosed: 'The plan has been closed.',
  nothing: '–',

  familyTitle: 'This is what has happened since last time',
  familyMeeting: 'We met on {date}.',
  familyActionsHeading: 'What has been done',
  familyGoalsHeading: 'How the goals went',
  familyWheelHeading: 'The wheel then and now',
  familyNextHeading: 'What happens now',
  familyNext: 'We meet again on {date}.',
  familyNextUndated: 'We will agree on a new time to meet.',
  familyClosed: 'The plan is closed. {reason}',
  familyNoFollowUp: 'You have not had a follow-up meeting yet.',
  familyChildWords: 'The child says: "{words}"',
  printButton: 'Print',
  protectedChild: 'The child',
};

/**
 * The follow-up catalogue: `followUpMessages.sv` and `followUpMessages.en`.
 *
 * @example
 * ```tsx
 * <SipFollowUp value={plan} onChange={setPlan} messages={{ startButton: 'Starta uppföljningen' }} />
 * ```
 */
export const followUpMessages: Record<ShippedLocale, FollowUpMessages> = { sv, en };
