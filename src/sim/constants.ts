// Every number the model uses, with its unit in its name and its evidence tag from the science brief:
// [2026] Chiche et al. 2026, [LIT] established literature (source named), [INF] illustrative placeholder.

/** Timeline of one run, in days since weaning (day 0 = forced weaning). */
export const TIMELINE_START_DAY = -3;
export const TIMELINE_END_DAY = 28;

/**
 * The model's internal time step (hours). Every rule integrates over it in a step-independent form
 * (hazards, exact relaxations, random walks ∝ √dt), so halving it changes the headline figures by
 * well under 10% (tests/unit/sim/time-step.test.ts). Sampling (`--step-hours`) never changes it. [INF]
 */
export const MODEL_STEP_HOURS = 1;

// ---- Anatomy (µm) --------------------------------------------------------------------------------

/** Lobule ellipsoid semi-axes at scale 1; about 550 µm across. [INF; brief §3 says 400–600 µm] */
export const LOBULE_SEMI_AXES_UM = [285, 255, 235] as const;
/** Alveoli at scale 1. [INF; issue: 20–30 alveoli] */
export const ALVEOLI_PER_LOBULE = 24;
/** Lactating alveolus radius range; about 90–125 µm across. [INF; brief §3 says 50–150 µm] */
export const ALVEOLUS_RADIUS_MIN_UM = 46;
export const ALVEOLUS_RADIUS_MAX_UM = 62;
/** Gap of stroma kept between neighbouring alveoli. [INF] */
export const ALVEOLUS_GAP_UM = 10;
/** Radius a fully collapsed alveolus keeps as a small bud. [INF] */
export const BUD_RADIUS_MIN_UM = 14;
/** Luminal cell footprint on the alveolar surface; a cell is about 13 µm across. [INF; brief §3: 10–15 µm] */
export const LUMINAL_FOOTPRINT_UM2 = 170;
export const LUMINAL_RADIUS_UM = 6.5;
/** Cone around the stalk (radians) left free of cells where the alveolus opens into its ductule. */
export const ALVEOLUS_OPENING_RAD = 0.42;
/** Myoepithelial basket cells per alveolus, and their body radius. [INF; brief §3] */
export const MYOEPITHELIAL_PER_ALVEOLUS = 14;
export const MYOEPITHELIAL_RADIUS_UM = 5;
/** Basement-membrane patches per alveolus: the membrane can be breached patch by patch. [INF] */
export const MEMBRANE_PATCHES_PER_ALVEOLUS = 20;
/** A patch counts as breached below this integrity; cells can pass it. [INF] */
export const MEMBRANE_BREACHED_BELOW = 0.3;
/** Terminal duct: radius of the trunk and of the finest ductules. [INF] */
export const DUCT_RADIUS_UM = 14;
export const DUCTULE_RADIUS_UM = 7;
/**
 * Adipocytes, packed through the stroma: least distance between centres, and the largest and
 * smallest full (lipid-filled) radius. Emptied in lactation a cell is ~32 µm across; full, 50–60 µm.
 * [INF; brief §3: 30–50 µm typical, up to 120 µm]
 */
export const ADIPOCYTE_SPACING_UM = 50;
export const ADIPOCYTE_RADIUS_MAX_UM = 30;
export const ADIPOCYTE_RADIUS_MIN_UM = 14;
export const FIBROBLASTS_PER_ALVEOLUS = 4;
export const FIBROBLAST_LENGTH_UM = 34;
export const COLLAGEN_FIBRES_PER_ALVEOLUS = 6;
export const COLLAGEN_FIBRE_LENGTH_UM = 60;
/** Capillaries: vessels per lobule at scale 1 and segment length. [INF; brief §3: 5–10 µm lumen] */
export const CAPILLARIES_PER_LOBULE = 9;
export const CAPILLARY_SEGMENT_UM = 22;
export const CAPILLARY_RADIUS_UM = 4;

// ---- Phase 1: milk stasis and STAT3 ----------------------------------------------------------------

/**
 * STAT3 follows milk stasis: LIF from distended alveoli switches it on, so it tracks the milk still in
 * the lumens, relaxing toward it with this half-time. [INF; LIT: active within ~12 h and fading as the
 * milk is resorbed by days 4–6, Watson 2006; Kritikou 2003]
 */
export const STAT3_HALF_TIME_HOURS = 6;
/** Milk fill at which the stasis signal is half its full strength (how long STAT3 outlasts the milk). [INF] */
export const STAT3_MILK_HALF_SATURATION = 0.25;
/** The MMP remodelling programme switches on for good at this day. [LIT: Lund 1996; Zwick 2018] */
export const REMODELLING_COMMIT_DAY = 2;
/** Milk is resorbed from the lumen with this time constant once stasis starts. [INF] */
export const MILK_RESORPTION_DAYS = 1.6;
/** Luminal cells stop secreting after weaning at this rate, scaled by STAT3. [INF] */
export const SECRETION_STOP_PER_DAY = 1.2;

