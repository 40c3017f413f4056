/**
 * The recommendation table: which ratings call for which level of care, with the reason shown to the person and the
 * rationale for reviewers. Informed by the six dimensions used in the ASAM Criteria and the crosswalk in
 * clinical-facts.md ("How ratings lead to a level"); it is not ASAM placement.
 *
 * How the table is read (src/engine/recommend.ts):
 * - A red flag comes before everything: crisis, and no level.
 * - Otherwise the suggestion starts at outpatient and is the most intensive level over every rule that holds. No
 *   average is ever taken, so the highest-risk dimension decides, and raising a rating can never lower the level.
 * - Dimensions 1–3 (withdrawal, physical and mental health) are the only ones that reach 24-hour care on their
 *   own for medical reasons. Readiness (4) alone never calls for more than intensive outpatient; relapse risk (5)
 *   alone reaches residential care only when treatment has already not worked, and never hospital care.
 */
import type { CrisisKind, Dimension, NoteId, RecommendationRule } from '../engine/types.js';
import type { Localized } from './locale.js';

/** Every rule, grouped by dimension, least intensive first within a dimension. */
export const recommendationRules: readonly RecommendationRule[] = [
  {
    id: 'd1-iop',
    when: { kind: 'rating', dimension: 1, minSeverity: 1 },
    level: 'iop',
    reason: {
      en:
        'Your answers show some risk of withdrawal when you stop. A program that meets several times a week can ' +
        'check on you and help you through it.',
      es:
        'Sus respuestas muestran algo de riesgo de abstinencia cuando deje de consumir. Un programa que se reúne ' +
        'varias veces por semana puede ver cómo está y ayudarle a pasar por eso.',
    },
    rationale: 'Crosswalk: minimal withdrawal calls for intensive outpatient care.',
    sources: ['cms-iap-2017'],
  },
  {
    id: 'd1-php',
    when: { kind: 'rating', dimension: 1, minSeverity: 2 },
    level: 'php',
    reason: {
      en:
        'You said your body reacts strongly when you stop, or you had serious withdrawal before. A partial ' +
        'hospitalization program gives you direct access to medical care during the day, and you still sleep at home.',
      es:
        'Usted dijo que su cuerpo reacciona fuerte cuando deja de consumir, o que tuvo una abstinencia seria antes. ' +
        'Un programa de hospitalización parcial le da acceso directo a atención médica durante el día, y usted ' +
        'sigue durmiendo en casa.',
    },
    rationale:
      'IOP is not a fit with acute withdrawal risk; PHP adds direct access to medical, psychiatric and lab services ' +
      'without a 24-hour stay.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'd1-inpatient',
    when: { kind: 'rating', dimension: 1, minSeverity: 3 },
    level: 'inpatient',
    reason: {
      en:
        'You said withdrawal is hard on you, and you drink or use to make it stop. Care with staff around the ' +
        'clock can keep you safe while your body adjusts.',
      es:
        'Usted dijo que la abstinencia es dura para usted, y que toma o consume para que se le quite. La atención ' +
        'con personal las 24 horas puede mantenerle a salvo mientras su cuerpo se ajusta.',
    },
    rationale:
      'Crosswalk: severe but manageable withdrawal calls for residential care, severe withdrawal for hospital care. ' +
      'Severe withdrawal happening now is a red flag, handled before any rule.',
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'withdrawal-risk-iop',
    when: { kind: 'withdrawal-risk' },
    level: 'iop',
    reason: {
      en:
        'Something you told us, such as past withdrawal seizures, taking benzos most days, your age, a pregnancy ' +
        'or a serious illness, can make withdrawal more dangerous. That calls for more care than visits alone.',
      es:
        'Algo que nos dijo, como convulsiones en una abstinencia pasada, tomar benzodiacepinas casi todos los días, ' +
        'su edad, un embarazo o una enfermedad grave, puede hacer que la abstinencia sea más peligrosa. Eso pide ' +
        'más atención que solo algunas citas.',
    },
    rationale:
      'Risk factors for complicated withdrawal do not interrupt, but rule out outpatient care and steer to ' +
      'medically supervised withdrawal first (the supervised-withdrawal-first note).',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'd2-php',
    when: { kind: 'rating', dimension: 2, minSeverity: 2 },
    level: 'php',
    reason: {
      en:
        'You said you have a serious health problem. A partial hospitalization program gives you direct access ' +
        'to medical care during the day, and you still sleep at home.',
      es:
        'Usted dijo que tiene un problema de salud serio. Un programa de hospitalización parcial le da acceso ' +
        'directo a atención médica durante el día, y usted sigue durmiendo en casa.',
    },
    rationale: 'IOP is not a fit for an unstable medical condition; PHP has direct access to medical and lab services.',
    sources: ['asam-levels'],
  },
  {
    id: 'd2-inpatient',
    when: { kind: 'rating', dimension: 2, minSeverity: 3 },
    level: 'inpatient',
    reason: {
      en:
        'You said a health problem is getting worse or is not under control. Care with medical staff around the ' +
        'clock keeps you safer while you start.',
      es:
        'Usted dijo que un problema de salud está empeorando o no está bajo control. La atención con personal ' +
        'médico las 24 horas le da más seguridad al empezar.',
    },
    rationale: 'High risk in dimensions 1–3 calls for 24-hour care; inpatient care fits an unstable medical condition.',
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'd3-iop',
    when: { kind: 'rating', dimension: 3, minSeverity: 1 },
    level: 'iop',
    reason: {
      en:
        'You said your feelings sometimes make life hard. An intensive outpatient program gives you support ' +
        'several days a week while you keep your routine.',
      es:
        'Usted dijo que sus sentimientos a veces le hacen la vida difícil. Un programa ambulatorio intensivo le da ' +
        'apoyo varios días por semana mientras sigue con su rutina.',
    },
    rationale: 'Crosswalk: mild mental-health symptoms call for intensive outpatient care.',
    sources: ['cms-iap-2017'],
  },
  {
    id: 'd3-php',
    when: { kind: 'rating', dimension: 3, minSeverity: 2 },
    level: 'php',
    reason: {
      en:
        'You said your feelings make most days very hard. A partial hospitalization program gives you care from ' +
        'therapists and doctors most of the day, and you still sleep at home.',
      es:
        'Usted dijo que sus sentimientos le hacen muy difícil casi todos los días. Un programa de hospitalización ' +
        'parcial le da atención de terapeutas y médicos la mayor parte del día, y usted sigue durmiendo en casa.',
    },
    rationale:
      'PHP fits someone who would otherwise need inpatient psychiatric care but is safe at home overnight; IOP is ' +
      'not a fit for an unstable psychiatric condition.',
    sources: ['asam-levels', 'medicare-php'],
  },
  {
    id: 'd3-inpatient',
    when: { kind: 'rating', dimension: 3, minSeverity: 3 },
    level: 'inpatient',
    reason: {
      en:
        'You said you need help day and night to take care of yourself. Care with staff around the clock gives ' +
        'you that help and keeps you safe.',
      es:
        'Usted dijo que necesita ayuda de día y de noche para cuidarse. La atención con personal las 24 horas le ' +
        'da esa ayuda y le mantiene a salvo.',
    },
    rationale:
      'Crosswalk: moderate symptoms that need 24-hour structure call for residential care, severe ones for ' +
      'hospital care.',
    sources: ['cms-iap-2017'],
  },
  {
    id: 'd4-iop',
    when: { kind: 'rating', dimension: 4, minSeverity: 2 },
    level: 'iop',
    reason: {
      en:
        'You said you are not sure about changing, or others want it more than you do. Meeting with a team ' +
        'several times a week can help you sort out what you want.',
      es:
        'Usted dijo que tiene dudas sobre cambiar, o que otras personas lo quieren más que usted. Reunirse ' +
        'con un equipo varias veces por semana puede ayudarle a aclarar lo que quiere.',
    },
    rationale:
      'Crosswalk: readiness alone never calls for hospital care. Mixed feelings about change are an engagement ' +
      'need, not a safety one, so they call for more frequent contact than weekly visits and never more than IOP.',
    sources: ['cms-iap-2017'],
  },
  {
    id: 'd5-iop',
    when: { kind: 'rating', dimension: 5, minSeverity: 2 },
    level: 'iop',
    reason: {
      en:
        'You said the problem came back within a few weeks when you tried before. Meeting several times a week ' +
        'gives you more support to keep going.',
      es:
        'Usted dijo que el problema volvió en pocas semanas cuando lo intentó antes. Reunirse varias veces por ' +
        'semana le da más apoyo para seguir adelante.',
    },
    rationale: 'IOP fits someone who needs more structure than weekly therapy.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'd5-php',
    when: { kind: 'rating', dimension: 5, minSeverity: 3 },
    level: 'php',
    reason: {
      en:
        'You said you could not keep a change going for more than a few days. A partial hospitalization program ' +
        'gives you support most of the day, and you still sleep at home.',
      es:
        'Usted dijo que no pudo mantener un cambio más de unos pocos días. Un programa de hospitalización parcial ' +
        'le da apoyo la mayor parte del día, y usted sigue durmiendo en casa.',
    },
    rationale:
      'Not stopping even for days needs daily structure; the crosswalk keeps relapse risk alone out of hospital ' +
      'care, so this stays at a level where the person lives at home.',
    sources: ['cms-iap-2017'],
  },
  {
    id: 'd5-inpatient',
    when: { kind: 'rating', dimension: 5, minSeverity: 4 },
    level: 'inpatient',
    reason: {
      en:
        'You said the problem came back soon after treatment, more than once. Living at a treatment center for ' +
        'a while can help when other treatment has not worked.',
      es:
        'Usted dijo que el problema volvió poco después del tratamiento, más de una vez. Vivir un tiempo en un ' +
        'centro de tratamiento puede ayudar cuando otros tratamientos no han funcionado.',
    },
    rationale:
      'Residential care fits when other treatment has not worked. Relapse risk alone never calls for hospital ' +
      'care, so the reason speaks of living at a treatment center.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'd6-iop',
    when: { kind: 'rating', dimension: 6, minSeverity: 1 },
    level: 'iop',
    reason: {
      en:
        'You said you don’t get much support at home. A program that meets several times a week adds support ' +
        'while you keep living at home.',
      es:
        'Usted dijo que no recibe mucho apoyo en casa. Un programa que se reúne varias veces por semana le da más ' +
        'apoyo mientras sigue viviendo en casa.',
    },
    rationale:
      'Outpatient care fits a stable, supportive home; IOP fits someone with a safe home who needs more structure.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'd6-inpatient',
    when: { kind: 'rating', dimension: 6, minSeverity: 3 },
    level: 'inpatient',
    reason: {
      en:
        'You said your home is not safe for you, or you don’t have a steady place to live. Living at a treatment ' +
        'center gives you a safe place while you start.',
      es:
        'Usted dijo que su hogar no es seguro para usted, o que no tiene un lugar fijo donde vivir. Vivir en un ' +
        'centro de tratamiento le da un lugar seguro mientras empieza.',
    },
    rationale:
      'Crosswalk: an unsupportive environment points to residential care; inpatient care fits an unsafe or ' +
      'unstable home.',
    sources: ['cms-iap-2017', 'asam-levels'],
  },
];

