// The order in which the rules run each step. Sensing before acting: the clock and the census
// first, then the fields, then the cells' decisions, then the structures that follow from them.

import type { Rule } from './model';
import { refillAdipocytes } from './rules/adipocyte-refill';
import { collapseAlveoli } from './rules/alveolar-collapse';
import { remodelBasementMembrane } from './rules/basement-membrane';
import { takeCensus } from './rules/census';
import { digestEngulfed } from './rules/digestion';
import { killEpithelium } from './rules/epithelial-death';
import { engulfByMacrophages } from './rules/macrophage-engulfing';
import { migrateMacrophages } from './rules/macrophage-migration';
import { trafficMacrophages } from './rules/macrophage-recruitment';
import { applyMilkStasis } from './rules/milk-stasis';
import { advancePhaseClock } from './rules/phase-clock';
import { spreadSaspField } from './rules/sasp-field';
import { induceSenescence } from './rules/senescence';
import { applySenolytic } from './rules/senolytic-clearance';
import { shedDeadCells } from './rules/shedding';
import { remodelCollagen } from './rules/stroma-activity';
import { invadeAndIntravasate } from './rules/tumour-invasion';
import { growTumour } from './rules/tumour-growth';
import { seedTumour } from './rules/tumour-seeding';

export const RULE_SCHEDULE: readonly Rule[] = [
  advancePhaseClock,
  takeCensus,
  applyMilkStasis,
  spreadSaspField,
  induceSenescence,
  applySenolytic,
  killEpithelium,
  shedDeadCells,
  engulfByMacrophages,
  digestEngulfed,
  remodelBasementMembrane,
  collapseAlveoli,
  trafficMacrophages,
  migrateMacrophages,
  refillAdipocytes,
  seedTumour,
  growTumour,
  invadeAndIntravasate,
  remodelCollagen,
];
