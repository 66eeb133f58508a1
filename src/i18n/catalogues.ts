// Every language the app speaks: one catalogue file per language in this folder, named by its code
// (en.ts, fr.ts; a third language is one more file, found here without any other edit). Each file
// exports a constant named like the file holding every key of en.ts.

import { en, type MessageKey } from './en';

/** What a translator writes: every key of the English catalogue, each a string. */
export type Catalogue = Record<MessageKey, string>;

// Only files named like a language code, so this never imports itself or translate.ts.
const modules = import.meta.glob<Record<string, Catalogue>>(['./??.ts', './??-??.ts'], { eager: true });

/** Catalogue files are named by a language code: "fr.ts", "pt-BR.ts" (exporting `ptBR`). */
const CODE = /^\.\/([a-z]{2}(?:-[A-Z]{2})?)\.ts$/;

export type LanguageCode = string;

export interface Language {
  code: LanguageCode;
  /** BCP 47 tag for Intl and `<html lang>`. */
  locale: string;
  messages: Catalogue;
}

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const CATALOGUES: Record<LanguageCode, Language> = {};
for (const [path, module] of Object.entries(modules)) {
  const code = CODE.exec(path)?.[1];
  const messages = code ? module[code.replace('-', '')] : undefined;
  if (code && messages) CATALOGUES[code] = { code, locale: code, messages };
}
// English is the reference even where import.meta.glob is unavailable.
CATALOGUES.en ??= { code: 'en', locale: 'en', messages: en };

/** Language codes in a stable order: English first, then by code. */
export const LANGUAGE_CODES: readonly LanguageCode[] = Object.keys(CATALOGUES).sort((a, b) =>
  a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b));

/** The supported language closest to the browser's preferences ("fr-CA" → "fr"), or English. */
export function bestLanguageFor(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    if (tag in CATALOGUES) return tag;
    const base = tag.split('-')[0].toLowerCase();
    if (base in CATALOGUES) return base;
  }
  return DEFAULT_LANGUAGE;
}
