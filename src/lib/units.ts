/** Join a number and its unit: no space before "%" or "+…" ("28%", "800+ people"), a space otherwise. */
export function withUnit(number: string, unit: string | undefined): string {
  if (!unit) return number;
  return /^[%+]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}