// ---- Epithelial death ------------------------------------------------------------------------------

/** Lysosomal death driven by STAT3 (× STAT3): phase I, fading as the milk is resorbed. [INF; brief §6 rule 2; LIT: Kreuzaler 2011] */
export const DEATH_STAT3_PER_DAY = 0.15;
/**
 * Anoikis from day 2: × the share of the alveolus's membrane that is breached, while the alveolus has more
 * cells than a settled bud keeps. Death ends because the tissue settles, not on a date. [INF; LIT direction: Lund 1996]
 */
export const DEATH_ANOIKIS_PER_DAY = 2.2;
/**
 * Cells a settled bud keeps: the lining of a bud of BUD_RADIUS_MIN_UM (≈ 14 cells). An alveolus with
 * no more living cells than this has settled and its cells stop dying. [INF; LIT: surviving epithelium
 * reorganises into buds and ducts by ~day 15]
 */
export const BUD_CELLS = 14;
/** A dying cell rounds up and detaches over this long, then floats shed in the lumen. [LIT: Watson 2006] */
export const DETACH_HOURS = 6;
/** Shed cells are eaten by living neighbours at this rate × the living fraction of their alveolus. [LIT: Monks 2002] */
export const NEIGHBOUR_CLEARANCE_PER_DAY = 0.55;
/** Dying cells shrink to this share of their radius. [LIT: brief §3, 5–8 µm] */
export const SHED_RADIUS_FACTOR = 0.6;
/** Engulfed material disappears into the eater over this long (longer than a frame, so it shows). [INF] */
export const ENGULF_HOURS = 8;

// ---- Senescence and SASP ---------------------------------------------------------------------------

/**
 * p16-dependent senescence, induced by the cell's state [2026 for its existence and p16; numbers INF]:
 * a cell that has survived STAT3-driven stress for a while arrests at this rate × STAT3 (reaching it
 * after SENESCENCE_STRESS_HOURS of stress), and a cell whose alveolus's membrane is breached at this
 * rate × the breached share (damage at a broken matrix). The peak then emerges from STAT3 fading,
 * cells dying and macrophages clearing them.
 */
export const SENESCENCE_STRESS_PER_DAY = 0.07;
export const SENESCENCE_STRESS_HOURS = 72;
export const SENESCENCE_BREACH_PER_DAY = 0.004;
/** Senescent cells enlarge (area 1.5–3×). [LIT in culture; INF in tissue] */
export const SENESCENT_RADIUS_FACTOR = 1.45;
/** SASP field: grid voxel and the distance over which the signal falls to 1/e. [INF; brief §6 rule 4: 50–100 µm] */
export const FIELD_VOXEL_UM = 30;
export const SASP_DECAY_LENGTH_UM = 70;
/** Field strength at which the local SASP signal is half-saturated. [INF] */
export const SASP_HALF_SATURATION = 5;

// ---- Basement membrane (MMP activity) -------------------------------------------------------------

/**
 * Membrane loss (per day) has three sources. The involution programme's own proteases (MMP3,
 * plasmin), switched on at the commitment and peaking in phase II: rate = peak × x·e^(1−x), x = days
 * since commitment / rise time, so it peaks on day 2 + rise. [LIT: proteinases induced days 3–6,
 * Lund 1996; numbers INF]
 */
export const MMP_PROGRAMME_PEAK_PER_DAY = 0.05;
export const MMP_PROGRAMME_RISE_DAYS = 2.5;
/** The SASP's own MMPs (MMP3/10) × the local SASP signal. [INF; LIT: SASP includes MMPs, Coppé 2008] */
export const MMP_SASP_PER_DAY = 0.45;
/**
 * Proteases and plasmin (uPA) from each macrophage at a patch (within MACROPHAGE_PROTEASE_REACH_UM of
 * it). [INF; LIT: macrophages are needed for remodelling, O'Brien 2012]
 */
export const MMP_PER_MACROPHAGE_PER_DAY = 1.4;
export const MACROPHAGE_PROTEASE_REACH_UM = 30;
/**
 * Membrane is laid down again around a bud that has settled: at this rate × settled², where settled
 * (0–1) is how far the alveolus has shrunk toward the size its surviving cells can line. [LIT: matrix restored d7–15; INF]
 */
export const MEMBRANE_REPAIR_PER_DAY = 0.3;

// ---- Alveolar collapse ----------------------------------------------------------------------------

/** An alveolus shrinks toward the size its surviving cells can line, gated by membrane loss. [LIT direction: Lund 1996] */
export const COLLAPSE_PER_DAY = 2.0;
/** How far a fully collapsed alveolus's surface folds in and out, as a share of its radius. [INF; LIT: alveoli collapse, Lund 1996] */
export const CRUMPLE_AMPLITUDE = 0.3;

// ---- Macrophages ----------------------------------------------------------------------------------

