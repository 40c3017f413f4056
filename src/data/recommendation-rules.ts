/**
 * The recommendation table: which ratings call for which level of care, with the reason shown to the person and the
 * rationale for reviewers; the first steps shown beside a level; the notes. Calibrated on clinical-facts.md, "From
 * ratings to a level"; informed by the six dimensions used in the ASAM Criteria, and not ASAM placement.
 *
 * How the table is read (src/engine/recommend.ts):
 * - A red flag comes before everything: crisis help, and no level.
 * - Otherwise the suggestion starts at outpatient and is the most intensive level over every rule that holds: the
 *   least intensive level that is safe. No average is ever taken, so the highest-risk topic decides, and raising a
 *   rating can never lower the level. A rating of 0 or 1 anywhere is compatible with outpatient care.
 * - Withdrawal sets no level: it sets a first step beside the level ("Start with …, then: <level>"), and only for
 *   someone using now.
 * - Readiness alone never goes above IOP. Relapse risk reaches residential care only when treatment has already not
 *   worked (relapse 4) and the home makes it hard to stay well (environment 2+).
 */
import type {
  Addressed,
  CrisisKind,
  FirstStepId,
  FirstStepInfo,
  NoteId,
  NoteInfo,
  RecommendationRule,
} from './questionnaire-types.js';
import type { SourceId } from './types.js';

