// An [INF] mark: a small button that opens "About the science" at the section explaining where
// that kind of number comes from. `withInfMarks` turns "[INF]" inside a sentence into one.

import type { ReactNode } from 'react';
import { translate } from '../../i18n/translate';
import { useLobuleStoreApi } from '../../state/store-context';
import type { AboutSection } from './about-content';

export function InfMark({ section = 'numbers' }: { section?: AboutSection }) {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="inf inf-mark" title={translate('about.infMarkTitle')} data-about-section={section}
      onClick={() => store.getState().openAbout(section)}>
      {translate('about.infMark')}
    </button>
  );
}

/** The sentence with each "[INF]" in it made an InfMark. */
export function withInfMarks(text: string, section: AboutSection = 'numbers'): ReactNode {
  const parts = text.split('[INF]');
  return parts.map((part, i) => (
    <span key={i}>{part}{i < parts.length - 1 && <InfMark section={section} />}</span>
  ));
}