/** Resident macrophages per alveolus in lactation. [INF] */
export const RESIDENT_MACROPHAGES_PER_ALVEOLUS = 1;
/** Baseline turnover: macrophages leave at this rate, and arrive to balance it. [INF] */
export const MACROPHAGE_LEAVE_PER_DAY = 1.4;
/** Extra leaving when the tissue is quiet (no SASP, no debris). [INF] */
export const MACROPHAGE_QUIET_LEAVE_PER_DAY = 0.5;
/**
 * Monocytes leave each capillary segment at this rate (per day) × the local SASP signal (CCL2 and
 * other chemokines) and × the local debris signal ("find me" cues), both 0–1, so they arrive where
 * the signals are. [INF; tuned to ~7× at days 4–7, O'Brien 2010 up to ~8×]
 */
export const RECRUIT_SASP_PER_SEGMENT_PER_DAY = 2.3;
export const RECRUIT_DEBRIS_PER_SEGMENT_PER_DAY = 0.08;
/** Debris field at which its signal is half-saturated. [INF] */
export const DEBRIS_HALF_SATURATION = 5;
/**
 * Crawling speed up the chemoattractant gradient, plus a random walk whose step grows with √time:
 * 15 µm in an hour, 73 µm in a day (a diffusion coefficient of 37 µm²/h, ~0.6 µm²/min). The walk,
 * not the length of the time step, is what keeps macrophages exploring around a chemokine peak
 * (with a weaker walk, short steps let them settle on the peak and stop meeting cells). [INF]
 */
export const MACROPHAGE_SPEED_UM_PER_HOUR = 14;
export const MACROPHAGE_WANDER_UM_PER_SQRT_HOUR = 15;
export const MACROPHAGE_RADIUS_UM = 9;
/** Contact distance and the chance per contact-hour of engulfing debris or a senescent cell. [INF] */
export const ENGULF_CONTACT_UM = 16;
export const ENGULF_DEBRIS_PER_HOUR = 0.35;
export const ENGULF_SENESCENT_PER_HOUR = 0.1;
/** Time a macrophage spends on one meal, which caps its eating at 1/this per hour. [INF; engulfment takes minutes to an hour] */
export const MACROPHAGE_HANDLING_HOURS = 0.5;

// ---- Adipocytes -----------------------------------------------------------------------------------

/** Lipid fill of adipocytes during lactation (emptied). [LIT: Wang 2018; brief §6 rule 6 ~15%] */
export const ADIPOCYTE_LACTATION_FILL = 0.15;
/** Time constant of lipid uptake as space frees up. [INF; consistent with Zwick 2018] */
export const ADIPOCYTE_REFILL_DAYS = 1.4;

// ---- Senolytic -------------------------------------------------------------------------------------

/** Default dosing window and the kill hazard on senescent cells while dosed. [INF; brief §6 rule 7: 70–90% within 24–48 h] */
export const SENOLYTIC_DEFAULT_START_DAY = 2;
export const SENOLYTIC_DEFAULT_END_DAY = 6;
export const SENOLYTIC_KILL_PER_DAY = 2.3;

// ---- Tumour ---------------------------------------------------------------------------------------

/** Cells turned oncogenic at seeding, and the logistic carrying capacity of the focus (one focus at any --scale). [INF] */
export const TUMOUR_SEED_CELLS = 8;
export const TUMOUR_CAPACITY_CELLS = 420;
export const TUMOUR_RADIUS_UM = 7;
/**
 * Division: the oncogene alone doubles the focus in ~3.9 days (ln 2 / 0.18), plastic stem-like cells
 * divide faster with the SASP. [INF; brief §6 rule 8: doubling 2–4 days; LIT direction: Ritschka 2017]
 */
export const TUMOUR_DIVISION_BASE_PER_DAY = 0.18;
export const TUMOUR_DIVISION_PLASTIC_PER_DAY = 0.8;
/** Plasticity rises with local SASP and relaxes without it. [LIT direction: Coppé 2008; numbers INF] */
export const PLASTICITY_GAIN_PER_DAY = 4.0;
export const PLASTICITY_LOSS_PER_DAY = 1.2;
/**
 * Invasion ∝ (baseline + plasticity) × the loss of the membrane patch beside the cell; intravasation
 * ∝ (baseline + plasticity). The baseline is the oncogene's own motility, without any SASP. [INF; brief §6 rule 8]
 */
export const INVASION_PER_DAY = 0.25;
export const INTRAVASATION_PER_DAY = 2.2;
export const TUMOUR_BASELINE_MOTILITY = 0.3;
/** Packing of tumour cells filling a lumen: a tumour-filled alveolus cannot collapse below the radius that holds them. [INF] */
export const TUMOUR_PACKING = 0.55;
export const INVASIVE_SPEED_UM_PER_HOUR = 3;
/** A capillary flashes for this long after a tumour cell enters it. */
export const INTRAVASATION_FLASH_HOURS = 12;