/** The reason shown when no rule holds and the suggestion stays at outpatient care. */
export const noOtherRuleReason: Localized = {
  en:
    'Your answers did not point to a need for more structure than regular visits. Outpatient care lets you keep ' +
    'your daily routine, such as work or school.',
  es:
    'Sus respuestas no muestran que necesite más estructura que citas regulares. El tratamiento ambulatorio le ' +
    'permite seguir con su rutina diaria, como el trabajo o la escuela.',
};

/** The reason shown for each red flag, and the dimension its question belongs to. */
export const crisisReasons: {
  readonly [K in CrisisKind]: { readonly dimension: Dimension; readonly text: Localized };
} = {
  'self-harm': {
    dimension: 3,
    text: {
      en: 'You said you have had thoughts of ending your life or hurting yourself. Talking with someone now comes first.',
      es: 'Usted dijo que ha pensado en quitarse la vida o en hacerse daño. Lo primero es hablar con alguien ahora.',
    },
  },
  'harm-others': {
    dimension: 3,
    text: {
      en: 'You said you have had thoughts of hurting someone else. Talking with someone now comes first.',
      es: 'Usted dijo que ha pensado en hacerle daño a otra persona. Lo primero es hablar con alguien ahora.',
    },
  },
  'medical-emergency': {
    dimension: 2,
    text: {
      en: 'You said something is happening right now that may be a medical emergency. Getting medical help now comes first.',
      es: 'Usted dijo que ahora le pasa algo que puede ser una emergencia médica. Lo primero es recibir ayuda médica ahora.',
    },
  },
  'severe-withdrawal': {
    dimension: 1,
    text: {
      en: 'You said you have signs of severe withdrawal right now. Getting medical help now comes first.',
      es: 'Usted dijo que ahora mismo tiene señales de una abstinencia grave. Lo primero es recibir ayuda médica ahora.',
    },
  },
};