/** Every rule, grouped by topic, least intensive first within a topic. */
export const recommendationRules: readonly RecommendationRule[] = [
  {
    id: 'physical-iop',
    when: [{ kind: 'rating', topic: 'physical', atLeast: 2 }],
    scope: 'any',
    level: 'iop',
    reason: {
      self: {
        en: 'You have a serious health problem. A program that meets several times a week, working with your own doctor, can keep an eye on it.',
        es: 'Usted tiene un problema de salud serio. Un programa que se reúne varias veces por semana, en contacto con su médico, puede estar pendiente de eso.',
      },
      other: {
        en: 'They have a serious health problem. A program that meets several times a week, working with their own doctor, can keep an eye on it.',
        es: 'Esa persona tiene un problema de salud serio. Un programa que se reúne varias veces por semana, en contacto con su médico, puede estar pendiente de eso.',
      },
    },
    rationale:
      'Physical 2: IOP, with the person’s own doctor coordinating. A stable chronic illness is not a reason for PHP.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'physical-php',
    when: [{ kind: 'rating', topic: 'physical', atLeast: 3 }],
    scope: 'any',
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
      'Physical 3: PHP (direct access to medical and lab services) or medically monitored residential care; the ' +
      'least intensive of the two is PHP.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'physical-inpatient',
    when: [{ kind: 'rating', topic: 'physical', atLeast: 4 }],
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
    when: [{ kind: 'rating', topic: 'mental', atLeast: 2 }],
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
    when: [{ kind: 'rating', topic: 'mental', atLeast: 3 }],
    scope: 'any',
    level: 'php',
    reason: {
      self: {
        en: 'What you described calls for a prompt visit with a psychiatrist. A partial hospitalization program gives you care from therapists and doctors most of the day, and you still sleep at home.',
        es: 'Lo que describió requiere una consulta pronto con un psiquiatra. Un programa de hospitalización parcial le da atención de terapeutas y médicos la mayor parte del día, y usted sigue durmiendo en casa.',
      },
      other: {
        en: 'What you described calls for a prompt visit with a psychiatrist. A partial hospitalization program gives them care from therapists and doctors most of the day, and they still sleep at home.',
        es: 'Lo que describió requiere una consulta pronto con un psiquiatra. Un programa de hospitalización parcial le da a esa persona atención de terapeutas y médicos la mayor parte del día, y sigue durmiendo en casa.',
      },
    },
    rationale:
      'Mental 3 (including signs of psychosis or mania): PHP, for someone who would otherwise need inpatient ' +
      'psychiatric care but is safe at home overnight.',
    sources: ['asam-levels', 'medicare-php'],
  },
  {
    id: 'mental-inpatient',
    when: [{ kind: 'rating', topic: 'mental', atLeast: 4 }],
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
    when: [{ kind: 'rating', topic: 'relapse', atLeast: 2 }],
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
    when: [{ kind: 'rating', topic: 'relapse', atLeast: 3 }],
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
      'Relapse 3 (an overdose in the past 3 months makes it at least 3): PHP. Relapse risk alone, with a home that ' +
      'supports recovery, stays at a level where the person lives at home, even at 4.',
    sources: ['asam-levels', 'cms-iap-2017', 'samhsa-tip63'],
  },
  {
    id: 'relapse-residential',
    when: [
      { kind: 'rating', topic: 'relapse', atLeast: 4 },
      { kind: 'rating', topic: 'environment', atLeast: 2 },
    ],
    scope: 'any',
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
      'Residential care fits when other treatment has not worked and the home is unsupportive. Both must hold: ' +
      'repeated relapse with a supportive home is PHP. Never hospital care for relapse risk.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'environment-iop',
    when: [{ kind: 'rating', topic: 'environment', atLeast: 2 }],
    scope: 'any',
    level: 'iop',
    reason: {
      self: {
        en: 'People where you live drink, use or make it hard to stay well. A program that meets several times a week adds support while you keep living at home.',
        es: 'Donde vive, otras personas toman, consumen o le hacen difícil estar bien. Un programa que se reúne varias veces por semana le da más apoyo mientras sigue viviendo en casa.',
      },
      other: {
        en: 'People where they live drink, use or make it hard to stay well. A program that meets several times a week adds support while they keep living at home.',
        es: 'Donde vive esa persona, otras personas toman, consumen o le hacen difícil estar bien. Un programa que se reúne varias veces por semana le da más apoyo mientras sigue viviendo en casa.',
      },
    },
    rationale: 'Environment 2: IOP, for someone with a safe home who needs more structure.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'environment-residential',
    when: [{ kind: 'rating', topic: 'environment', atLeast: 3 }],
    scope: 'substance-use',
    level: 'inpatient',
    reason: {
      self: {
        en: 'You don’t have a safe, steady place to live. Living at a treatment center gives you a safe place while you start.',
        es: 'Usted no tiene un lugar seguro y fijo donde vivir. Vivir en un centro de tratamiento le da un lugar seguro mientras empieza.',
      },
      other: {
        en: 'They don’t have a safe, steady place to live. Living at a treatment center gives them a safe place while they start.',
        es: 'Esa persona no tiene un lugar seguro y fijo donde vivir. Vivir en un centro de tratamiento le da un lugar seguro mientras empieza.',
      },
    },
    rationale: 'Environment 3+ with substance use: residential care (3.1), for an unsafe or unstable home.',
    sources: ['asam-levels', 'cms-iap-2017'],
  },
  {
    id: 'environment-mental-health',
    when: [{ kind: 'rating', topic: 'environment', atLeast: 3 }],
    scope: 'mental-health-only',
    level: 'php',
    reason: {
      self: {
        en: 'You don’t have a safe, steady place to live. A partial hospitalization program gives you care most of the day, and its staff can help you find a safe place to stay.',
        es: 'Usted no tiene un lugar seguro y fijo donde vivir. Un programa de hospitalización parcial le da atención la mayor parte del día, y su personal puede ayudarle a encontrar un lugar seguro donde quedarse.',
      },
      other: {
        en: 'They don’t have a safe, steady place to live. A partial hospitalization program gives them care most of the day, and its staff can help them find a safe place to stay.',
        es: 'Esa persona no tiene un lugar seguro y fijo donde vivir. Un programa de hospitalización parcial le da atención la mayor parte del día, y su personal puede ayudarle a encontrar un lugar seguro donde quedarse.',
      },
    },
    rationale:
      'Environment 3+ for mental health alone: PHP plus housing, crisis-residential or safety help. A psychiatric ' +
      'unit does not admit for housing.',
    sources: ['asam-levels', 'medicare-php'],
  },
  {
    id: 'readiness-iop',
    when: [{ kind: 'rating', topic: 'readiness', atLeast: 3 }],
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
    sources: ['asam-4th', 'cms-iap-2017'],
  },
  {
    id: 'several-moderate-risks',
    when: [{ kind: 'moderate-risks', topicsAtTwoOrMore: 3 }],
    scope: 'any',
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
      'Three or more topics at 2 or more (readiness not counted) may add up: consider one step more than IOP. This ' +
      'is not an ASAM rule, so the vignettes accept IOP there too.',
    sources: ['cms-iap-2017'],
  },
];

