/**
 * Brand colour variants with WCAG 2.x contrast: the light theme's brand darkened until it reads at 4.5:1 on
 * the light surfaces, the dark theme's lightened until it reads at 4.5:1 on the dark ones. Contrast and
 * relative luminance as defined by WCAG 2.2 (success criterion 1.4.3, "relative luminance").
 */
type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of a #rrggbb colour (0 black … 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mix `colour` towards `target` in steps of 2% until it reaches `ratio` against every background. */
export function withContrast(colour: string, backgrounds: string[], ratio: number, target: '#000000' | '#ffffff'): string {
  const from = parse(colour);
  const to = parse(target);
  for (let step = 0; step <= 50; step++) {
    const share = step / 50;
    const mixed = toHex(from.map((channel, index) => channel + (to[index]! - channel) * share) as Rgb);
    if (backgrounds.every((background) => contrast(mixed, background) >= ratio)) return mixed;
  }
  return target;
}

/** Surfaces text in the brand colour sits on (global.css uses the same values). */
export const SURFACES = {
  light: ['#ffffff', '#f3f5f7', '#eaf0f5'],
  dark: ['#121519', '#1a1f25', '#1f2a35'],
} as const;

/** The brand colour for each theme: as given where it already reads at 4.5:1, adjusted where not. */
export function brandVariants(brand: string): { light: string; dark: string } {
  return {
    light: withContrast(brand.toLowerCase(), [...SURFACES.light], 4.5, '#000000'),
    dark: withContrast(brand.toLowerCase(), [...SURFACES.dark], 4.5, '#ffffff'),
  };
}
