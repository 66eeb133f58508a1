// "About the science": the study, what its abstract claims, what the model assumes, where every
// number shown comes from (its evidence tag), the human timescale and the references. A modal
// dialog that opens at the section an [INF] mark asked for.

import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { ABOUT_PARAGRAPHS, ABOUT_SECTIONS, REFERENCES } from './about-content';

export function AboutDialog() {
  const store = useLobuleStoreApi();
  const section = useLobule((s) => s.aboutSection);
  // A kiosk has no way out of the app: its references are text, not links.
  const kiosk = useLobule((s) => s.mode === 'kiosk');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (section === null) {
      if (element.open) element.close();
      return;
    }
    if (!element.open) element.showModal?.();
    const heading = element.querySelector<HTMLElement>(`#about-${section} h3`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [section]);

  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title" data-testid="about"
      onClose={() => store.getState().closeAbout()}>
      <div className="dialog-head">
        <h2 id="about-title">{translate('about.title')}</h2>
        <button type="button" onClick={() => store.getState().closeAbout()}>{translate('about.close')}</button>
      </div>
      {ABOUT_SECTIONS.map((id) => (
        <section key={id} id={`about-${id}`} className={id === section ? 'current' : undefined}>
          {id === 'references' ? (
            <>
              <h3 tabIndex={-1}>{translate('about.references.title')}</h3>
              <ol className="references">
                {REFERENCES.map((r) => <li key={r.text}>{r.text}{r.url && !kiosk && <> <a href={r.url} target="_blank" rel="noreferrer">{r.url.replace(/^https:\/\//, '')}</a></>}</li>)}
              </ol>
            </>
          ) : (
            <>
              <h3 tabIndex={-1}>{translate(ABOUT_PARAGRAPHS[id].title)}</h3>
              {ABOUT_PARAGRAPHS[id].body.map((key) => <p key={key}>{translate(key)}</p>)}
              {ABOUT_PARAGRAPHS[id].list && <ul>{ABOUT_PARAGRAPHS[id].list!.map((key) => <li key={key}>{translate(key)}</li>)}</ul>}
              {id === 'claims' && <p className="note">{translate('about.claims.not')}</p>}
            </>
          )}
        </section>
      ))}
    </dialog>
  );
}