/** The reason shown when no rule holds and the suggestion stays at outpatient care. */
export const noOtherRuleReason: Addressed = {
  self: {
    en: 'Your answers did not point to a need for more structure than regular visits. Outpatient care lets you keep your daily routine, such as work or school.',
    es: 'Sus respuestas no muestran que necesite más estructura que citas regulares. El tratamiento ambulatorio le permite seguir con su rutina diaria, como el trabajo o la escuela.',
  },
  other: {
    en: 'Your answers did not point to a need for more structure than regular visits. Outpatient care lets them keep their daily routine, such as work or school.',
    es: 'Sus respuestas no muestran que esa persona necesite más estructura que citas regulares. El tratamiento ambulatorio le permite seguir con su rutina diaria, como el trabajo o la escuela.',
  },
};

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

/** The first steps, by id: shown as "Start with …, then: <level>". */
export const firstSteps: { readonly [F in FirstStepId]: FirstStepInfo & { readonly id: F } } = {
  'withdrawal-ambulatory': {
    id: 'withdrawal-ambulatory',
    label: {
      self: { en: 'withdrawal management with daily check-ins', es: 'manejo de la abstinencia con controles diarios' },
      other: { en: 'withdrawal management with daily check-ins', es: 'manejo de la abstinencia con controles diarios' },
    },
    text: {
      self: {
        en: 'Stopping could make you sick. A doctor or nurse can help you through it while you live at home, with a check every day. This works when someone can stay with you and you can get to the checks; if not, ask about 24-hour care.',
        es: 'Dejar de consumir podría enfermarle. Un médico o una enfermera puede ayudarle a pasar por eso mientras vive en casa, con un control cada día. Esto funciona si alguien puede quedarse con usted y puede llegar a los controles; si no, pregunte por atención las 24 horas.',
      },
      other: {
        en: 'Stopping could make them sick. A doctor or nurse can help them through it while they live at home, with a check every day. This works when someone can stay with them and they can get to the checks; if not, ask about 24-hour care.',
        es: 'Dejar de consumir podría enfermar a esa persona. Un médico o una enfermera puede ayudarle a pasar por eso mientras vive en casa, con un control cada día. Esto funciona si alguien puede quedarse con esa persona y puede llegar a los controles; si no, pregunte por atención las 24 horas.',
      },
    },
    rationale:
      'Withdrawal 2 with a substance whose withdrawal can be dangerous: ambulatory withdrawal management first, only ' +
      'with a support person and transport. An environment of 2+ makes it 24-hour.',
    sources: ['asam-awm-2020'],
  },
  'withdrawal-24-hour': {
    id: 'withdrawal-24-hour',
    label: {
      self: { en: '24-hour withdrawal management', es: 'manejo de la abstinencia las 24 horas' },
      other: { en: '24-hour withdrawal management', es: 'manejo de la abstinencia las 24 horas' },
    },
    text: {
      self: {
        en: 'Stopping could be dangerous for you, so doctors and nurses should be with you around the clock while your body adjusts. This usually takes several days to a week or more; then the care below starts.',
        es: 'Dejar de consumir podría ser peligroso para usted, así que médicos y enfermeras deben estar con usted las 24 horas mientras su cuerpo se ajusta. Suele durar de varios días a una semana o más; después empieza la atención que se indica abajo.',
      },
      other: {
        en: 'Stopping could be dangerous for them, so doctors and nurses should be with them around the clock while their body adjusts. This usually takes several days to a week or more; then the care below starts.',
        es: 'Dejar de consumir podría ser peligroso para esa persona, así que médicos y enfermeras deben estar con ella las 24 horas mientras su cuerpo se ajusta. Suele durar de varios días a una semana o más; después empieza la atención que se indica abajo.',
      },
    },
    rationale:
      'Withdrawal 3 (a past seizure or DTs, sedatives with alcohol, a serious illness, pregnancy with alcohol or ' +
      'sedatives, strong symptoms), or 2 with an environment of 2+: 24-hour withdrawal management first, then reassess.',
    sources: ['asam-awm-2020', 'findtreatment'],
  },
  'withdrawal-hospital': {
    id: 'withdrawal-hospital',
    label: {
      self: { en: 'withdrawal management in a hospital', es: 'manejo de la abstinencia en un hospital' },
      other: { en: 'withdrawal management in a hospital', es: 'manejo de la abstinencia en un hospital' },
    },
    text: {
      self: {
        en: 'Your withdrawal needs a hospital’s care. Doctors there can treat it safely; then the care below starts.',
        es: 'Sus síntomas de abstinencia necesitan la atención de un hospital. Allí los médicos pueden tratarlos sin peligro; después empieza la atención que se indica abajo.',
      },
      other: {
        en: 'Their withdrawal needs a hospital’s care. Doctors there can treat it safely; then the care below starts.',
        es: 'Los síntomas de abstinencia de esa persona necesitan la atención de un hospital. Allí los médicos pueden tratarlos sin peligro; después empieza la atención que se indica abajo.',
      },
    },
    rationale: 'Withdrawal 4 that is not happening now (which would be a red flag): hospital withdrawal management.',
    sources: ['asam-awm-2020', 'asam-levels'],
  },
  'start-opioid-medication': {
    id: 'start-opioid-medication',
    label: {
      self: {
        en: 'asking about buprenorphine or methadone',
        es: 'preguntar por la buprenorfina o la metadona',
      },
      other: {
        en: 'asking about buprenorphine or methadone for them',
        es: 'preguntar por la buprenorfina o la metadona para esa persona',
      },
    },
    text: {
      self: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine or methadone ease withdrawal and cravings and lower the risk of overdose. Detox alone raises that risk.',
        es: 'Para los opioides, el primer paso es un medicamento, no la desintoxicación. La buprenorfina o la metadona alivian los síntomas de abstinencia y las ganas de consumir, y bajan el riesgo de sobredosis. La desintoxicación sola aumenta ese riesgo.',
      },
      other: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine or methadone ease withdrawal and cravings and lower the risk of overdose. Detox alone raises that risk.',
        es: 'Para los opioides, el primer paso es un medicamento, no la desintoxicación. La buprenorfina o la metadona alivian los síntomas de abstinencia y las ganas de consumir, y bajan el riesgo de sobredosis. La desintoxicación sola aumenta ese riesgo.',
      },
    },
    rationale:
      'Opioids now, not on medication: detox alone is not recommended for opioid use disorder and raises overdose ' +
      'risk; the first step is medication.',
    sources: ['samhsa-tip63'],
  },
};

