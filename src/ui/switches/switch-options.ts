// The choices offered beside the switches: when the senolytic is given (the default window during
// involution, and later ones) and when the tumour is seeded (at weaning, mid-involution, after it).

export const CLEARANCE_WINDOWS: readonly [number, number][] = [[2, 6], [6, 10], [14, 18]];
export const TUMOUR_SEED_DAYS: readonly number[] = [0, 3, 15];

/** The option's value for a select ("2-6"), and back. */
export const windowValue = ([start, end]: readonly [number, number]): string => `${start}-${end}`;
export const parseWindowValue = (value: string): [number, number] => value.split('-').map(Number) as [number, number];

/** The offered windows, plus the current one if it came from a URL with another window. */
export function clearanceWindowOptions(current: readonly [number, number]): [number, number][] {
  const options = [...CLEARANCE_WINDOWS];
  if (!options.some((w) => w[0] === current[0] && w[1] === current[1])) options.push([current[0], current[1]]);
  return options.sort((a, b) => a[0] - b[0]);
}

/** The offered seeding days, plus the current one if it came from a URL with another day. */
export function tumourSeedDayOptions(current: number): number[] {
  return [...new Set([...TUMOUR_SEED_DAYS, current])].sort((a, b) => a - b);
}
