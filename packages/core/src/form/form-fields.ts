import { encodeAnswer } from '../scales/scales.ts';
import type { AreaAssessment, Assessment } from '../assessment/types.ts';
import { maySee, type Viewer } from '../privacy/viewers.ts';

/** What one area or the hopes submits besides the answer. */
export type WheelFieldPart = 'answer' | 'note' | 'visibility' | 'talkedAbout';

/** Options of {@link wheelFormFields}: how the wheel that submits is set up. */
export interface WheelFormOptions {
  /** The respondent chooses who may see each answer: every area and the hopes send a visibility. */
  allowVisibilityChoice?: boolean;
  /** The closing question is shown, so the hopes take part. Default `true`. */
  hopes?: boolean;
  /**
   * Who receives the post: only what this viewer may see is sent (`maySee` in
   * `@barnets-basta/core/privacy`). Default `'meeting'`, so a child's "Bara jag" and
   * contact-person answers never reach the host's form by accident. A host that is the child's
   * own store (a draft the child comes back to) asks for everything with `'respondent'`; one
   * serving the child's contact person with `'contact-person'`.
   */
  receiver?: Viewer;
}

/**
 * The name of one form field a wheel submits under `name`: `hjul.trygg`, `hjul.trygg.note`, …
 * `areaId` `null` names the hopes (`hjul.hopes`, `hjul.hopes.visibility`).
 *
 * @example
 * wheelFieldName('hjul', 'trygg'); // "hjul.trygg"
 * wheelFieldName('hjul', 'trygg', 'note'); // "hjul.trygg.note"
 * wheelFieldName('hjul', null, 'visibility'); // "hjul.hopes.visibility"
 */
export function wheelFieldName(
  name: string,
  areaId: string | null,
  part: WheelFieldPart = 'answer',
): string {
  const base = `${name}.${areaId ?? 'hopes'}`;
  return part === 'answer' ? base : `${base}.${part}`;
}

/**
 * The form fields of one area, in a fixed order: the answer (as {@link encodeAnswer} writes it),
 * the note, the visibility and "talked about", each only when it has a value. The visibility
 * belongs to what the area holds: with `allowVisibilityChoice` an area with an answer, a note or
 * "talked about" sends it, defaulting to `meeting`; an untouched area sends nothing (so the
 * contract needs no content pack to know the areas).
 *
 * @example
 * areaFormFields('hjul', 'trygg', { answer: { kind: 'value', value: 4 }, note: 'Bra' });
 * // [['hjul.trygg', '4'], ['hjul.trygg.note', 'Bra']]
 */
export function areaFormFields(
  name: string,
  areaId: string,
  area: AreaAssessment | undefined,
  options: WheelFormOptions = {},
): [string, string][] {
  const fields: [string, string][] = [];
  const answer = encodeAnswer(area?.answer);
  if (answer) fields.push([wheelFieldName(name, areaId), answer]);
  if (area?.note) fields.push([wheelFieldName(name, areaId, 'note'), area.note]);
  const holds = fields.length > 0 || area?.talkedAbout === true;
  if (area?.visibility || (options.allowVisibilityChoice && holds))
    fields.push([wheelFieldName(name, areaId, 'visibility'), area?.visibility ?? 'meeting']);
  if (area?.talkedAbout) fields.push([wheelFieldName(name, areaId, 'talkedAbout'), 'true']);
  return fields;
}

/**
 * The one form contract of the wheel: every field a wheel named `name` submits for an
 * assessment, in order (the areas in the given order, then the hopes). The React `<Wheel>`
 * submits these through its native inputs plus hidden inputs for the rest, `<bb-wheel>` through
 * ElementInternals (and adds the whole assessment as core JSON under `name`). A native text field
 * may also send its name with an empty value, which reads back as "no value". Read the values
 * back with {@link decodeAnswer}. Only what `options.receiver` (default `'meeting'`) may see is sent.
 *
 * @example
 * wheelFormFields('hjul', assessment, ['trygg', 'ma-bra'], { allowVisibilityChoice: true });
 * // [['hjul.trygg', '4'], ['hjul.trygg.visibility', 'meeting'], …, ['hjul.hopes', 'Att…']]
 */
export function wheelFormFields(
  name: string,
  assessment: Assessment,
  areaIds: readonly string[] = Object.keys(assessment.areas),
  options: WheelFormOptions = {},
): [string, string][] {
  const receiver = options.receiver ?? 'meeting';
  const fields = areaIds.flatMap((id) => {
    const area = assessment.areas[id];
    // What the receiver may not see is not sent at all: not even its mark tells it was there.
    return area && !maySee(area.visibility, receiver)
      ? []
      : areaFormFields(name, id, area, options);
  });
  if (options.hopes !== false && maySee(assessment.hopes?.visibility, receiver)) {
    const hopes = assessment.hopes;
    if (hopes?.text) fields.push([wheelFieldName(name, null), hopes.text]);
    if (hopes?.visibility || options.allowVisibilityChoice)
      fields.push([wheelFieldName(name, null, 'visibility'), hopes?.visibility ?? 'meeting']);
  }
  return fields;
}
