/**
 * The recommendation table: which ratings call for which level of care, with the reason shown to the person and the
 * rationale for reviewers. Calibrated on clinical-facts.md, "From ratings to a level"; informed by the six dimensions
 * used in the ASAM Criteria, and not ASAM placement.
 *
 * How the table is read (src/engine/recommend.ts):
 * - A red flag comes before everything: crisis help, and no level.
 * - Otherwise the suggestion starts at outpatient and is the most intensive level over every rule that holds: the
 *   least intensive level that is safe. No average is ever taken, so the highest-risk topic decides. A rating of 0 or
 *   1 anywhere is compatible with outpatient care.
 * - Withdrawal sets no level: it sets a first step beside the level (src/data/recommendation/first-steps.ts).
 * - Readiness alone never goes above IOP. Relapse reaches residential care only for substance use, when treatment has
 *   already not worked (relapse 4) and the home makes it hard to stay well (environment 2+).
 * - The home alone never sends anyone to residential care: with no steady home, residential care needs withdrawal,
 *   mental health or relapse at 2+; an unsafe home puts safety first and the level follows the other topics.
 * - Mental health alone never reaches residential care through the home or relapse: only through the mental topic.
 */
import type { Addressed, Condition, RecommendationRule } from '../questionnaire-types.js';

const anotherRiskAtTwo: Condition = {
  any: [
    { rating: 'withdrawal', atLeast: 2 },
    { rating: 'mental', atLeast: 2 },
    { rating: 'relapse', atLeast: 2 },
  ],
};

