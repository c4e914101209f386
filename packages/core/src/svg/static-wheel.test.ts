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

  test('protected identity beats every name: no name, address, guardian label or name prop', () => {
    const child = { name: 'Sam Ek', address: 'Storgatan 1', protectedIdentity: true };
    const mother = {
      ...childAssessment(),
      perspective: { kind: 'guardian' as const, label: 'Mamma Lena' },
      child,
    };
    for (const audience of ['meeting', 'guardian', 'contact-person', 'respondent'] as const) {
      const svg = staticWheelSvg(mother, defaultPack, { audience, perspectiveName: 'Mamma Lena' });
      expect(svg).not.toMatch(/Sam Ek|Storgatan|Lena/);
      expect(svg).toContain('<title>Barnets bästa-hjulet: Vårdnadshavare</title>');
    }
    // Without protected identity the host's name for the perspective stands.
    const open = staticWheelSvg({ ...mother, child: {} }, defaultPack, {
      perspectiveName: 'Mamma',
    });
    expect(open).toContain('<title>Barnets bästa-hjulet: Mamma</title>');
  });

  test('a guardian sees what the meeting sees: no contact-person answer in the file', () => {
    const a = setAreaAssessment(childAssessment(), 'trygg', {
      answer: { kind: 'value', value: 4 },
      visibility: 'contact-person',
    });
    expect(staticWheelText(a, defaultPack, { audience: 'guardian' })[0]).toBe(
      'Trygg: Inte besvarat',
    );
    expect(staticWheelText(a, defaultPack, { audience: 'contact-person' })[0]).toBe(
      'Trygg: 4 av 5, Stämmer bra',
    );
  });
});