/** Every note, by id: its text, when it shows, and where its advice comes from. */
export const notes: { readonly [N in NoteId]: NoteInfo & { readonly id: N } } = {
  'after-withdrawal-overdose-risk': {
    id: 'after-withdrawal-overdose-risk',
    text: {
      self: {
        en: 'After detox your body can’t handle your old amount: a smaller dose can kill. Carry naloxone, and don’t use alone.',
        es: 'Después de la desintoxicación, su cuerpo ya no aguanta la cantidad de antes: una dosis más pequeña puede matar. Lleve naloxona consigo y no consuma a solas.',
      },
      other: {
        en: 'After detox their body can’t handle their old amount: a smaller dose can kill. Keep naloxone at hand, and make sure they don’t use alone.',
        es: 'Después de la desintoxicación, el cuerpo de esa persona ya no aguanta la cantidad de antes: una dosis más pequeña puede matar. Tenga naloxona a mano y procure que no consuma a solas.',
      },
    },
    shownWhen: 'Whenever withdrawal management is shown as the first step.',
    sources: ['samhsa-tip63', 'fda-naloxone-otc'],
    evidence: 'primary',
  },
  'keep-taking-addiction-medication': {
    id: 'keep-taking-addiction-medication',
    text: {
      self: {
        en: 'Keep taking your medicine for addiction. It is treatment, not a problem to stop: look for a program that supports it at every level of care.',
        es: 'Siga tomando su medicamento para la adicción. Es parte del tratamiento, no algo que deba dejar: busque un programa que lo apoye en cualquier nivel de atención.',
      },
      other: {
        en: 'They should keep taking their medicine for addiction. It is treatment, not a problem to stop: look for a program that supports it at every level of care.',
        es: 'Esa persona debe seguir tomando su medicamento para la adicción. Es parte del tratamiento, no algo que deba dejar: busque un programa que lo apoye en cualquier nivel de atención.',
      },
    },
    shownWhen: 'The person takes buprenorphine, methadone or naltrexone now. The detox note is then never shown for opioids.',
    sources: ['samhsa-tip63'],
    evidence: 'primary',
  },
  'pregnancy-opioids': {
    id: 'pregnancy-opioids',
    text: {
      self: {
        en: 'During pregnancy, don’t stop opioids suddenly. Ask about buprenorphine or methadone: they are safer for you and the baby than stopping.',
        es: 'Durante el embarazo, no deje los opioides de golpe. Pregunte por la buprenorfina o la metadona: son más seguras para usted y el bebé que dejarlos.',
      },
      other: {
        en: 'During pregnancy, they should not stop opioids suddenly. Ask about buprenorphine or methadone: they are safer for them and the baby than stopping.',
        es: 'Durante el embarazo, esa persona no debe dejar los opioides de golpe. Pregunte por la buprenorfina o la metadona: son más seguras para ella y el bebé que dejarlos.',
      },
    },
    shownWhen: 'Pregnant (or maybe) and using opioids, prescribed or not.',
    sources: ['acog-711', 'samhsa-pregnancy-oud'],
    evidence: 'primary',
  },
  'prescribed-benzodiazepines': {
    id: 'prescribed-benzodiazepines',
    text: {
      self: {
        en: 'Don’t stop your prescribed benzo on your own: stopping suddenly can cause seizures. Talk with your prescriber about a slow, safe plan.',
        es: 'No deje por su cuenta la benzodiacepina que le recetaron: dejarla de golpe puede causar convulsiones. Hable con quien se la receta sobre un plan lento y seguro.',
      },
      other: {
        en: 'They should not stop their prescribed benzo on their own: stopping suddenly can cause seizures. Their prescriber can plan a slow, safe taper.',
        es: 'Esa persona no debe dejar por su cuenta la benzodiacepina que le recetaron: dejarla de golpe puede causar convulsiones. Quien se la receta puede planear una reducción lenta y segura.',
      },
    },
    shownWhen: 'Takes benzodiazepines as prescribed.',
    sources: ['fda-benzo-2020', 'benzo-taper-2025'],
    evidence: 'primary',
  },
  'prescribed-opioids': {
    id: 'prescribed-opioids',
    text: {
      self: {
        en: 'Don’t stop your prescribed pain medicine suddenly. Talk with your prescriber: any change should be slow and planned with you.',
        es: 'No deje de golpe el analgésico que le recetaron. Hable con quien se lo receta: cualquier cambio debe ser lento y planeado con usted.',
      },
      other: {
        en: 'They should not stop their prescribed pain medicine suddenly. Any change should be slow and planned with their prescriber.',
        es: 'Esa persona no debe dejar de golpe el analgésico que le recetaron. Cualquier cambio debe ser lento y planeado con quien se lo receta.',
      },
    },
    shownWhen: 'Takes opioid pain medicine as prescribed.',
    sources: ['fda-opioid-taper-2019'],
    evidence: 'primary',
  },
  'alcohol-do-not-stop-suddenly': {
    id: 'alcohol-do-not-stop-suddenly',
    text: {
      self: {
        en: 'Don’t stop drinking suddenly on your own: withdrawal can be dangerous. Get medical help to stop.',
        es: 'No deje de tomar alcohol de golpe por su cuenta: los síntomas de abstinencia pueden ser peligrosos. Busque ayuda médica para dejarlo.',
      },
      other: {
        en: 'Stopping drinking suddenly can be dangerous for them. They should get medical help to stop.',
        es: 'Dejar de tomar alcohol de golpe puede ser peligroso para esa persona. Debe buscar ayuda médica para dejarlo.',
      },
    },
    shownWhen: 'Drinks alcohol most days or every day, with withdrawal symptoms (rating 2 or more).',
    sources: ['asam-awm-2020'],
    evidence: 'primary',
  },
  naloxone: {
    id: 'naloxone',
    text: {
      self: {
        en: 'Keep naloxone (Narcan) with you. It reverses an opioid overdose, and you can buy it without a prescription. Fentanyl can be in pills and other drugs.',
        es: 'Lleve naloxona (Narcan) consigo. Revierte una sobredosis de opioides, y se puede comprar sin receta. El fentanilo puede estar en pastillas y otras drogas.',
      },
      other: {
        en: 'Keep naloxone (Narcan) at hand. It reverses an opioid overdose, and you can buy it without a prescription. Fentanyl can be in pills and other drugs.',
        es: 'Tenga naloxona (Narcan) a mano. Revierte una sobredosis de opioides, y se puede comprar sin receta. El fentanilo puede estar en pastillas y otras drogas.',
      },
    },
    shownWhen:
      'Uses opioids (prescribed or not) or stimulants, takes buprenorphine or methadone, or had an ' +
      'overdose in the past year; not when the after-withdrawal note already says it.',
    sources: ['fda-naloxone-otc', 'samhsa-tip63'],
    evidence: 'secondary',
  },
  'opioids-with-sedatives-or-alcohol': {
    id: 'opioids-with-sedatives-or-alcohol',
    text: {
      self: {
        en: 'Opioids together with benzos or alcohol raise the risk of a deadly overdose.',
        es: 'Los opioides junto con benzodiacepinas o alcohol aumentan el riesgo de una sobredosis mortal.',
      },
      other: {
        en: 'Opioids together with benzos or alcohol raise the risk of a deadly overdose.',
        es: 'Los opioides junto con benzodiacepinas o alcohol aumentan el riesgo de una sobredosis mortal.',
      },
    },
    shownWhen: 'Uses opioids and also alcohol or sedatives.',
    sources: ['fda-opioid-benzo-2016'],
    evidence: 'primary',
  },
  'domestic-violence-hotline': {
    id: 'domestic-violence-hotline',
    text: {
      self: {
        en: 'If someone at home hurts or threatens you, the National Domestic Violence Hotline can help, 24/7: call 1-800-799-7233 or text START to 88788.',
        es: 'Si alguien en casa le lastima o le amenaza, la Línea Nacional contra la Violencia Doméstica puede ayudarle, las 24 horas: llame al 1-800-799-7233 o envíe START por mensaje de texto al 88788.',
      },
      other: {
        en: 'If someone at home hurts or threatens them, the National Domestic Violence Hotline can help, 24/7: call 1-800-799-7233 or text START to 88788.',
        es: 'Si alguien en casa lastima o amenaza a esa persona, la Línea Nacional contra la Violencia Doméstica puede ayudar, las 24 horas: llame al 1-800-799-7233 o envíe START por mensaje de texto al 88788.',
      },
    },
    shownWhen: 'Says someone at home hurts or threatens them.',
    sources: ['dv-hotline'],
    evidence: 'primary',
  },
  'safety-plan': {
    id: 'safety-plan',
    text: {
      self: {
        en: 'Because of your past suicide attempt, ask the program to make a safety plan with you. If thoughts of suicide come back, call or text 988 at any time.',
        es: 'Por su intento de suicidio en el pasado, pida al programa que haga un plan de seguridad con usted. Si vuelven los pensamientos de suicidio, llame o envíe un mensaje al 988 en cualquier momento.',
      },
      other: {
        en: 'Because of their past suicide attempt, ask the program to make a safety plan with them. If thoughts of suicide come back, they or you can call or text 988 at any time.',
        es: 'Por el intento de suicidio de esa persona en el pasado, pida al programa que haga un plan de seguridad con ella. Si vuelven los pensamientos de suicidio, cualquiera de ustedes puede llamar o enviar un mensaje al 988 en cualquier momento.',
      },
    },
    shownWhen: 'A suicide attempt in the past year, more than 3 months ago, with no thoughts of suicide now.',
    sources: ['988'],
    evidence: 'secondary',
  },
  'psychiatric-evaluation': {
    id: 'psychiatric-evaluation',
    text: {
      self: {
        en: 'Hearing or seeing things others don’t, or days without sleep with racing thoughts, call for a psychiatric visit soon, within days. If you feel unsafe, call or text 988.',
        es: 'Oír o ver cosas que otros no, o pasar días sin dormir con pensamientos acelerados, requiere una consulta psiquiátrica pronto, en pocos días. Si no se siente seguro/a, llame o envíe un mensaje al 988.',
      },
      other: {
        en: 'Hearing or seeing things others don’t, or days without sleep with racing thoughts, call for a psychiatric visit soon, within days. If they seem unsafe, call or text 988.',
        es: 'Oír o ver cosas que otros no, o pasar días sin dormir con pensamientos acelerados, requiere una consulta psiquiátrica pronto, en pocos días. Si esa persona no parece estar segura, llame o envíe un mensaje al 988.',
      },
    },
    shownWhen: 'Signs of possible psychosis or mania.',
    sources: ['988', 'medicare-php'],
    evidence: 'secondary',
  },
  'same-day-medical-check': {
    id: 'same-day-medical-check',
    text: {
      self: {
        en: 'Not eating enough, or fainting, needs a medical check today. Eating disorders have programs of their own: ask about them. If you faint again, or have chest pain or confusion, call 911.',
        es: 'No comer lo suficiente, o desmayarse, requiere un control médico hoy mismo. Los trastornos de la alimentación tienen sus propios programas: pregunte por ellos. Si vuelve a desmayarse, o tiene dolor en el pecho o confusión, llame al 911.',
      },
      other: {
        en: 'Not eating enough, or fainting, needs a medical check today. Eating disorders have programs of their own: ask about them. If they faint again, or have chest pain or confusion, call 911.',
        es: 'No comer lo suficiente, o desmayarse, requiere un control médico hoy mismo. Los trastornos de la alimentación tienen sus propios programas: pregunte por ellos. Si esa persona vuelve a desmayarse, o tiene dolor en el pecho o confusión, llame al 911.',
      },
    },
    shownWhen: 'Not eating enough to stay healthy, or fainting.',
    sources: [],
    evidence: 'secondary',
  },
  'adolescent-care': {
    id: 'adolescent-care',
    text: {
      self: {
        en: 'Programs for teens have their own hours: an intensive outpatient program is at least 6 hours a week, and outpatient care fewer than 6. Rules on consent and on what is shared with parents differ by state; the center will explain them.',
        es: 'Los programas para adolescentes tienen sus propios horarios: un programa ambulatorio intensivo es de al menos 6 horas por semana, y el tratamiento ambulatorio de menos de 6. Las reglas sobre el consentimiento y sobre lo que se comparte con los padres cambian según el estado; el centro se las explicará.',
      },
      other: {
        en: 'Programs for teens have their own hours: an intensive outpatient program is at least 6 hours a week, and outpatient care fewer than 6. Rules on consent and on what is shared with parents differ by state; the center will explain them.',
        es: 'Los programas para adolescentes tienen sus propios horarios: un programa ambulatorio intensivo es de al menos 6 horas por semana, y el tratamiento ambulatorio de menos de 6. Las reglas sobre el consentimiento y sobre lo que se comparte con los padres cambian según el estado; el centro se las explicará.',
      },
    },
    shownWhen: 'Under 18.',
    sources: ['asam-levels', 'cms-iap-2017'],
    evidence: 'primary',
  },
  'older-adult': {
    id: 'older-adult',
    text: {
      self: {
        en: 'After 65, withdrawal and falls are more of a risk. Alcohol mixed with sleep or anxiety medicines is especially risky: tell your doctor everything you take.',
        es: 'Después de los 65, los síntomas de abstinencia y las caídas son un riesgo mayor. El alcohol con medicinas para dormir o para la ansiedad es muy riesgoso: cuéntele a su médico todo lo que toma.',
      },
      other: {
        en: 'After 65, withdrawal and falls are more of a risk. Alcohol mixed with sleep or anxiety medicines is especially risky: their doctor should know everything they take.',
        es: 'Después de los 65, los síntomas de abstinencia y las caídas son un riesgo mayor. El alcohol con medicinas para dormir o para la ansiedad es muy riesgoso: su médico debe saber todo lo que toma.',
      },
    },
    shownWhen: '65 or older and using alcohol or drugs now.',
    sources: ['asam-awm-2020'],
    evidence: 'secondary',
  },
  'mental-health-housing': {
    id: 'mental-health-housing',
    text: {
      self: {
        en: 'A safe place to stay comes with care: ask the program about housing, a crisis residence or safety help.',
        es: 'Un lugar seguro donde quedarse va junto con la atención: pregunte al programa por vivienda, una residencia para crisis o ayuda para su seguridad.',
      },
      other: {
        en: 'A safe place to stay comes with care: ask the program about housing, a crisis residence or safety help for them.',
        es: 'Un lugar seguro donde quedarse va junto con la atención: pregunte al programa por vivienda, una residencia para crisis o ayuda para la seguridad de esa persona.',
      },
    },
    shownWhen: 'Help with mental health alone, and no safe, steady home.',
    sources: ['asam-levels'],
    evidence: 'secondary',
  },
  'unanswered-questions': {
    id: 'unanswered-questions',
    text: {
      self: {
        en: 'You skipped some questions, and we counted them as no concern. Answering them could change this suggestion.',
        es: 'Usted no respondió algunas preguntas, y las contamos como sin problema. Responderlas podría cambiar esta sugerencia.',
      },
      other: {
        en: 'You skipped some questions, and we counted them as no concern. Answering them could change this suggestion.',
        es: 'Usted no respondió algunas preguntas, y las contamos como sin problema. Responderlas podría cambiar esta sugerencia.',
      },
    },
    shownWhen: 'A question on the person’s path has no answer.',
    sources: [],
    evidence: 'primary',
  },
};

