/** Brand colour variants: each reads at 4.5:1 on its theme's surfaces (WCAG 1.4.3). */
import { describe, expect, it } from 'vitest';
import { SURFACES, brandVariants, contrast } from '../../src/lib/colour.ts';

describe('brand colour variants', () => {
  it('keeps a colour that already reads well on light surfaces, and lightens it for the dark theme', () => {
    const { light, dark } = brandVariants('#1f5f8b');
    expect(light).toBe('#1f5f8b');
    expect(contrast('#1f5f8b', '#ffffff')).toBeCloseTo(6.8, 1);
    for (const surface of SURFACES.dark) expect(contrast(dark, surface)).toBeGreaterThanOrEqual(4.5);
    expect(dark).not.toBe('#1f5f8b');
  });

  it('darkens a pale brand colour until it reads at 4.5:1 on every light surface', () => {
    const { light } = brandVariants('#7fb3d5');
    for (const surface of SURFACES.light) expect(contrast(light, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the WCAG ratio: black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBe(21);
  });
});