/** The reason shown for a red flag given without its kind (ratings written by hand with only `crisis: true`). */
export const generalCrisisReason: Localized = {
  en: 'One of your answers shows you may be in danger right now. Getting help now comes first.',
  es: 'Una de sus respuestas muestra que usted podría estar en peligro ahora. Lo primero es recibir ayuda ahora.',
};

/** The text of each note a recommendation can carry. */
export const noteTexts: { readonly [N in NoteId]: Localized } = {
  'supervised-withdrawal-first': {
    en:
      'Start with medically supervised withdrawal: stopping could be risky for you, so doctors and nurses should ' +
      'help you through it. This typically takes several days to a week or more, and then you go on to the care ' +
      'suggested here.',
    es:
      'Empiece con un manejo de la abstinencia con supervisión médica: dejar de consumir podría ser riesgoso para ' +
      'usted, así que médicos y enfermeras deben ayudarle a pasar por eso. Suele durar de varios días a una semana ' +
      'o más, y después sigue con la atención que se sugiere aquí.',
  },
  'unanswered-questions': {
    en: 'You skipped some questions, and we counted them as no concern. Answering them could change this suggestion.',
    es: 'Usted no respondió algunas preguntas, y las contamos como sin problema. Responderlas podría cambiar esta sugerencia.',
  },
};
