// A drawn thing's shape and colour, small: the legend's and the picture key's swatches.

import { useId } from 'react';
import type { SwatchShape } from './legend-entries';

/**
 * `second`: the swatch's right half in another colour, for one kind of cell in two states (the
 * picture key's alveolar cell, bright while making milk and pale after; its fat cell, buff when
 * emptied and yellow when full).
 */
export function Swatch({ shape, colour, halo, second }: { shape: SwatchShape; colour: string; halo: boolean; second?: string }) {
  const rightHalf = useId();
  if (second === undefined) return <svg className="swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">{swatchBody(shape, colour, halo)}</svg>;
  return (
    <svg className="swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <clipPath id={rightHalf}><rect x="12" y="0" width="12" height="24" /></clipPath>
      {swatchBody(shape, colour, halo)}
      <g clipPath={`url(#${rightHalf})`}>{swatchBody(shape, second, halo)}</g>
    </svg>
  );
}

function swatchBody(shape: SwatchShape, colour: string, halo: boolean) {
  const stroke = '#333';
  switch (shape) {
    case 'hexagon': return <polygon points="12,3 20,7.5 20,16.5 12,21 4,16.5 4,7.5" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'flat-halo': return (
      <>
        {halo && <ellipse cx="12" cy="12" rx="11" ry="8" fill={colour} opacity="0.3" />}
        <ellipse cx="12" cy="13" rx="9" ry="4" fill={colour} stroke={stroke} strokeWidth="1" />
        {/* The no-division badge. */}
        <circle cx="12" cy="6" r="3.2" fill="none" stroke={stroke} strokeWidth="1.2" />
        <path d="M9.8 8.2 L14.2 3.8" stroke={stroke} strokeWidth="1.2" />
      </>
    );
    case 'small-dot': return <circle cx="12" cy="12" r="4" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'star': return <><path d="M12 12 L22 9 M12 12 L17 21 M12 12 L5 20 M12 12 L3 8 M12 12 L13 2" stroke={colour} strokeWidth="2" /><circle cx="12" cy="12" r="3.5" fill={colour} /></>;
    case 'ring': return <circle cx="12" cy="12" r="8" fill="none" stroke={colour} strokeWidth="3" strokeDasharray="9 3" />;
    case 'droplet': return <circle cx="12" cy="12" r="9" fill={colour} stroke={stroke} strokeWidth="0.8" opacity="0.85" />;
    case 'polygon': return <polygon points="7,3 17,2 22,10 19,20 9,22 2,14" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'fibre': return <path d="M2 14 C6 8 9 18 13 12 S19 8 22 11 M2 11 C6 17 9 7 13 13 S19 16 22 13" fill="none" stroke={colour} strokeWidth="1.8" />;
    case 'amoeba': return <path d="M5 14 C3 8 9 4 13 6 C16 2 22 5 19 10 C23 14 17 20 12 18 C8 21 4 18 5 14 Z" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'spindle': return <path d="M2 12 Q12 5 22 12 Q12 19 2 12 Z" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'tube': return <rect x="2" y="9" width="20" height="6" rx="3" fill={colour} stroke={stroke} strokeWidth="1" />;
    case 'lumpy': return <path d="M6 8 C8 3 14 5 16 6 C21 6 21 12 19 14 C20 19 14 21 11 19 C6 21 3 15 5 12 C3 10 5 9 6 8 Z" fill={colour} stroke={stroke} strokeWidth="1" />;
  }
}