/** Every rule, grouped by topic, least intensive first within a topic. */
export const recommendationRules: readonly RecommendationRule[] = [
  {
    id: 'physical-iop',
    topic: 'physical',
    when: { rating: 'physical', atLeast: 2 },
    scope: 'substance-use',
    level: 'iop',
    reason: {
      self: {
        en: 'You have a serious health problem. A program that meets several times a week, working with your own doctor, can keep an eye on it.',
        es: 'Usted tiene un problema de salud grave. Un programa que se reúne varias veces por semana, en contacto con su médico, puede estar pendiente de eso.',
      },
      other: {
        en: 'They have a serious health problem. A program that meets several times a week, working with their own doctor, can keep an eye on it.',
        es: 'Esa persona tiene un problema de salud grave. Un programa que se reúne varias veces por semana, en contacto con su médico, puede estar pendiente de eso.',
      },
    },
    rationale:
      'Physical 2 with substance use: IOP, with the person’s own doctor coordinating. A stable chronic illness is not ' +
      'a reason for PHP. For mental health alone, a health problem is a first step with the person’s own doctor.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'physical-php',
    topic: 'physical',
    when: { rating: 'physical', atLeast: 3 },
    scope: 'substance-use',
    level: 'php',
    reason: {
      self: {
        en: 'A health problem is getting worse or is not under control. A partial hospitalization program gives you direct access to doctors and tests during the day.',
        es: 'Un problema de salud está empeorando o no está bajo control. Un programa de hospitalización parcial le da acceso directo a médicos y análisis durante el día.',
      },
      other: {
        en: 'A health problem is getting worse or is not under control. A partial hospitalization program gives them direct access to doctors and tests during the day.',
        es: 'Un problema de salud está empeorando o no está bajo control. Un programa de hospitalización parcial le da a esa persona acceso directo a médicos y análisis durante el día.',
      },
    },
    rationale:
      'Physical 3 with substance use: PHP (direct access to medical and lab services) or medically monitored ' +
      'residential care; the least intensive of the two is PHP.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'physical-inpatient',
    topic: 'physical',
    when: { rating: 'physical', atLeast: 4 },
    scope: 'any',
    level: 'inpatient',
    reason: {
      self: {
        en: 'Your health needs care around the clock first. Hospital or emergency care comes before anything else.',
        es: 'Su salud necesita atención las 24 horas primero. La atención en un hospital o de emergencia va antes que todo lo demás.',
      },
      other: {
        en: 'Their health needs care around the clock first. Hospital or emergency care comes before anything else.',
        es: 'La salud de esa persona necesita atención las 24 horas primero. La atención en un hospital o de emergencia va antes que todo lo demás.',
      },
    },
    rationale: 'Physical 4: hospital or emergency care first.',
    sources: ['asam-levels', 'findtreatment'],
  },
  {
    id: 'mental-iop',
    topic: 'mental',
    when: { rating: 'mental', atLeast: 2 },
    scope: 'any',
    level: 'iop',
    reason: {
      self: {
        en: 'Your feelings make most days very hard. An intensive outpatient program gives you support several days a week while you keep your routine.',
        es: 'Sus sentimientos le hacen muy difíciles casi todos los días. Un programa ambulatorio intensivo le da apoyo varios días por semana mientras sigue con su rutina.',
      },
      other: {
        en: 'Their feelings make most days very hard. An intensive outpatient program gives them support several days a week while they keep their routine.',
        es: 'Sus sentimientos le hacen muy difíciles casi todos los días a esa persona. Un programa ambulatorio intensivo le da apoyo varios días por semana mientras sigue con su rutina.',
      },
    },
    rationale: 'Mental 2: IOP. Mild symptoms (1) are compatible with co-occurring capable outpatient care.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'mental-php',
    topic: 'mental',
    when: { rating: 'mental', atLeast: 3 },
    scope: 'any',
    level: 'php',
    reason: {
      self: {
        en: 'What you described calls for a prompt visit with a psychiatrist. A partial hospitalization program gives you care from therapists and doctors most of the day, and you still sleep at home.',
        es: 'Lo que describió requiere una consulta pronto con un psiquiatra. Un programa de hospitalización parcial le da atención de terapeutas y médicos la mayor parte del día, y usted sigue durmiendo en casa.',
      },
      other: {
        en: 'What you described calls for a prompt visit with a psychiatrist for them. A partial hospitalization program gives them care from therapists and doctors most of the day, and they still sleep at home.',
        es: 'Lo que describió requiere que esa persona vea pronto a un psiquiatra. Un programa de hospitalización parcial le da atención de terapeutas y médicos la mayor parte del día, y sigue durmiendo en casa.',
      },
    },
    rationale:
      'Mental 3 (including signs of psychosis or mania): PHP, for someone who would otherwise need inpatient ' +
      'psychiatric care but is safe at home overnight.',
    sources: ['asam-levels', 'medicare-php'],
  },
  {
    id: 'mental-inpatient',
    topic: 'mental',
    when: { rating: 'mental', atLeast: 4 },
    scope: 'any',
    level: 'inpatient',
    reason: {
      self: {
        en: 'You need help day and night to take care of yourself. Care with staff around the clock gives you that help and keeps you safe.',
        es: 'Usted necesita ayuda de día y de noche para cuidarse. La atención con personal las 24 horas le da esa ayuda y le mantiene a salvo.',
      },
      other: {
        en: 'They need help day and night to take care of themselves. Care with staff around the clock gives them that help and keeps them safe.',
        es: 'Esa persona necesita ayuda de día y de noche para cuidarse. La atención con personal las 24 horas le da esa ayuda y la mantiene a salvo.',
      },
    },
    rationale: 'Mental 4: inpatient (psychiatric) care. Danger now is a red flag, handled before any rule.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'relapse-iop',
    topic: 'relapse',
    when: { rating: 'relapse', atLeast: 2 },
    scope: 'any',
    level: 'iop',
    reason: {
      self: {
        en: 'The problem came back within weeks before, or you had an overdose this year. Meeting several times a week gives you more support to keep going.',
        es: 'El problema volvió en pocas semanas antes, o tuvo una sobredosis este año. Reunirse varias veces por semana le da más apoyo para seguir adelante.',
      },
      other: {
        en: 'The problem came back within weeks before, or they had an overdose this year. Meeting several times a week gives them more support to keep going.',
        es: 'El problema volvió en pocas semanas antes, o esa persona tuvo una sobredosis este año. Reunirse varias veces por semana le da más apoyo para seguir adelante.',
      },
    },
    rationale: 'Relapse 2: IOP, for someone who needs more structure than weekly therapy.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'relapse-php',
    topic: 'relapse',
    when: { rating: 'relapse', atLeast: 3 },
    scope: 'any',
    level: 'php',
    reason: {
      self: {
        en: 'A change did not last more than a few days, or you had an overdose in the past 3 months. A partial hospitalization program gives you support most of the day, and you still sleep at home.',
        es: 'Un cambio no duró más de unos pocos días, o tuvo una sobredosis en los últimos 3 meses. Un programa de hospitalización parcial le da apoyo la mayor parte del día, y usted sigue durmiendo en casa.',
      },
      other: {
        en: 'A change did not last more than a few days, or they had an overdose in the past 3 months. A partial hospitalization program gives them support most of the day, and they still sleep at home.',
        es: 'Un cambio no duró más de unos pocos días, o esa persona tuvo una sobredosis en los últimos 3 meses. Un programa de hospitalización parcial le da apoyo la mayor parte del día, y sigue durmiendo en casa.',
      },
    },
    rationale:
      'Relapse 3 (an overdose in the past 3 months makes it at least 3, except alcohol or cannabis alone): PHP. ' +
      'Relapse risk with a home that supports recovery, or with mental health alone, stays at a level where the ' +
      'person lives at home, even at 4.',
    sources: ['asam-levels', 'cms-iap-2017', 'samhsa-tip63'],
  },
  {
    id: 'relapse-residential',
    topic: 'relapse',
    when: { all: [{ rating: 'relapse', atLeast: 4 }, { rating: 'environment', atLeast: 2 }] },
    scope: 'substance-use',
    level: 'inpatient',
    reason: {
      self: {
        en: 'Treatment has not worked for long before, and where you live makes it hard to stay well. Living at a treatment center for a while gives you a fresh start away from that.',
        es: 'Los tratamientos anteriores no funcionaron por mucho tiempo, y donde vive le resulta difícil estar bien. Vivir un tiempo en un centro de tratamiento le da un nuevo comienzo lejos de eso.',
      },
      other: {
        en: 'Treatment has not worked for long before, and where they live makes it hard to stay well. Living at a treatment center for a while gives them a fresh start away from that.',
        es: 'Los tratamientos anteriores no funcionaron por mucho tiempo, y donde vive esa persona le resulta difícil estar bien. Vivir un tiempo en un centro de tratamiento le da un nuevo comienzo lejos de eso.',
      },
    },
    rationale:
      'Substance use: residential care fits when other treatment has not worked and the home is unsupportive. Both ' +
      'must hold: repeated relapse with a supportive home is PHP. Never for mental health alone (PHP at most).',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'environment-iop',
    topic: 'environment',
    when: { rating: 'environment', atLeast: 2, atMost: 3 },
    scope: 'substance-use',
    level: 'iop',
    reason: {
      self: {
        en: 'Where you live makes it hard to stay well, or you have no steady place to live. A program that meets several times a week adds support, and its staff can help with housing.',
        es: 'Donde vive le resulta difícil estar bien, o no tiene un lugar fijo donde vivir. Un programa que se reúne varias veces por semana le da más apoyo, y su personal puede ayudarle con la vivienda.',
      },
      other: {
        en: 'Where they live makes it hard to stay well, or they have no steady place to live. A program that meets several times a week adds support, and its staff can help them with housing.',
        es: 'Donde vive esa persona le resulta difícil estar bien, o no tiene un lugar fijo donde vivir. Un programa que se reúne varias veces por semana le da más apoyo, y su personal puede ayudarle con la vivienda.',
      },
    },
    rationale:
      'Environment 2 or 3 (no steady home) with substance use: IOP, plus housing help and a recovery residence. ' +
      'Housing alone is not a reason for residential care. An unsafe home (4) puts safety first and the level ' +
      'follows the other topics.',
    sources: ['asam-levels', 'cms-iap-2017', 'samhsa-recovery-housing-2023'],
  },
  {
    id: 'environment-residential',
    topic: 'environment',
    when: { all: [{ rating: 'environment', atLeast: 3, atMost: 3 }, anotherRiskAtTwo] },
    scope: 'substance-use',
    level: 'inpatient',
    reason: {
      self: {
        en: 'You don’t have a steady place to live, and other answers show you need more care too. Living at a treatment center gives you a stable place while you start.',
        es: 'Usted no tiene un lugar fijo donde vivir, y otras respuestas muestran que también necesita más atención. Vivir en un centro de tratamiento le da un lugar estable mientras empieza.',
      },
      other: {
        en: 'They don’t have a steady place to live, and other answers show they need more care too. Living at a treatment center gives them a stable place while they start.',
        es: 'Esa persona no tiene un lugar fijo donde vivir, y otras respuestas muestran que también necesita más atención. Vivir en un centro de tratamiento le da un lugar estable mientras empieza.',
      },
    },
    rationale:
      'No steady home with substance use: residential care (3.1) only when withdrawal, mental health or relapse is ' +
      '2 or more (no discharge from 24-hour withdrawal management to the street); otherwise IOP.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'unsafe-home-residential',
    topic: 'environment',
    when: { all: [{ rating: 'environment', atLeast: 4 }, anotherRiskAtTwo] },
    scope: 'substance-use',
    level: 'inpatient',
    reason: {
      self: {
        en: 'Your home is not safe, and other answers show you need more care too. Living at a treatment center for a while gives you care away from there; it is not a safety plan by itself.',
        es: 'Su hogar no es un lugar a salvo, y otras respuestas muestran que también necesita más atención. Vivir un tiempo en un centro de tratamiento le da atención lejos de ahí; no es un plan de seguridad por sí solo.',
      },
      other: {
        en: 'Their home is not safe, and other answers show they need more care too. Living at a treatment center for a while gives them care away from there; it is not a safety plan by itself.',
        es: 'El hogar de esa persona no es un lugar a salvo, y otras respuestas muestran que también necesita más atención. Vivir un tiempo en un centro de tratamiento le da atención lejos de ahí; no es un plan de seguridad por sí solo.',
      },
    },
    rationale:
      'An unsafe home puts safety first (a first step); residential care only when withdrawal, mental health or ' +
      'relapse is 2 or more. Residential treatment is not a safety plan.',
    sources: ['asam-levels', 'dv-hotline'],
    private: true,
  },
  {
    id: 'unsafe-home-crisis-residential',
    topic: 'environment',
    when: { all: [{ rating: 'environment', atLeast: 4 }, { rating: 'mental', atLeast: 3 }] },
    scope: 'mental-health-only',
    level: 'inpatient',
    reason: {
      self: {
        en: 'Your home is not safe, and what you described about your mental health needs close care. A crisis residential program gives you psychiatric care around the clock while you get safe.',
        es: 'Su hogar no es un lugar a salvo, y lo que describió sobre su salud mental necesita atención cercana. Un programa residencial para crisis le da atención psiquiátrica las 24 horas mientras se pone a salvo.',
      },
      other: {
        en: 'Their home is not safe, and what you described about their mental health needs close care. A crisis residential program gives them psychiatric care around the clock while they get safe.',
        es: 'El hogar de esa persona no es un lugar a salvo, y lo que describió sobre su salud mental necesita atención cercana. Un programa residencial para crisis le da atención psiquiátrica las 24 horas mientras se pone a salvo.',
      },
    },
    rationale:
      'Mental health alone with an unsafe home: safety first, and the level follows the mental topic; crisis ' +
      'residential care only when mental health is 3 or more. It is a psychiatric crisis service, not housing or a ' +
      'shelter, and PHP is not an answer to violence at home.',
    sources: ['asam-levels', 'dv-hotline'],
    private: true,
  },
  {
    id: 'readiness-iop',
    topic: 'readiness',
    when: { rating: 'readiness', atLeast: 3 },
    scope: 'any',
    level: 'iop',
    reason: {
      self: {
        en: 'Others want this change more than you do. Meeting with a team several times a week can help you sort out what you want.',
        es: 'Otras personas quieren este cambio más que usted. Reunirse con un equipo varias veces por semana puede ayudarle a aclarar lo que quiere.',
      },
      other: {
        en: 'Others want this change more than they do. Meeting with a team several times a week can help them sort out what they want.',
        es: 'Otras personas quieren este cambio más que esa persona. Reunirse con un equipo varias veces por semana puede ayudarle a aclarar lo que quiere.',
      },
    },
    rationale:
      'Readiness is an engagement need, not a safety one: 3 or 4 calls for IOP at most, and 0–2 for outpatient ' +
      'care with motivational work. The 4th edition folds readiness into person-centered considerations, which do ' +
      'not drive the level.',
    sources: ['asam-4th'],
  },
  {
    id: 'several-moderate-risks',
    topic: null,
    when: {
      atLeast: 3,
      of: [
        { rating: 'physical', atLeast: 2 },
        { rating: 'mental', atLeast: 2 },
        { rating: 'relapse', atLeast: 2 },
        { rating: 'environment', atLeast: 2, atMost: 3 },
      ],
    },
    scope: 'substance-use',
    level: 'php',
    reason: {
      self: {
        en: 'Several things are hard at once. Together they call for more support than a few visits a week.',
        es: 'Varias cosas son difíciles a la vez. Juntas piden más apoyo que algunas citas por semana.',
      },
      other: {
        en: 'Several things are hard for them at once. Together they call for more support than a few visits a week.',
        es: 'Varias cosas son difíciles a la vez para esa persona. Juntas piden más apoyo que algunas citas por semana.',
      },
    },
    rationale:
      'The project’s own rule, not an ASAM rule: three or more topics at 2 or more may add up, so consider one step ' +
      'more than IOP. Not counted: withdrawal (it sets a first step, not a level), readiness, and the unsafe-home ' +
      'answer; for mental health alone the rule does not apply. The vignettes accept IOP here too.',
    sources: [],
  },
];

/** The reason shown when no rule holds and the suggestion stays at outpatient care. */
export const noOtherRuleReason: Addressed = {
  self: {
    en: 'Your answers did not point to a need for more structure than regular visits. Outpatient care lets you keep your daily routine, such as work or school.',
    es: 'Sus respuestas no muestran que necesite más estructura que citas regulares. El tratamiento ambulatorio le permite seguir con su rutina diaria, como el trabajo o la escuela.',
  },
  other: {
    en: 'Your answers did not point to a need for more structure than regular visits for them. Outpatient care lets them keep their daily routine, such as work or school.',
    es: 'Sus respuestas no muestran que esa persona necesite más estructura que citas regulares. El tratamiento ambulatorio le permite seguir con su rutina diaria, como el trabajo o la escuela.',
  },
};
