// The map's lightest step against "No rows", in both themes and for both hues, with WCAG 2's contrast
// ratio written out here: a colour-mix in sRGB is the weighted mean of the 0–255 channels; a channel's
// linear value is c/12.92 up to 0.04045 (c in 0–1), else ((c + 0.055)/1.055)^2.4; relative luminance
// L = 0.2126 R + 0.7152 G + 0.0722 B; contrast (L1 + 0.05)/(L2 + 0.05). Colours: src/styles/tokens.ts.
// Expected ratios worked out by hand and in a separate Python script, e.g. light, available, step 1 =
// 76 % #2c6bb5 in #ffffff: (94.64, 142.52, 198.76) → linear (0.1135, 0.2727, 0.5696) → L = 0.2603
// → 1.05 / 0.3103 = 3.38.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_MIX } from '../../src/charts/geo-color-steps.js';

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const mix = (a: Rgb, share: number, b: Rgb): Rgb =>
  a.map((c, i) => (c * share) / 100 + (b[i]! * (100 - share)) / 100) as Rgb;
const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const THEMES = {
  light: { bg: '#ffffff', text: '#1b1f24', muted: '#57606a', available: '#2c6bb5', active: '#1d7f45' },
  dark: { bg: '#15191e', text: '#e6edf3', muted: '#a1acb8', available: '#6cb6ff', active: '#57d38c' },
} as const;

const step = (theme: (typeof THEMES)['light' | 'dark'], hue: 'available' | 'active', index: number): Rgb => {
  const { hue: share, toward } = STEP_MIX[index]!;
  return mix(hex(theme[hue]), share, hex(toward === 'text' ? theme.text : theme.bg));
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

describe('geo map colours', () => {
  it('contrast() gives WCAG’s known ratios: 21 for black on white, 4.54 for #767676 on white', () => {
    assert.equal(round(contrast(hex('#000000'), hex('#ffffff'))), 21);
    assert.equal(round(contrast(hex('#767676'), hex('#ffffff'))), 4.54);
  });

  it('the old lightest step (36 %) was 1.4:1 against the old "No rows" grey (muted at 13 %)', () => {
    const { bg, muted, available } = THEMES.light;
    const ratio = contrast(mix(hex(available), 36, hex(bg)), mix(hex(muted), 13, hex(bg)));
    assert.equal(round(ratio, 1), 1.4);
  });

  it('step 1 is at least 3:1 against "No rows" (the background): 3.38, 3.24 light; 5.26, 5.88 dark', () => {
    const ratios = (['light', 'dark'] as const).flatMap((name) =>
      (['available', 'active'] as const).map((hue) =>
        contrast(step(THEMES[name], hue, 0), hex(THEMES[name].bg)),
      ),
    );
    [3.38, 3.24, 5.26, 5.88].forEach((expected, i) => assert.ok(Math.abs(ratios[i]! - expected) < 0.01));
    assert.ok(ratios.every((ratio) => ratio >= 3));
  });

  it('the outline of a country without rows (muted at 70 %) is 3:1 against the background', () => {
    for (const theme of Object.values(THEMES)) {
      const edge = mix(hex(theme.muted), 70, hex(theme.bg));
      assert.ok(contrast(edge, hex(theme.bg)) >= 3, theme.bg);
    }
  });

  it('the five steps run one way, each at least 1.15:1 from the next, in both themes and hues', () => {
    for (const theme of Object.values(THEMES)) {
      for (const hue of ['available', 'active'] as const) {
        const l = STEP_MIX.map((_, i) => luminance(step(theme, hue, i)));
        const darker = theme.bg === '#ffffff';
        for (let i = 1; i < l.length; i++) {
          const [a, b] = [l[i - 1]!, l[i]!];
          assert.equal(darker ? b < a : b > a, true, `${theme.bg} ${hue} step ${i + 1}`);
          assert.ok((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) >= 1.15, `${theme.bg} ${hue} ${i + 1}`);
        }
      }
    }
  });
});
