import type { Localized } from '../../data/locale.js';

/** Every piece of interface text `<care-comparison>` shows, in each supported language. */
export interface ComparisonStrings {
  readonly caption: string;
  readonly captionNote: string;
  readonly highlightBadge: string;
  readonly suggestedBadge: string;
  readonly notesRow: string;
  /** The summary of a card's collapsed facts, such as "More about IOP". */
  readonly moreFacts: (level: string) => string;
  readonly nextStepRow: string;
  readonly call: (phone: string) => string;
  readonly defaultLinkLabel: string;
  readonly noInformation: string;
  /**
   * The words a screen reader hears for a cell's reference numbers, such as "Sources 1 and 3", given how many there
   * are and the list written out (`formatList`). The list comes ready-made so that each language's texts need nothing
   * else: the script tag's chunks fetch the Spanish ones apart.
   */
  readonly sourceReferences: (count: number, list: string) => string;
  readonly sourcesHeading: string;
  /** The cards' collapsed sources: "Sources (13)". */
  readonly sourcesSummary: (count: number) => string;
  readonly checked: (year: number) => string;
  readonly errorHeading: string;
  readonly errorMore: (count: number) => string;
  readonly errorConsole: string;
}

export const comparisonStrings: Localized<ComparisonStrings> = {
  en: {
    caption: 'Levels of care compared',
    captionNote:
      'What typical programs in the United States look like; each program differs. Small numbers point to the sources below.',
    highlightBadge: 'Our program',
    suggestedBadge: 'Suggested for you',
    notesRow: 'About our program',
    moreFacts: (level) => `More about ${level}`,
    nextStepRow: 'Next step',
    call: (phone) => `Call ${phone}`,
    defaultLinkLabel: 'Ask about this program',
    noInformation: 'Not given',
    sourceReferences: (count, list) => `${count === 1 ? 'Source' : 'Sources'} ${list}`,
    sourcesHeading: 'Sources',
    sourcesSummary: (count) => `Sources (${count})`,
    checked: (year) => `web page, checked ${year}`,
    errorHeading: 'This comparison could not be shown',
    errorMore: (count) => `…and ${count} more ${count === 1 ? 'problem' : 'problems'}.`,
    errorConsole: 'See the browser console for details.',
  },
  es: {
    caption: 'Comparación de niveles de atención',
    captionNote:
      'Cómo son los programas habituales en los Estados Unidos; cada programa es distinto. Los números pequeños remiten a las fuentes de abajo.',
    highlightBadge: 'Nuestro programa',
    suggestedBadge: 'Sugerido para usted',
    notesRow: 'Sobre nuestro programa',
    moreFacts: (level) => `Más sobre ${level}`,
    nextStepRow: 'Próximo paso',
    call: (phone) => `Llamar al ${phone}`,
    defaultLinkLabel: 'Pregunte por este programa',
    noInformation: 'Sin datos',
    sourceReferences: (count, list) => `${count === 1 ? 'Fuente' : 'Fuentes'} ${list}`,
    sourcesHeading: 'Fuentes',
    sourcesSummary: (count) => `Fuentes (${count})`,
    checked: (year) => `página web, consultada en ${year}`,
    errorHeading: 'No se pudo mostrar esta comparación',
    errorMore: (count) => `…y ${count} ${count === 1 ? 'problema más' : 'problemas más'}.`,
    errorConsole: 'Encontrará los detalles en la consola del navegador.',
  },
};
