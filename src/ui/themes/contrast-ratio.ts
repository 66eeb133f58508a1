// WCAG 2.1 contrast between colours, for the tests that hold every theme to 4.5:1 (text) and 3:1
// (lines, focus rings): parsing CSS colours, compositing translucent ones, relative luminance.

export type Rgba = [number, number, number, number];

/** `#rrggbb`, `rgb(…)` or `rgba(…)` as 0–255 channels and 0–1 alpha. */
export function parseColour(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(colour.trim());
  if (!rgba) throw new Error(`unreadable colour ${colour}`);
  const [r, g, b, a = 1] = rgba[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** `top` painted over an opaque `below`. */
export const over = (top: Rgba, below: Rgba): Rgba =>
  [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba;

export function relativeLuminance([r, g, b]: Rgba | readonly number[]): number {
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba | readonly number[], b: Rgba | readonly number[]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent background over anything from black to white: its worst contrast with `text`. */
export function worstContrast(text: string, background: string): number {
  const bg = parseColour(background);
  const fg = parseColour(text);
  return Math.min(contrastRatio(fg, over(bg, [0, 0, 0, 1])), contrastRatio(fg, over(bg, [255, 255, 255, 1])));
}
