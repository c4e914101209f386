import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast.ts';

describe('relativeLuminance', () => {
  it('is 1 for white and 0 for black', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
  });

  it('follows the WCAG channel weights', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('accepts #rgb and any letter case', () => {
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#ABC')).toBe(relativeLuminance('#aabbcc'));
    expect(relativeLuminance('#1F5AA6')).toBe(relativeLuminance('#1f5aa6'));
  });

  it('returns NaN for malformed input instead of throwing', () => {
    for (const bad of [
      '',
      'red',
      '#12',
      '#1234',
      '#12345',
      '#1234567',
      '#gggggg',
      'ffffff',
      'rgb(0,0,0)',
    ]) {
      expect(relativeLuminance(bad), bad).toBeNaN();
    }
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(relativeLuminance(bad as unknown as string)).toBeNaN();
    }
  });
});

describe('contrastRatio', () => {
  it('matches known WCAG pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5); // the classic near miss
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
  });

  it('is symmetric and 1 for a colour against itself', () => {
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
    expect(contrastRatio('#1f5aa6', '#1f5aa6')).toBe(1);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
  });

  it('returns NaN when either colour is malformed', () => {
    expect(contrastRatio('#fff', 'white')).toBeNaN();
    expect(contrastRatio('nope', '#000')).toBeNaN();
  });
});
