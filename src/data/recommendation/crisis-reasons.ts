/**
 * The reasons shown on the crisis screen: one for each red flag, worded for who the answers are about.
 */
import type { Addressed, CrisisKind } from '../questionnaire-types.js';

/** The reason shown for each red flag, and the topic its question belongs to. */
export const crisisReasons: { readonly [K in CrisisKind]: { readonly topic: 'mental' | 'physical' | 'withdrawal'; readonly text: Addressed } } = {
  'self-harm': {
    topic: 'mental',
    text: {
      self: {
        en: 'You said you have had thoughts of ending your life or hurting yourself. Talking with someone now comes first.',
        es: 'Usted dijo que ha pensado en quitarse la vida o en hacerse daño. Lo primero es hablar con alguien ahora.',
      },
      other: {
        en: 'You said they have had thoughts of ending their life or hurting themselves. Getting them help now comes first.',
        es: 'Usted dijo que esa persona ha pensado en quitarse la vida o en hacerse daño. Lo primero es conseguirle ayuda ahora.',
      },
    },
  },
  'harm-others': {
    topic: 'mental',
    text: {
      self: {
        en: 'You said you have had thoughts of hurting someone else. Talking with someone now comes first.',
        es: 'Usted dijo que ha pensado en hacerle daño a otra persona. Lo primero es hablar con alguien ahora.',
      },
      other: {
        en: 'You said they have had thoughts of hurting someone else. Getting help now comes first.',
        es: 'Usted dijo que esa persona ha pensado en hacerle daño a alguien. Lo primero es pedir ayuda ahora.',
      },
    },
  },
  'medical-emergency': {
    topic: 'physical',
    text: {
      self: {
        en: 'You said something is happening right now that may be a medical emergency. Getting medical help now comes first.',
        es: 'Usted dijo que ahora le pasa algo que puede ser una emergencia médica. Lo primero es recibir ayuda médica ahora.',
      },
      other: {
        en: 'You said something is happening to them right now that may be a medical emergency. Getting medical help now comes first.',
        es: 'Usted dijo que a esa persona le pasa algo ahora que puede ser una emergencia médica. Lo primero es conseguir ayuda médica ahora.',
      },
    },
  },
  'severe-withdrawal': {
    topic: 'withdrawal',
    text: {
      self: {
        en: 'You said you have signs of severe withdrawal right now. Getting medical help now comes first.',
        es: 'Usted dijo que ahora mismo tiene señales de síntomas de abstinencia graves. Lo primero es recibir ayuda médica ahora.',
      },
      other: {
        en: 'You said they have signs of severe withdrawal right now. Getting medical help now comes first.',
        es: 'Usted dijo que esa persona tiene ahora mismo señales de síntomas de abstinencia graves. Lo primero es conseguir ayuda médica ahora.',
      },
    },
  },
};

/** The reason shown for a red flag given without its kind (ratings written by hand with only `crisis: true`). */
export const generalCrisisReason: Addressed = {
  self: {
    en: 'One of your answers shows you may be in danger right now. Getting help now comes first.',
    es: 'Una de sus respuestas muestra que usted podría estar en peligro ahora. Lo primero es recibir ayuda ahora.',
  },
  other: {
    en: 'One of your answers shows they may be in danger right now. Getting help now comes first.',
    es: 'Una de sus respuestas muestra que esa persona podría estar en peligro ahora. Lo primero es conseguir ayuda ahora.',
  },
};
