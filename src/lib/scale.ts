/**
 * Figures as a sentence writes them: one value stored in its base unit (21400000 warnings), printed per use in the
 * scale the sentence uses ("21.4 million"). Decimal arithmetic (big.js), so no digit is lost or invented by a float.
 */
import Big from 'big.js';

/** The scales a sentence may use, as powers of ten; the word is printed after the number. */
export const SCALES = { thousand: 3, million: 6, billion: 9 } as const;
export type Scale = keyof typeof SCALES;
export const SCALE_WORDS = ['thousand', 'million', 'billion'] as const satisfies readonly Scale[];

/**
 * A plain decimal string divided by the scale and rounded half-up to `decimals` (default: the decimals the division
 * needs, at most the written ones plus the scale's power): scaleDecimal("21400000", "million", 1) → "21.4".
 */
export function scaleDecimal(text: string, scale: Scale | undefined, decimals?: number): string {
  let value = new Big(text);
  if (scale) value = value.div(new Big(10).pow(SCALES[scale]));
  return decimals === undefined ? value.toFixed() : value.toFixed(decimals, Big.roundHalfUp);
}
