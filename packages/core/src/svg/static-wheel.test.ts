import { describe, expect, test } from 'vitest';
import { createAssessment, setAreaAssessment } from '../assessment/assessment.ts';
import { defaultPack } from '../content/packs/barnets-basta.ts';
import { staticWheelSvg, staticWheelText } from './static-wheel.ts';

function childAssessment() {
  let a = createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } });
  a = { ...a, child: { name: 'Sam <b>' } };
  a = setAreaAssessment(a, 'trygg', { answer: { kind: 'value', value: 4 } });
  a = setAreaAssessment(a, 'ma-bra', { answer: { kind: 'dont-know' } });
  a = setAreaAssessment(a, 'aktiv', {
    answer: { kind: 'value', value: 2 },
    visibility: 'respondent',
  });
  return a;
}

describe('static wheel', () => {
  test('a text equivalent, one line per area, private answers left out', () => {
    const lines = staticWheelText(childAssessment(), defaultPack);
    expect(lines).toHaveLength(defaultPack.areas.length);
    expect(lines[0]).toBe('Trygg: 4 av 5, Stämmer bra');
    expect(lines[1]).toBe('Må bra: Vet inte');
    expect(lines.find((l) => l.startsWith('Aktiv'))).toBe('Aktiv: Inte besvarat');
    const own = staticWheelText(childAssessment(), defaultPack, {
      audience: 'respondent',
      lang: 'en',
    });
    expect(own.find((l) => l.startsWith('Active'))).toMatch(/^Active: 2 of 5, \w/);
  });

  test('a standalone SVG, made in Node without a DOM, that names itself and escapes text', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const svg = staticWheelSvg(childAssessment(), defaultPack);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<desc>Trygg: 4 av 5, Stämmer bra\nMå bra: Vet inte');
    expect(svg).toContain('Sam &#60;b&#62;');
    expect(svg).not.toContain('<b>');
    // One coloured sector per area, one radial fill per value the meeting may see.
    expect(svg.match(/fill-opacity="0.18"/g)).toHaveLength(defaultPack.areas.length);
    expect(svg.match(/<path d="[^"]+" fill="#[0-9a-f]+"\/>/gi)).toHaveLength(1);
  });

  test('protected identity: the centre shows the pack centre, never the name', () => {
    const a = { ...childAssessment(), child: { protectedIdentity: true } };
    const svg = staticWheelSvg(a, defaultPack);
    expect(svg).not.toContain('Sam');
    expect(svg).toContain(`>${defaultPack.texts.sv!.centre}</text>`);
  });
});