/** A risk factor for complicated withdrawal: for someone using now, it raises the withdrawal rating to `rating`. */
export interface WithdrawalRiskFactor {
  readonly id:
    | 'past-seizure-or-dts'
    | 'sedatives-with-alcohol'
    | 'serious-illness'
    | 'pregnancy-with-alcohol-or-sedatives'
    | 'many-past-withdrawals'
    | 'age-65-plus';
  readonly description: string;
  readonly rating: 2 | 3;
  readonly sources: readonly SourceId[];
}

/** The risk factors for complicated withdrawal. They count only for someone using now (past 30 days). */
export const withdrawalRiskFactors: readonly WithdrawalRiskFactor[] = [
  {
    id: 'past-seizure-or-dts',
    description: 'A withdrawal seizure or delirium tremens in the past.',
    rating: 3,
    sources: ['asam-awm-2020'],
  },
  {
    id: 'sedatives-with-alcohol',
    description: 'Benzodiazepines or other sedatives, prescribed or not, together with alcohol.',
    rating: 3,
    sources: ['asam-awm-2020'],
  },
  {
    id: 'serious-illness',
    description: 'A serious illness, a past serious head injury, or a health problem not under control.',
    rating: 3,
    sources: ['asam-awm-2020'],
  },
  {
    id: 'pregnancy-with-alcohol-or-sedatives',
    description: 'Pregnancy (or maybe) with alcohol or sedative use.',
    rating: 3,
    sources: ['asam-awm-2020', 'acog-711'],
  },
  {
    id: 'many-past-withdrawals',
    description: 'Many past withdrawals.',
    rating: 2,
    sources: ['asam-awm-2020'],
  },
  { id: 'age-65-plus', description: 'Age 65 or older.', rating: 2, sources: ['asam-awm-2020'] },
];
