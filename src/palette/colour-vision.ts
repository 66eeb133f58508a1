// Colour science for checking the palette: sRGB to CIELAB, the CIEDE2000 colour difference, and
// simulated colour-vision deficiencies and a washed-out projector. Pure functions, no three.

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

export type Vision = 'normal' | 'deuteranopia' | 'protanopia' | 'tritanopia' | 'projector';
export const VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia', 'tritanopia', 'projector'];

/**
 * Machado, Oliveira & Fernandes 2009 (IEEE TVCG 15:1291), severity 1.0: full dichromacy,
 * applied to linear RGB. Row-major 3×3.
 */
const MACHADO: Record<'deuteranopia' | 'protanopia' | 'tritanopia', readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/**
 * A washed-out classroom projector: ambient light lifts black to 25% and the lamp's contrast
 * compresses the rest (a simple model, chosen to be harsh: linear light l → 0.25 + 0.7 l).
 */
const PROJECTOR_BLACK = 0.25;
const PROJECTOR_RANGE = 0.7;

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number): number => {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
};

/** The sRGB colour (0–1) as a viewer with this vision sees it. */
export function simulateVision(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const lin = rgb.map(toLinear);
  if (vision === 'projector') return lin.map((l) => toSrgb(PROJECTOR_BLACK + PROJECTOR_RANGE * l)) as unknown as Rgb;
  const m = MACHADO[vision];
  return [
    toSrgb(m[0] * lin[0] + m[1] * lin[1] + m[2] * lin[2]),
    toSrgb(m[3] * lin[0] + m[4] * lin[1] + m[5] * lin[2]),
    toSrgb(m[6] * lin[0] + m[7] * lin[1] + m[8] * lin[2]),
  ];
}

/** sRGB (0–1) to CIELAB, D65 white. */
export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const fx = f(x), fy = f(y), fz = f(z);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1), C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1, a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1), C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number): number => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(a1p, b1), h2p = hue(a2p, b2);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpm = (h1p + h2p) / 2;
    else hpm = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos((hpm - 30) * rad) + 0.24 * Math.cos(2 * hpm * rad)
    + 0.32 * Math.cos((3 * hpm + 6) * rad) - 0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const SC = 1 + 0.045 * Cpm;
  const SH = 1 + 0.015 * Cpm * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** ΔE2000 between two sRGB hex colours as a viewer with this vision sees them. */
export function colourDistance(hexA: string, hexB: string, vision: Vision = 'normal'): number {
  return deltaE2000(rgbToLab(simulateVision(hexToRgb(hexA), vision)), rgbToLab(simulateVision(hexToRgb(hexB), vision)));
}
