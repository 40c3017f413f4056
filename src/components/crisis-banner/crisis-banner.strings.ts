import type { Localized } from '../../data/locale.js';

/** Every piece of interface text `<care-crisis-banner>` shows around the services' own names, in each language. */
export interface CrisisBannerStrings {
  readonly regionLabel: string;
  readonly heading: string;
  readonly compactLead: string;
  readonly emergency: string;
  readonly chat: string;
  readonly opensInNewTab: string;
}

export const crisisBannerStrings: Localized<CrisisBannerStrings> = {
  en: {
    regionLabel: 'Crisis support',
    heading: 'Help is available right now',
    compactLead: 'In crisis?',
    emergency: 'Emergency:',
    chat: 'Chat',
    opensInNewTab: '(opens in a new tab)',
  },
  es: {
    regionLabel: 'Apoyo en caso de crisis',
    heading: 'Hay ayuda disponible ahora mismo',
    compactLead: '¿En crisis?',
    emergency: 'Emergencia:',
    chat: 'Chatear',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
};
