// The guided tour as data: eight chapters telling the science brief's story, from a lactating
// lobule to what the mouse study does and does not mean. Each chapter sets the day (or a span
// played through), the switches, compare, camera, colours and the structures it names, and has a
// two-sentence caption. Playing it is a function of time (tour-player.ts).

import type { MessageKey } from '../../i18n/translate';
import type { SceneLabelId } from '../../state/scene-labels';
import type { CameraPreset, ColourMode } from '../../state/view-slice';

export interface TourChapter {
  /** Stable id, used by `?tour=<id>`. */
  id: string;
  title: MessageKey;
  caption: MessageKey;
  /** Day shown when the chapter opens (days since weaning). */
  day: number;
  /** If set, the chapter plays from `day` to this day, then holds. */
  untilDay?: number;
  /** How long the chapter lasts when the tour plays by itself (seconds): reading time for the caption. */
  seconds: number;
  /** Senolytic dosing window in days, or off. */
  clearance: false | [number, number];
  /** Tumour seeding day, or off. */
  tumour: false | number;
  compare: boolean;
  camera: CameraPreset;
  cutaway: boolean;
  colourMode: ColourMode;
  highlights: SceneLabelId[];
}

export const TOUR_CHAPTERS: readonly TourChapter[] = [
  {
    id: 'lactation', title: 'tour.lactation.title', caption: 'tour.lactation.caption',
    day: -2, untilDay: -0.5, seconds: 14, clearance: false, tumour: false, compare: false,
    camera: 'alveolus', cutaway: true, colourMode: 'cells', highlights: ['alveolus', 'milk', 'myoepithelial'],
  },
  {
    id: 'weaning', title: 'tour.weaning.title', caption: 'tour.weaning.caption',
    day: -0.25, untilDay: 2, seconds: 16, clearance: false, tumour: false, compare: false,
    camera: 'alveolus', cutaway: true, colourMode: 'cells', highlights: ['milk', 'membrane'],
  },
  {
    id: 'senescence', title: 'tour.senescence.title', caption: 'tour.senescence.caption',
    day: 2, untilDay: 5.5, seconds: 16, clearance: false, tumour: false, compare: false,
    camera: 'alveolus', cutaway: true, colourMode: 'cells', highlights: ['senescent', 'macrophage'],
  },
  {
    id: 'remodelling', title: 'tour.remodelling.title', caption: 'tour.remodelling.caption',
    day: 5, untilDay: 12, seconds: 16, clearance: false, tumour: false, compare: false,
    camera: 'overview', cutaway: true, colourMode: 'cells', highlights: ['adipocyte', 'macrophage', 'duct'],
  },
  {
    id: 'senolytic', title: 'tour.senolytic.title', caption: 'tour.senolytic.caption',
    day: 2, untilDay: 9, seconds: 18, clearance: [2, 6], tumour: false, compare: true,
    camera: 'overview', cutaway: true, colourMode: 'cells', highlights: ['senescent', 'adipocyte'],
  },
  {
    id: 'tumour-at-weaning', title: 'tour.tumourAtWeaning.title', caption: 'tour.tumourAtWeaning.caption',
    day: 3, untilDay: 10, seconds: 18, clearance: [2, 6], tumour: 0, compare: true,
    camera: 'tumour', cutaway: true, colourMode: 'cells', highlights: ['tumour', 'capillary', 'senescent'],
  },
  {
    id: 'tumour-after-involution', title: 'tour.tumourAfter.title', caption: 'tour.tumourAfter.caption',
    day: 15, untilDay: 28, seconds: 16, clearance: false, tumour: 15, compare: false,
    camera: 'tumour', cutaway: true, colourMode: 'cells', highlights: ['tumour', 'adipocyte'],
  },
  {
    id: 'meaning', title: 'tour.meaning.title', caption: 'tour.meaning.caption',
    day: 28, seconds: 16, clearance: false, tumour: false, compare: false,
    camera: 'overview', cutaway: false, colourMode: 'cells', highlights: ['duct', 'adipocyte'],
  },
];

export const TOUR_CHAPTER_IDS: readonly string[] = TOUR_CHAPTERS.map((c) => c.id);
