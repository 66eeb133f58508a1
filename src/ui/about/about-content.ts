// What "About the science" says, as data: its sections in order (the ids [INF] marks open it at),
// and the science brief's references (citations stay as published, in every language).

import type { MessageKey } from '../../i18n/translate';

export const ABOUT_SECTIONS = ['study', 'claims', 'assumptions', 'numbers', 'timescale', 'references'] as const;
export type AboutSection = (typeof ABOUT_SECTIONS)[number];

export const ABOUT_PARAGRAPHS: Record<Exclude<AboutSection, 'references'>, { title: MessageKey; body: MessageKey[]; list?: MessageKey[] }> = {
  study: { title: 'about.study.title', body: ['about.study.body'] },
  claims: { title: 'about.claims.title', body: [], list: ['about.claims.1', 'about.claims.2', 'about.claims.3', 'about.claims.4'] },
  assumptions: { title: 'about.assumptions.title', body: ['about.assumptions.body'] },
  numbers: {
    title: 'about.numbers.title',
    body: ['about.numbers.intro'],
    list: ['about.numbers.phases', 'about.numbers.cells', 'about.numbers.senescent', 'about.numbers.macrophages', 'about.numbers.senolytic',
      'about.numbers.tumour', 'about.numbers.sizes', 'about.numbers.human'],
  },
  timescale: { title: 'about.timescale.title', body: ['about.timescale.body'] },
};

export const REFERENCES: readonly { text: string; url?: string }[] = [
  { text: 'Chiche A., … Li H. Induction of senescence during postpartum mammary gland involution supports tissue remodeling and promotes postpartum tumorigenesis. Nature Aging (2026); preprint bioRxiv 10.1101/2024.12.29.630686.', url: 'https://doi.org/10.1101/2024.12.29.630686' },
  { text: 'GEO GSE285005 (mouse data of the study, 2025).', url: 'https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE285005' },
  { text: 'Jindal S. et al. Postpartum breast involution reveals regression of secretory lobules mediated by tissue-remodeling. Breast Cancer Res 16:R31 (2014).', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4053254' },
  { text: 'Jaggi R. et al. J Dairy Sci (1996); Zwick R.K. et al. Nat Commun (2018): the reversible phase and adipocyte refilling.' },
  { text: 'Watson C.J. Breast Cancer Res (2006); Kreuzaler P.A. et al. Nat Cell Biol (2011): STAT3 and lysosomal cell death.' },
  { text: 'Lund L.R. et al. Development (1996): basement-membrane breakdown and alveolar collapse.' },
  { text: 'O’Brien J. et al. Am J Pathol (2010): macrophages and collagen in involution.' },
  { text: 'Lyons T.R. et al. Nat Med 17:1109 (2011); Hitchcock J. et al. Development (2022): involution and tumour progression.' },
  { text: 'Coppé J.-P. et al. PLoS Biol (2008); Ritschka B. et al. Genes Dev 31:172 (2017): the SASP and cell plasticity.', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2592359' },
  { text: 'Demaria M. et al. Dev Cell 31:722 (2014): senescent cells in wound healing.' },
  { text: 'Callihan E.B. et al. Breast Cancer Res Treat (2013); Goddard E.T. et al. JAMA Netw Open (2019); Borges V.F. et al. Cancer Res (2020): postpartum breast cancer.', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6484560' },
];
