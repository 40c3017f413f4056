/**
 * The crisis lines `<care-crisis-banner>` shows, and the questionnaire shows before anything else when an answer
 * points to danger. Every figure (number, short code, keyword) comes from the service's own pages: `988`
 * (988lifeline.org, "What to expect") and `samhsa-helpline` (samhsa.gov/find-help/national-helpline).
 *
 * The 988 Lifeline's former "press 3" option for LGBTQ+ young people ended on 17 July 2025 and is deliberately absent.
 */
import type { Locale, Localized } from './locale.js';
import type { SourceId } from './types.js';

/** The id of a crisis service. */
export type CrisisServiceId = 'lifeline-988' | 'emergency-911' | 'samhsa-helpline';

/** How a contact link reaches the service. */
export type CrisisContactKind = 'call' | 'text' | 'chat';

/** One way to reach a crisis service: a link a person can follow with one tap. */
export interface CrisisContact {
  readonly id: string;
  readonly kind: CrisisContactKind;
  /** A `tel:`, `sms:` or `https:` URL. */
  readonly href: string;
  /** The link text, short enough for a button: "Call 988". */
  readonly label: Localized;
  /** Set when the link leads to a web page rather than a phone call or a text message. */
  readonly external?: boolean;
}

/** A sentence of extra guidance, such as how to reach the Veterans Crisis Line, with the links it mentions. */
export interface CrisisOption {
  readonly id: string;
  readonly text: Localized;
  /** Set when the text is in this language whatever the page's language, so it can be marked up with `lang`. */
  readonly language?: Locale;
  readonly contacts: readonly CrisisContact[];
}

/** A crisis service: what it is for, how to reach it and where those facts come from. */
export interface CrisisService {
  readonly id: CrisisServiceId;
  readonly name: Localized;
  /** When to use it and what to expect, in one or two plain sentences. */
  readonly description: Localized;
  readonly contacts: readonly CrisisContact[];
  readonly options: readonly CrisisOption[];
  readonly sources: readonly SourceId[];
}

/** Call the 988 Lifeline. */
export const call988: CrisisContact = {
  id: 'call-988',
  kind: 'call',
  href: 'tel:988',
  label: { en: 'Call 988', es: 'Llamar al 988' },
};

/** Text the 988 Lifeline. */
export const text988: CrisisContact = {
  id: 'text-988',
  kind: 'text',
  href: 'sms:988',
  label: { en: 'Text 988', es: 'Enviar un texto al 988' },
};

/** Chat with the 988 Lifeline on its website (opens a web page). */
export const chat988: CrisisContact = {
  id: 'chat-988',
  kind: 'chat',
  href: 'https://988lifeline.org/chat/',
  label: { en: 'Chat at 988lifeline.org', es: 'Chatear en 988lifeline.org' },
  external: true,
};

/** Call 911. */
export const call911: CrisisContact = {
  id: 'call-911',
  kind: 'call',
  href: 'tel:911',
  label: { en: 'Call 911', es: 'Llamar al 911' },
};

/** Text AYUDA to 988 to reach the Lifeline in Spanish. */
export const textAyuda988: CrisisContact = {
  id: 'text-ayuda',
  kind: 'text',
  href: 'sms:988?body=AYUDA',
  label: { en: 'Enviar AYUDA al 988', es: 'Enviar AYUDA al 988' },
};

/** The 988 Suicide & Crisis Lifeline, with its Spanish and Veterans options. */
export const lifeline988: CrisisService = {
  id: 'lifeline-988',
  name: { en: '988 Suicide & Crisis Lifeline', es: 'Línea 988 de Prevención del Suicidio y Crisis' },
  description: {
    en: 'If you are thinking about suicide or harming yourself or someone else, or you are in crisis, someone is ready to listen. Call, text or chat, 24/7. It is free and confidential.',
    es: 'Si está pensando en el suicidio o en hacerse daño o hacer daño a otra persona, o si está en crisis, alguien está listo para escucharle. Llame, envíe un texto o chatee, las 24 horas, todos los días. Es gratis y confidencial.',
  },
  contacts: [call988, text988, chat988],
  options: [
    {
      id: 'spanish',
      language: 'es',
      text: {
        en: 'En español: llame al 988 y marque 2, o envíe AYUDA por texto al 988.',
        es: 'En español: llame al 988 y marque 2, o envíe AYUDA por texto al 988.',
      },
      contacts: [
        { id: 'call-988-spanish', kind: 'call', href: 'tel:988', label: { en: 'Llamar al 988', es: 'Llamar al 988' } },
        textAyuda988,
      ],
    },
    {
      id: 'veterans',
      text: {
        en: 'Veterans: call 988 and press 1 for the Veterans Crisis Line, or text 838255.',
        es: 'Veteranos: llame al 988 y marque 1 para la Línea de Crisis para Veteranos, o envíe un texto al 838255.',
      },
      contacts: [
        {
          id: 'text-veterans',
          kind: 'text',
          href: 'sms:838255',
          label: { en: 'Text 838255', es: 'Enviar un texto al 838255' },
        },
      ],
    },
  ],
  sources: ['988'],
};

/** 911, for medical emergencies and immediate danger. */
export const emergency911: CrisisService = {
  id: 'emergency-911',
  name: { en: '911', es: '911' },
  description: {
    en: 'For a medical emergency or immediate danger, such as a possible overdose, slowed breathing, a seizure, chest pain or confusion, call 911.',
    es: 'Ante una emergencia médica o un peligro inmediato, como una posible sobredosis, respiración lenta, una convulsión, dolor en el pecho o confusión, llame al 911.',
  },
  contacts: [call911],
  options: [],
  sources: ['911-gov'],
};

/** The SAMHSA National Helpline, also the questionnaire's next step when a center gives no contact of its own. */
export const samhsaHelpline: CrisisService = {
  id: 'samhsa-helpline',
  name: { en: 'SAMHSA National Helpline', es: 'Línea Nacional de Ayuda de SAMHSA' },
  description: {
    en: 'Free, confidential treatment referral and information, 24/7, in English and Spanish. It is not a counseling line.',
    es: 'Información y derivaciones a tratamiento, gratis y confidenciales, las 24 horas, en inglés y en español. No es una línea de consejería.',
  },
  contacts: [
    {
      id: 'call-samhsa',
      kind: 'call',
      href: 'tel:18006624357',
      label: { en: 'Call 1-800-662-4357 (HELP)', es: 'Llamar al 1-800-662-4357 (HELP)' },
    },
    {
      id: 'call-samhsa-tty',
      kind: 'call',
      href: 'tel:18004874889',
      label: { en: 'TTY 1-800-487-4889', es: 'TTY 1-800-487-4889' },
    },
  ],
  options: [
    {
      id: 'text-zip',
      text: {
        en: 'Or text your ZIP code to 435748 (English only) to find help near you.',
        es: 'O envíe su código postal por texto al 435748 (solo en inglés) para encontrar ayuda cerca de usted.',
      },
      contacts: [
        {
          id: 'text-samhsa',
          kind: 'text',
          href: 'sms:435748',
          label: { en: 'Text 435748', es: 'Enviar un texto al 435748' },
        },
      ],
    },
  ],
  sources: ['samhsa-helpline'],
};

/** The 988 Lifeline, 911 and the SAMHSA National Helpline, in the order the crisis banner shows them. */
export const crisisServices: readonly CrisisService[] = [lifeline988, emergency911, samhsaHelpline];
