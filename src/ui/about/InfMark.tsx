// An [INF] mark: a small button that opens "About the science" at the section explaining where
// that kind of number comes from. `withInfMarks` turns "[INF]" inside a sentence into one. Given
// what it qualifies (`about`), its name says so: a screen reader's list of buttons otherwise held a
// dozen alike, each called "[INF]".

import type { ReactNode } from 'react';
import { translate } from '../../i18n/translate';
import { useLobuleStoreApi } from '../../state/store-context';
import type { AboutSection } from './about-content';

export function InfMark({ section = 'numbers', about }: { section?: AboutSection; about?: string }) {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="inf inf-mark" title={translate('about.infMarkTitle')} data-about-section={section}
      aria-label={about === undefined ? undefined : translate('about.infMarkNamed', { about })}
      onClick={() => store.getState().openAbout(section)}>
      {translate('about.infMark')}
    </button>
  );
}

/** The sentence with each "[INF]" in it made an InfMark. */
export function withInfMarks(text: string, section: AboutSection = 'numbers', about?: string): ReactNode {
  const parts = text.split('[INF]');
  return parts.map((part, i) => (
    <span key={i}>{part}{i < parts.length - 1 && <InfMark section={section} about={about} />}</span>
  ));
}
