/**
 * The first steps shown before the level ("Start with …, then: <level>"), each with the condition that shows it, in
 * order of urgency (clinical-facts.md, "Other signals"): safety, a medical check today, the person's own doctor,
 * medication for opioids, then withdrawal management. The medication step always comes before any withdrawal step,
 * and withdrawal management reaches only someone physically dependent now on alcohol or sedatives.
 */
import type { Condition, FirstStepId, FirstStepInfo } from '../questionnaire-types.js';
import { dependentNow } from './rating-rules.js';

const notTakingOpioidMedication: Condition = { not: { medication: ['buprenorphine', 'methadone', 'naltrexone'] } };
const usesOpioidsNow: Condition = { all: [{ usingNow: true }, { uses: ['opioids'] }, notTakingOpioidMedication] };
const mentalHealthOnly: Condition = { helpWith: ['mental-health'] };
const ambulatory: Condition = {
  all: [{ rating: 'withdrawal', atLeast: 2, atMost: 2 }, { rating: 'environment', atMost: 0 }],
};
const sameDayCheck: Condition = { not: { firstStep: 'medical-check-today' } };

/** The first steps, by id, in the order they are shown. */
export const firstSteps: { readonly [F in FirstStepId]: FirstStepInfo & { readonly id: F } } = {
  'safety-first': {
    id: 'safety-first',
    label: {
      self: { en: 'safety planning', es: 'un plan de seguridad' },
      other: { en: 'safety planning for them', es: 'un plan de seguridad para esa persona' },
    },
    text: {
      self: {
        en: 'If someone at home hurts or threatens you, the National Domestic Violence Hotline can help you make a safety plan, 24/7: call 1-800-799-7233 or text START to 88788. Treatment does not replace a safety plan.',
        es: 'Si alguien en casa le hace daño o le amenaza, la Línea Nacional contra la Violencia Doméstica puede ayudarle a hacer un plan de seguridad, las 24 horas: llame al 1-800-799-7233 o envíe START por mensaje de texto al 88788. El tratamiento no reemplaza un plan de seguridad.',
      },
      other: {
        en: 'If someone at home hurts or threatens them, the National Domestic Violence Hotline can help make a safety plan, 24/7: call 1-800-799-7233 or text START to 88788. Treatment does not replace a safety plan.',
        es: 'Si alguien en casa le hace daño o le amenaza a esa persona, la Línea Nacional contra la Violencia Doméstica puede ayudar a hacer un plan de seguridad, las 24 horas: llame al 1-800-799-7233 o envíe START por mensaje de texto al 88788. El tratamiento no reemplaza un plan de seguridad.',
      },
    },
    when: { all: [{ signal: 'unsafe-home' }, { not: { ageBand: ['under-18'] } }] },
    rationale: 'An unsafe home (violence): safety first. The level follows the other topics.',
    sources: ['dv-hotline'],
    private: true,
  },
  'safety-first-under-18': {
    id: 'safety-first-under-18',
    label: {
      self: { en: 'safety planning', es: 'un plan de seguridad' },
      other: { en: 'safety planning for them', es: 'un plan de seguridad para esa persona' },
    },
    text: {
      self: {
        en: 'If someone at home hurts or threatens you, the Childhelp National Child Abuse Hotline can help, 24/7: call or text 1-800-422-4453. Treatment does not replace a safety plan.',
        es: 'Si alguien en casa le hace daño o le amenaza, la Línea Nacional de Childhelp contra el Abuso Infantil puede ayudarle, las 24 horas: llame o envíe un mensaje de texto al 1-800-422-4453. El tratamiento no reemplaza un plan de seguridad.',
      },
      other: {
        en: 'If someone at home hurts or threatens them, the Childhelp National Child Abuse Hotline can help, 24/7: call or text 1-800-422-4453. Treatment does not replace a safety plan.',
        es: 'Si alguien en casa le hace daño o le amenaza a esa persona, la Línea Nacional de Childhelp contra el Abuso Infantil puede ayudar, las 24 horas: llame o envíe un mensaje de texto al 1-800-422-4453. El tratamiento no reemplaza un plan de seguridad.',
      },
    },
    when: { all: [{ signal: 'unsafe-home' }, { ageBand: ['under-18'] }] },
    rationale: 'An unsafe home for someone under 18: safety first, with the child-abuse hotline.',
    sources: ['childhelp'],
    private: true,
  },
  'medical-check-today': {
    id: 'medical-check-today',
    label: {
      self: { en: 'a medical check today', es: 'un control médico hoy mismo' },
      other: { en: 'a medical check for them today', es: 'un control médico para esa persona hoy mismo' },
    },
    text: {
      self: {
        en: 'Not eating enough, or fainting, needs a doctor’s check today. Eating disorders have programs of their own: ask about them. If you faint again, or have chest pain or confusion, call 911.',
        es: 'No comer lo suficiente, o desmayarse, requiere que un médico le revise hoy mismo. Los trastornos de la alimentación tienen sus propios programas: pregunte por ellos. Si vuelve a desmayarse, o tiene dolor en el pecho o confusión, llame al 911.',
      },
      other: {
        en: 'Not eating enough, or fainting, needs a doctor’s check today. Eating disorders have programs of their own: ask about them. If they faint again, or have chest pain or confusion, call 911.',
        es: 'No comer lo suficiente, o desmayarse, requiere que un médico revise a esa persona hoy mismo. Los trastornos de la alimentación tienen sus propios programas: pregunte por ellos. Si vuelve a desmayarse, o tiene dolor en el pecho o confusión, llame al 911.',
      },
    },
    when: { signal: 'not-eating-or-fainting' },
    rationale:
      'Not eating enough or fainting: a medical evaluation first (APA 2023); fainting is a hospital-admission ' +
      'criterion for teens and young adults (SAHM 2022). Eating-disorder care has its own levels: a first step, not a ' +
      'placement. No other answer can hide it.',
    sources: ['apa-eating-2023', 'sahm-eating-2022', '911-gov'],
  },
  'contact-own-doctor': {
    id: 'contact-own-doctor',
    label: {
      self: { en: 'contacting your own doctor within a day or two', es: 'comunicarse con su médico en uno o dos días' },
      other: { en: 'contacting their own doctor within a day or two', es: 'que esa persona se comunique con su médico en uno o dos días' },
    },
    text: {
      self: {
        en: 'A health problem that is getting worse needs your own doctor: contact them within a day or two, or today if it is getting worse fast. For chest pain, trouble breathing, fainting or confusion, call 911.',
        es: 'Un problema de salud que empeora necesita a su propio médico: comuníquese con su médico en uno o dos días, u hoy mismo si empeora rápido. Si tiene dolor en el pecho, le cuesta respirar, se desmaya o tiene confusión, llame al 911.',
      },
      other: {
        en: 'A health problem that is getting worse needs their own doctor: they should contact them within a day or two, or today if it is getting worse fast. For chest pain, trouble breathing, fainting or confusion, call 911.',
        es: 'Un problema de salud que empeora necesita al médico de esa persona: debe comunicarse con su médico en uno o dos días, u hoy mismo si empeora rápido. Si tiene dolor en el pecho, le cuesta respirar, se desmaya o tiene confusión, llame al 911.',
      },
    },
    when: { all: [mentalHealthOnly, { rating: 'physical', atLeast: 3, atMost: 3 }, sameDayCheck] },
    rationale:
      'Mental health alone with a health problem getting worse (physical 3): the person’s own doctor first; the ' +
      'level follows the mental topic.',
    sources: ['asam-levels', '911-gov'],
  },
  'see-own-doctor-soon': {
    id: 'see-own-doctor-soon',
    label: {
      self: { en: 'a visit with your own doctor soon', es: 'una consulta pronto con su médico' },
      other: { en: 'a visit with their own doctor soon', es: 'una consulta pronto con el médico de esa persona' },
    },
    text: {
      self: {
        en: 'A serious health problem belongs with your own doctor. Make an appointment soon, and tell the program about it.',
        es: 'Un problema de salud grave debe atenderlo su propio médico. Pida una cita pronto y cuénteselo al programa.',
      },
      other: {
        en: 'A serious health problem belongs with their own doctor. They should make an appointment soon and tell the program about it.',
        es: 'Un problema de salud grave debe atenderlo el médico de esa persona. Debe pedir una cita pronto y contárselo al programa.',
      },
    },
    when: { all: [mentalHealthOnly, { rating: 'physical', atLeast: 2, atMost: 2 }, sameDayCheck] },
    rationale: 'Mental health alone with a serious health problem (physical 2): outpatient care is compatible; see the person’s own doctor soon.',
    sources: ['asam-levels'],
  },
  'start-opioid-medication': {
    id: 'start-opioid-medication',
    label: {
      self: { en: 'asking about buprenorphine or methadone', es: 'preguntar por la buprenorfina o la metadona' },
      other: {
        en: 'asking about buprenorphine or methadone for them',
        es: 'preguntar por la buprenorfina o la metadona para esa persona',
      },
    },
    text: {
      self: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine or methadone ease withdrawal and cravings and lower the risk of overdose. Detox alone raises that risk. Don’t stop suddenly on your own.',
        es: 'Para los opioides, el primer paso es un medicamento, no el manejo de la abstinencia (desintoxicación). La buprenorfina o la metadona alivian los síntomas de abstinencia y las ganas de consumir, y bajan el riesgo de sobredosis. La desintoxicación sola aumenta ese riesgo. No deje los opioides de golpe por su cuenta.',
      },
      other: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine or methadone ease withdrawal and cravings and lower the risk of overdose. Detox alone raises that risk. They should not stop suddenly on their own.',
        es: 'Para los opioides, el primer paso es un medicamento, no el manejo de la abstinencia (desintoxicación). La buprenorfina o la metadona alivian los síntomas de abstinencia y las ganas de consumir, y bajan el riesgo de sobredosis. La desintoxicación sola aumenta ese riesgo. Esa persona no debe dejar los opioides de golpe por su cuenta.',
      },
    },
    when: { all: [usesOpioidsNow, { not: { ageBand: ['under-18'] } }] },
    rationale:
      'Opioids now, not on medication: detox alone is not recommended for opioid use disorder and raises overdose ' +
      'risk; the first step is medication, listed before any withdrawal step. In pregnancy, medication is ' +
      'recommended over withdrawal.',
    sources: ['samhsa-tip63', 'acog-711', 'samhsa-pregnancy-oud'],
  },
  'start-buprenorphine-under-18': {
    id: 'start-buprenorphine-under-18',
    label: {
      self: { en: 'asking about buprenorphine', es: 'preguntar por la buprenorfina' },
      other: { en: 'asking about buprenorphine for them', es: 'preguntar por la buprenorfina para esa persona' },
    },
    text: {
      self: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine eases withdrawal and cravings and lowers the risk of overdose, and teens can take it. Methadone clinics have extra admission rules for people under 18; the clinic will explain. Don’t stop suddenly on your own.',
        es: 'Para los opioides, el primer paso es un medicamento, no el manejo de la abstinencia (desintoxicación). La buprenorfina alivia los síntomas de abstinencia y las ganas de consumir, baja el riesgo de sobredosis, y los adolescentes pueden tomarla. Las clínicas de metadona tienen reglas de admisión adicionales para menores de 18 años; la clínica se las explicará. No deje los opioides de golpe por su cuenta.',
      },
      other: {
        en: 'For opioids, medicine is the first step, not detox. Buprenorphine eases withdrawal and cravings and lowers the risk of overdose, and teens can take it. Methadone clinics have extra admission rules for people under 18; the clinic will explain. They should not stop suddenly on their own.',
        es: 'Para los opioides, el primer paso es un medicamento, no el manejo de la abstinencia (desintoxicación). La buprenorfina alivia los síntomas de abstinencia y las ganas de consumir, baja el riesgo de sobredosis, y los adolescentes pueden tomarla. Las clínicas de metadona tienen reglas de admisión adicionales para menores de 18 años; la clínica se las explicará. Esa persona no debe dejar los opioides de golpe por su cuenta.',
      },
    },
    when: { all: [usesOpioidsNow, { ageBand: ['under-18'] }] },
    rationale:
      'Opioids now, under 18, not on medication: medication first, naming buprenorphine (AAP 2016). Methadone ' +
      'clinics have extra admission rules for minors (42 CFR 8.12; the 2024 text for minors was not confirmed).',
    sources: ['aap-mat-2016', 'samhsa-tip63'],
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
    when: { all: [dependentNow, { rating: 'withdrawal', atLeast: 4 }] },
    rationale:
      'Withdrawal 4 that is not happening now (which would be a red flag), for someone physically dependent now: ' +
      'hospital withdrawal management.',
    sources: ['asam-awm-2020', 'asam-levels'],
  },
  'withdrawal-24-hour': {
    id: 'withdrawal-24-hour',
    label: {
      self: { en: '24-hour withdrawal management', es: 'manejo de la abstinencia las 24 horas' },
      other: { en: '24-hour withdrawal management', es: 'manejo de la abstinencia las 24 horas' },
    },
    text: {
      self: {
        en: 'Stopping could be dangerous for you, so doctors and nurses should be with you around the clock while your body adjusts. For alcohol this takes several days to a week or more. For benzos or other sedatives, the dose is lowered slowly over weeks or months, and the taper goes on with a doctor after the 24-hour care. Then the care below starts.',
        es: 'Dejar de consumir podría ser peligroso para usted, así que médicos y enfermeras deben estar con usted las 24 horas mientras su cuerpo se ajusta. Con el alcohol, esto dura de varios días a una semana o más. Con las benzodiacepinas u otros sedantes, la dosis se baja despacio durante semanas o meses, y la reducción sigue con un médico después de la atención las 24 horas. Después empieza la atención que se indica abajo.',
      },
      other: {
        en: 'Stopping could be dangerous for them, so doctors and nurses should be with them around the clock while their body adjusts. For alcohol this takes several days to a week or more. For benzos or other sedatives, the dose is lowered slowly over weeks or months, and the taper goes on with a doctor after the 24-hour care. Then the care below starts.',
        es: 'Dejar de consumir podría ser peligroso para esa persona, así que médicos y enfermeras deben estar con ella las 24 horas mientras su cuerpo se ajusta. Con el alcohol, esto dura de varios días a una semana o más. Con las benzodiacepinas u otros sedantes, la dosis se baja despacio durante semanas o meses, y la reducción sigue con un médico después de la atención las 24 horas. Después empieza la atención que se indica abajo.',
      },
    },
    when: {
      all: [
        dependentNow,
        {
          any: [
            { rating: 'withdrawal', atLeast: 3, atMost: 3 },
            { all: [{ rating: 'withdrawal', atLeast: 2, atMost: 2 }, { rating: 'environment', atLeast: 1 }] },
          ],
        },
      ],
    },
    rationale:
      'For someone physically dependent now: withdrawal 3 (strong symptoms, a past seizure or DTs, alcohol with a ' +
      'sedative, a serious illness, pregnancy), or withdrawal 2 without a support person at home (environment 1 or ' +
      'more): 24-hour withdrawal management first, then reassess.',
    sources: ['asam-awm-2020', 'benzo-taper-2025', 'findtreatment'],
  },
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
    when: { all: [{ signal: 'alcohol-dependence' }, ambulatory] },
    rationale:
      'Alcohol dependence now with withdrawal 2 and a safe, supportive home: ambulatory withdrawal management first ' +
      '(daily checks), only with a support person and transport.',
    sources: ['asam-awm-2020'],
  },
  'sedative-taper': {
    id: 'sedative-taper',
    label: {
      self: { en: 'a slow taper with a doctor', es: 'una reducción lenta de la dosis con un médico' },
      other: { en: 'a slow taper with a doctor', es: 'una reducción lenta de la dosis con un médico' },
    },
    text: {
      self: {
        en: 'Stopping benzos or other sedatives suddenly can cause seizures. An addiction doctor can plan a slow taper over weeks or months while you live at home. Don’t stop on your own.',
        es: 'Dejar de golpe las benzodiacepinas u otros sedantes puede causar convulsiones. Un médico especialista en adicciones puede planear una reducción lenta de la dosis durante semanas o meses mientras vive en casa. No las deje por su cuenta.',
      },
      other: {
        en: 'Stopping benzos or other sedatives suddenly can cause seizures. An addiction doctor can plan a slow taper over weeks or months while they live at home. They should not stop on their own.',
        es: 'Dejar de golpe las benzodiacepinas u otros sedantes puede causar convulsiones. Un médico especialista en adicciones puede planear una reducción lenta de la dosis durante semanas o meses mientras esa persona vive en casa. No debe dejarlos por su cuenta.',
      },
    },
    when: { all: [{ signal: 'sedative-dependence' }, { not: { signal: 'alcohol-dependence' } }, ambulatory] },
    rationale:
      'Dependence on sedatives not taken as prescribed, withdrawal 2, a safe and supportive home: a slow taper with ' +
      'a doctor over weeks or months, mostly as outpatient care; for street pills the dose and contents are unknown, ' +
      'so an addiction specialist plans it.',
    sources: ['benzo-taper-2025', 'fda-benzo-2020'],
  },
};
