// Downloads a PNG of the view, named after what it shows.

import type { LobuleState } from '../../state/store';

export function imageFileName(state: Pick<LobuleState, 'day' | 'settings' | 'colourMode'>): string {
  const { settings } = state;
  const parts = ['lobule', `day${Math.round(state.day * 100) / 100}`, `seed${settings.seed}`];
  if (settings.clearance) parts.push('senolytic');
  if (settings.tumour) parts.push('tumour');
  if (state.colourMode !== 'cells') parts.push(state.colourMode);
  return `${parts.join('-')}.png`;
}

/** Saves the blob under this name through a temporary link; false when there is no picture. */
export function downloadBlob(blob: Blob | null, name: string): boolean {
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the blob is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
