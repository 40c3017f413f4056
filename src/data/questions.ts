/**
 * The questionnaire: the six topics it is informed by and the questions it asks, in plain language (about a grade-6
 * reading level) in English and Spanish (usted), each worded for the person answering ("you") and for someone they
 * care about ("they").
 *
 * Order: who it is for, what for and the age band; then the red flags, so danger surfaces at once; then substance
 * questions, asked only when alcohol or drugs are involved; then mental and physical health, home, past attempts and
 * readiness. Red flags, risk factors and branches follow clinical-facts.md ("The six dimensions", "Other signals",
 * "Red flags"). Nothing here reproduces ASAM's licensed tools.
 */
import type { Localized } from './locale.js';
import type { Addressed, Condition, Dimension, Question, TopicId, TopicInfo } from './questionnaire-types.js';

/** The same words for the person answering and for someone they care about. */
function same(text: Localized): Addressed {
  return { self: text, other: text };
}

const no = same({ en: 'No', es: 'No' });

/** The six topics, in the order of the 3rd edition's dimensions. */
export const topics: readonly TopicInfo[] = [
  {
    id: 'withdrawal',
    dimension: 1,
    fourthEditionDimension: 1,
    name: { en: 'Use now, withdrawal and medications', es: 'Consumo actual, síntomas de abstinencia y medicamentos' },
    thirdEditionName: {
      en: 'Acute intoxication and/or withdrawal potential',
      es: 'Intoxicación aguda y/o potencial de síntomas de abstinencia',
    },
    fourthEditionName: {
      en: 'Intoxication, withdrawal and addiction medications',
      es: 'Intoxicación, síntomas de abstinencia y medicamentos para la adicción',
    },
    sources: ['asam-levels', 'asam-4th'],
  },
  {
    id: 'physical',
    dimension: 2,
    fourthEditionDimension: 2,
    name: { en: 'Physical health', es: 'Salud física' },
    thirdEditionName: { en: 'Biomedical conditions and complications', es: 'Afecciones y complicaciones biomédicas' },
    fourthEditionName: { en: 'Biomedical conditions', es: 'Afecciones biomédicas' },
    sources: ['asam-levels', 'asam-4th'],
  },
  {
    id: 'mental',
    dimension: 3,
    fourthEditionDimension: 3,
    name: { en: 'Mental health and safety', es: 'Salud mental y seguridad' },
    thirdEditionName: {
      en: 'Emotional, behavioral or cognitive conditions and complications',
      es: 'Afecciones y complicaciones emocionales, conductuales o cognitivas',
    },
    fourthEditionName: { en: 'Psychiatric and cognitive conditions', es: 'Afecciones psiquiátricas y cognitivas' },
    sources: ['asam-levels', 'asam-4th'],
  },
  {
    id: 'readiness',
    dimension: 4,
    fourthEditionDimension: 6,
    name: { en: 'Readiness to change', es: 'Disposición para cambiar' },
    thirdEditionName: { en: 'Readiness to change', es: 'Disposición para el cambio' },
    fourthEditionName: {
      en: 'Person-centered considerations (readiness is part of it)',
      es: 'Consideraciones centradas en la persona (incluye la disposición para cambiar)',
    },
    sources: ['asam-levels', 'asam-4th'],
  },
  {
    id: 'relapse',
    dimension: 5,
    fourthEditionDimension: 4,
    name: { en: 'Staying on track', es: 'Mantener los cambios' },
    thirdEditionName: {
      en: 'Relapse, continued use or continued problem potential',
      es: 'Potencial de recaída, de consumo continuo o de problemas continuos',
    },
    fourthEditionName: { en: 'Substance use-related risks', es: 'Riesgos relacionados con el consumo de sustancias' },
    sources: ['asam-levels', 'asam-4th'],
  },
  {
    id: 'environment',
    dimension: 6,
    fourthEditionDimension: 5,
    name: { en: 'Home and support', es: 'Hogar y apoyo' },
    thirdEditionName: { en: 'Recovery/living environment', es: 'Entorno de recuperación y de vida' },
    fourthEditionName: { en: 'Recovery environment interactions', es: 'Interacciones con el entorno de recuperación' },
    sources: ['asam-levels', 'asam-4th'],
  },
];

/** Each topic by its id. */
export const topicsById: { readonly [T in TopicId]: TopicInfo } = Object.fromEntries(
  topics.map((topic) => [topic.id, topic]),
) as { readonly [T in TopicId]: TopicInfo };

/** The six 3rd-edition dimension numbers, in order. */
export const dimensionIds: readonly Dimension[] = topics.map((topic) => topic.dimension);

/** Shown before the first question: what the questionnaire is and what it is not. */
export const questionnaireIntro: Localized = {
  en:
    'These questions help you see where you, or someone you care about, might start. They are informed by the six ' +
    'dimensions used in the ASAM Criteria. The result is a suggestion, not a diagnosis: a full assessment by a ' +
    'licensed professional decides.',
  es:
    'Estas preguntas le ayudan a ver por dónde podría empezar usted, o alguien que le importa. Se inspiran en las ' +
    'seis dimensiones que se usan en los Criterios de ASAM. El resultado es una sugerencia, no un diagnóstico: lo ' +
    'decide una evaluación completa hecha por un profesional con licencia.',
};

const substancesInvolved: Condition = { answer: 'help-with', oneOf: ['substances', 'both'] };
const usingNow: Condition = { answer: 'use-past-30-days', oneOf: ['less-than-weekly', 'weekly', 'most-days', 'daily'] };
const mostDays: Condition = { answer: 'use-past-30-days', oneOf: ['most-days', 'daily'] };
const severalSubstances: Condition = { answer: 'substances', chosenAtLeast: 2 };
const uses = (...values: string[]): Condition => ({ answer: 'substances', oneOf: values });

/** How often in the past 30 days, for a question about one substance: "not at all" is not offered there. */
const frequencyOptions = [
  { value: 'less-than-weekly', label: same({ en: 'Less than once a week', es: 'Menos de una vez por semana' }) },
  { value: 'weekly', label: same({ en: 'Once a week or more', es: 'Una vez por semana o más' }) },
  { value: 'most-days', label: same({ en: 'Most days', es: 'Casi todos los días' }) },
  { value: 'daily', label: same({ en: 'Every day', es: 'Todos los días' }) },
] as const;

/** The questions in the order they are asked. Branches (`askedWhen`) skip what does not apply. */
export const questions: readonly Question[] = [
  {
    id: 'for-whom',
    topic: null,
    prompt: same({ en: 'Who are you asking for?', es: '¿Para quién pregunta?' }),
    options: [
      { value: 'self', label: same({ en: 'For me', es: 'Para mí' }) },
      {
        value: 'someone-else',
        label: same({ en: 'For someone I care about', es: 'Para alguien que me importa' }),
      },
    ],
    sources: [],
  },
  {
    id: 'help-with',
    topic: null,
    prompt: {
      self: { en: 'What would you like help with?', es: '¿Con qué le gustaría recibir ayuda?' },
      other: { en: 'What would they like help with?', es: '¿Con qué necesita ayuda esa persona?' },
    },
    options: [
      { value: 'substances', label: same({ en: 'Alcohol or drugs', es: 'Alcohol o drogas' }) },
      {
        value: 'mental-health',
        label: same({
          en: 'Mental health, such as mood, worry or stress',
          es: 'Salud mental, como el ánimo, la preocupación o el estrés',
        }),
      },
      { value: 'both', label: same({ en: 'Both', es: 'Las dos cosas' }) },
    ],
    sources: [],
  },
  {
    id: 'age-band',
    topic: null,
    prompt: {
      self: { en: 'How old are you?', es: '¿Qué edad tiene?' },
      other: { en: 'How old are they?', es: '¿Qué edad tiene esa persona?' },
    },
    hint: same({
      en: 'Programs for teens have other hours, and people over 65 need more care with withdrawal.',
      es: 'Los programas para adolescentes tienen otros horarios, y las personas mayores de 65 necesitan más cuidado con los síntomas de abstinencia.',
    }),
    options: [
      { value: 'under-18', label: same({ en: 'Under 18', es: 'Menos de 18 años' }) },
      { value: '18-64', label: same({ en: '18 to 64', es: 'De 18 a 64 años' }) },
      { value: '65-plus', label: same({ en: '65 or older', es: '65 años o más' }) },
    ],
    sources: ['asam-levels', 'asam-awm-2020'],
  },
  {
    id: 'safety',
    topic: 'mental',
    prompt: {
      self: {
        en: 'In the past two weeks, have you had thoughts of ending your life, or of hurting yourself or someone else?',
        es: 'En las últimas dos semanas, ¿ha pensado en quitarse la vida, o en hacerse daño o hacerle daño a otra persona?',
      },
      other: {
        en: 'In the past two weeks, have they had thoughts of ending their life, or of hurting themselves or someone else?',
        es: 'En las últimas dos semanas, ¿esa persona ha pensado en quitarse la vida, o en hacerse daño o hacerle daño a otra persona?',
      },
    },
    hint: {
      self: {
        en: 'There are no wrong answers. If more than one fits, choose the one lowest on the list. If you say yes, we show you where to get help right away.',
        es: 'No hay respuestas incorrectas. Si hay más de una que corresponde, elija la que esté más abajo. Si responde que sí, le mostramos enseguida dónde pedir ayuda.',
      },
      other: {
        en: 'If you don’t know, ask them gently. If more than one fits, choose the one lowest on the list. If you say yes, we show you where to get help right away.',
        es: 'Si no lo sabe, pregúntele con calma. Si hay más de una que corresponde, elija la que esté más abajo. Si responde que sí, le mostramos enseguida dónde pedir ayuda.',
      },
    },
    options: [
      { value: 'no', label: no },
      {
        value: 'attempt-past-year',
        severity: 1,
        label: {
          self: {
            en: 'No, but I tried to end my life in the past year, more than 3 months ago',
            es: 'No, pero intenté quitarme la vida en el último año, hace más de 3 meses',
          },
          other: {
            en: 'No, but they tried to end their life in the past year, more than 3 months ago',
            es: 'No, pero intentó quitarse la vida en el último año, hace más de 3 meses',
          },
        },
      },
      {
        value: 'thoughts',
        crisis: 'self-harm',
        label: {
          self: {
            en: 'Yes, thoughts of ending my life or hurting myself',
            es: 'Sí, he pensado en quitarme la vida o en hacerme daño',
          },
          other: {
            en: 'Yes, thoughts of ending their life or hurting themselves',
            es: 'Sí, ha pensado en quitarse la vida o en hacerse daño',
          },
        },
      },
      {
        value: 'plan-or-recent',
        crisis: 'self-harm',
        emergency: true,
        label: {
          self: {
            en: 'I have a plan, or I hurt myself or tried to end my life in the past 3 months',
            es: 'Tengo un plan, o me hice daño o intenté quitarme la vida en los últimos 3 meses',
          },
          other: {
            en: 'They have a plan, or they hurt themselves or tried to end their life in the past 3 months',
            es: 'Tiene un plan, o se hizo daño o intentó quitarse la vida en los últimos 3 meses',
          },
        },
      },
      {
        value: 'harm-others',
        crisis: 'harm-others',
        emergency: true,
        label: {
          self: { en: 'Yes, thoughts of hurting someone else', es: 'Sí, he pensado en hacerle daño a otra persona' },
          other: {
            en: 'Yes, thoughts of hurting someone else',
            es: 'Sí, ha pensado en hacerle daño a otra persona',
          },
        },
      },
    ],
    sources: ['988'],
  },
  {
    id: 'medical-emergency-now',
    topic: 'physical',
    prompt: {
      self: {
        en:
          'Is any of this happening right now: trouble breathing, chest pain, a seizure, fainting, feeling very ' +
          'confused, or you may have taken too much of a drug or medicine?',
        es:
          '¿Le está pasando ahora alguna de estas cosas: le cuesta respirar, tiene dolor en el pecho, una ' +
          'convulsión, se desmayó, tiene mucha confusión, o puede que haya tomado demasiada droga o medicina?',
      },
      other: {
        en:
          'Is any of this happening to them right now: trouble breathing, chest pain, a seizure, fainting, being very ' +
          'confused, or they may have taken too much of a drug or medicine?',
        es:
          '¿Le está pasando ahora a esa persona alguna de estas cosas: le cuesta respirar, tiene dolor en el pecho, ' +
          'una convulsión, se desmayó, tiene mucha confusión, o puede que haya tomado demasiada droga o medicina?',
      },
    },
    hint: same({
      en: 'If someone has passed out, will not wake up or is breathing slowly, call 911 now.',
      es: 'Si alguien se desmayó, no despierta o respira muy despacio, llame al 911 ahora.',
    }),
    options: [
      { value: 'no', label: no },
      {
        value: 'yes',
        crisis: 'medical-emergency',
        emergency: true,
        label: same({ en: 'Yes', es: 'Sí' }),
      },
    ],
    sources: ['988'],
  },
  {
    id: 'use-past-30-days',
    topic: 'withdrawal',
    prompt: {
      self: {
        en: 'In the past 30 days, how often did you drink alcohol, use drugs, or take the pills you want help with?',
        es: 'En los últimos 30 días, ¿con qué frecuencia tomó alcohol, usó drogas o tomó las pastillas con las que quiere ayuda?',
      },
      other: {
        en: 'In the past 30 days, how often did they drink alcohol, use drugs, or take the pills they need help with?',
        es: 'En los últimos 30 días, ¿con qué frecuencia esa persona tomó alcohol, usó drogas o tomó las pastillas con las que necesita ayuda?',
      },
    },
    hint: {
      self: {
        en: 'Count pills taken as prescribed too, such as benzos or opioid pain medicine: stopping them suddenly can also be risky.',
        es: 'Cuente también las pastillas que toma como se las recetaron, como las benzodiacepinas o los analgésicos opioides que toma con receta: dejarlas de golpe también puede ser riesgoso.',
      },
      other: {
        en: 'Count pills taken as prescribed too, such as benzos or opioid pain medicine: stopping them suddenly can also be risky.',
        es: 'Cuente también las pastillas que esa persona toma como se las recetaron, como las benzodiacepinas o los analgésicos opioides que toma con receta: dejarlas de golpe también puede ser riesgoso.',
      },
    },
    options: [
      { value: 'not-at-all', label: same({ en: 'Not at all', es: 'Ninguna vez' }) },
      ...frequencyOptions,
    ],
    askedWhen: substancesInvolved,
    branchRationale:
      'Withdrawal counts only for someone physically dependent now, which needs use in the past 30 days; people ' +
      'seeking help for mental health alone are not asked about substances.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'substances',
    topic: 'withdrawal',
    multiple: true,
    prompt: {
      self: {
        en: 'Which of these do you want help with? Choose all that apply.',
        es: '¿Con cuáles de estas sustancias quiere ayuda? Elija todas las que correspondan.',
      },
      other: {
        en: 'Which of these do they need help with? Choose all that apply.',
        es: '¿Con cuáles de estas sustancias necesita ayuda esa persona? Elija todas las que correspondan.',
      },
    },
    hint: same({
      en: 'Some of these are dangerous to stop suddenly, and some call for medicine first.',
      es: 'Algunas son peligrosas de dejar de golpe, y para otras lo primero es un medicamento.',
    }),
    options: [
      { value: 'alcohol', label: same({ en: 'Alcohol', es: 'Alcohol' }) },
      {
        value: 'opioids',
        label: same({
          en: 'Opioids: heroin, fentanyl, or pain pills not prescribed or taken in larger amounts',
          es: 'Opioides: heroína, fentanilo, o analgésicos opioides sin receta o en dosis más altas',
        }),
      },
      {
        value: 'prescribed-opioids',
        label: same({
          en: 'Opioid pain medicine taken as prescribed',
          es: 'Analgésicos opioides tomados como se los recetaron',
        }),
      },
      {
        value: 'sedatives',
        label: same({
          en: 'Benzos (like Xanax or Klonopin) or other sedatives: not prescribed, pills not from a pharmacy, or larger amounts',
          es: 'Benzodiacepinas (como Xanax o Klonopin) u otros sedantes: sin receta, pastillas que no vienen de una farmacia, o en dosis más altas',
        }),
      },
      {
        value: 'prescribed-benzodiazepines',
        label: same({
          en: 'Benzos taken as prescribed',
          es: 'Benzodiacepinas tomadas como se las recetaron',
        }),
      },
      {
        value: 'stimulants',
        label: same({
          en: 'Stimulants: meth, cocaine, or pills like Adderall not prescribed',
          es: 'Estimulantes: metanfetamina, cocaína, o pastillas como Adderall sin receta',
        }),
      },
      { value: 'cannabis', label: same({ en: 'Cannabis (marijuana)', es: 'Cannabis (marihuana)' }) },
      { value: 'other', label: same({ en: 'Something else', es: 'Otra sustancia' }) },
    ],
    askedWhen: substancesInvolved,
    branchRationale:
      'Which substances decides the first step: medically dangerous withdrawal (alcohol, sedatives) calls for ' +
      'withdrawal management; opioids call for medication first; prescribed medicines must not be stopped suddenly.',
    sources: ['asam-awm-2020', 'samhsa-tip63', 'fda-benzo-2020', 'fda-opioid-taper-2019'],
  },
  {
    id: 'alcohol-days',
    topic: 'withdrawal',
    prompt: {
      self: { en: 'In the past 30 days, how often did you drink alcohol?', es: 'En los últimos 30 días, ¿con qué frecuencia tomó alcohol?' },
      other: {
        en: 'In the past 30 days, how often did they drink alcohol?',
        es: 'En los últimos 30 días, ¿con qué frecuencia tomó alcohol esa persona?',
      },
    },
    options: frequencyOptions,
    askedWhen: { all: [substancesInvolved, mostDays, uses('alcohol'), severalSubstances] },
    branchRationale:
      'Frequency counts for the risky substance itself: daily cannabis with weekly drinking is not alcohol ' +
      'dependence. Asked only when several substances are named and use is most days or every day.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'sedative-days',
    topic: 'withdrawal',
    prompt: {
      self: {
        en: 'In the past 30 days, how often did you take benzos or other sedatives that were not prescribed to you?',
        es: 'En los últimos 30 días, ¿con qué frecuencia tomó benzodiacepinas u otros sedantes que no le recetaron?',
      },
      other: {
        en: 'In the past 30 days, how often did they take benzos or other sedatives that were not prescribed to them?',
        es: 'En los últimos 30 días, ¿con qué frecuencia tomó esa persona benzodiacepinas u otros sedantes que no le recetaron?',
      },
    },
    options: frequencyOptions,
    askedWhen: { all: [substancesInvolved, mostDays, uses('sedatives'), severalSubstances] },
    branchRationale: 'As for alcohol: frequency counts for the sedative itself when several substances are named.',
    sources: ['benzo-taper-2025'],
  },
  {
    id: 'drinks-per-day',
    topic: 'withdrawal',
    prompt: {
      self: { en: 'On a day you drink, how many drinks do you usually have?', es: 'Un día en que toma alcohol, ¿cuántas bebidas toma por lo general?' },
      other: {
        en: 'On a day they drink, how many drinks do they usually have?',
        es: 'Un día en que esa persona toma alcohol, ¿cuántas bebidas toma por lo general?',
      },
    },
    hint: same({
      en: 'One drink is a can of beer, a glass of wine or a shot of liquor.',
      es: 'Una bebida es una lata de cerveza, una copa de vino o un trago de licor.',
    }),
    options: [
      { value: '1-to-3', label: same({ en: '1 to 3 drinks', es: 'De 1 a 3 bebidas' }) },
      { value: '4-or-more', label: same({ en: '4 or more drinks', es: '4 bebidas o más' }) },
    ],
    askedWhen: {
      all: [
        substancesInvolved,
        mostDays,
        uses('alcohol'),
        { any: [{ not: severalSubstances }, { answer: 'alcohol-days', oneOf: ['most-days', 'daily'] }] },
      ],
    },
    branchRationale:
      'Alcohol dependence now means drinking most days or every day and usually 4 or more drinks, or withdrawal ' +
      'symptoms; asked only of someone drinking most days or every day.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'withdrawal',
    topic: 'withdrawal',
    prompt: {
      self: {
        en: 'What happens to your body now when you stop or cut back?',
        es: '¿Qué le pasa ahora a su cuerpo cuando deja de consumir o consume menos?',
      },
      other: {
        en: 'What happens to their body now when they stop or cut back?',
        es: '¿Qué le pasa ahora al cuerpo de esa persona cuando deja de consumir o consume menos?',
      },
    },
    hint: same({
      en: 'These are called withdrawal symptoms. If more than one fits, choose the one lowest on the list.',
      es: 'Estos se llaman síntomas de abstinencia. Si hay más de una respuesta que corresponde, elija la que esté más abajo.',
    }),
    options: [
      { value: 'nothing', label: same({ en: 'Nothing much', es: 'Nada especial' }) },
      {
        value: 'mild',
        label: same({
          en: 'Sleeping badly or feeling restless for a day or two',
          es: 'Dormir mal o sentir inquietud por uno o dos días',
        }),
      },
      {
        value: 'moderate',
        label: same({
          en: 'Sweating, shaking or feeling sick to the stomach',
          es: 'Sudor, temblores o náuseas',
        }),
      },
      {
        value: 'strong',
        label: {
          self: {
            en: 'Those feelings are strong, and I drink or use to make them stop',
            es: 'Esos malestares son fuertes, y tomo o consumo para que se me quiten',
          },
          other: {
            en: 'Those feelings are strong, and they drink or use to make them stop',
            es: 'Esos malestares son fuertes, y toma o consume para que se le quiten',
          },
        },
      },
      {
        value: 'severe-now',
        crisis: 'severe-withdrawal',
        emergency: true,
        label: {
          self: {
            en: 'Right now: a seizure, seeing or hearing things, great confusion, hard shaking, a high fever, a racing or pounding heartbeat that doesn’t slow down with rest, chest pain, fainting, trouble breathing, or vomiting and can’t keep fluids down',
            es: 'Ahora mismo: una convulsión, ver u oír cosas, mucha confusión, temblores fuertes, fiebre alta, el corazón acelerado o con latidos fuertes que no se calma con descanso, dolor en el pecho, desmayos, dificultad para respirar, o vómitos sin poder retener líquidos',
          },
          other: {
            en: 'Right now: a seizure, seeing or hearing things, great confusion, hard shaking, a high fever, a racing or pounding heartbeat that doesn’t slow down with rest, chest pain, fainting, trouble breathing, or vomiting and can’t keep fluids down',
            es: 'Ahora mismo: una convulsión, ve u oye cosas, mucha confusión, temblores fuertes, fiebre alta, el corazón acelerado o con latidos fuertes que no se calma con descanso, dolor en el pecho, desmayos, dificultad para respirar, o vómitos sin poder retener líquidos',
          },
        },
      },
    ],
    askedWhen: { all: [substancesInvolved, usingNow] },
    branchRationale:
      'Withdrawal now, asked of everyone using now for its red flag. The symptoms set the withdrawal rating only ' +
      'for someone physically dependent now on alcohol or sedatives (see the signals and rating rules).',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'withdrawal-history',
    topic: 'withdrawal',
    prompt: {
      self: {
        en: 'Has any of this happened before when you stopped drinking or taking sedatives?',
        es: '¿Le ha pasado alguna de estas cosas antes al dejar de tomar alcohol o sedantes?',
      },
      other: {
        en: 'Has any of this happened to them before when they stopped drinking or taking sedatives?',
        es: '¿Le ha pasado a esa persona alguna de estas cosas antes al dejar de tomar alcohol o sedantes?',
      },
    },
    hint: same({
      en: 'If more than one fits, choose the one lowest on the list.',
      es: 'Si hay más de una respuesta que corresponde, elija la que esté más abajo.',
    }),
    options: [
      { value: 'none', label: same({ en: 'None of these', es: 'Ninguna de estas' }) },
      {
        value: 'many-times',
        label: {
          self: { en: 'I have gone through withdrawal many times', es: 'He tenido síntomas de abstinencia muchas veces' },
          other: { en: 'They have gone through withdrawal many times', es: 'Ha tenido síntomas de abstinencia muchas veces' },
        },
      },
      {
        value: 'seizure-or-dts',
        label: {
          self: {
            en: 'I once had a seizure or DTs (hard shaking and confusion) when I stopped',
            es: 'Una vez tuve una convulsión o delirium tremens (temblores fuertes y confusión) al dejar de consumir',
          },
          other: {
            en: 'They once had a seizure or DTs (hard shaking and confusion) when they stopped',
            es: 'Una vez tuvo una convulsión o delirium tremens (temblores fuertes y confusión) al dejar de consumir',
          },
        },
      },
    ],
    askedWhen: { all: [substancesInvolved, usingNow, uses('alcohol', 'sedatives')] },
    branchRationale:
      'Past seizures, DTs or many withdrawals are risk factors, not proof of dependence now, so they are asked apart ' +
      'from the symptoms now; only of someone using alcohol or sedatives now.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'addiction-medication',
    topic: 'withdrawal',
    prompt: {
      self: {
        en: 'Do you take a medicine for addiction now: buprenorphine (Suboxone), methadone or naltrexone (Vivitrol)?',
        es: '¿Toma ahora un medicamento para la adicción: buprenorfina (Suboxone), metadona o naltrexona (Vivitrol)?',
      },
      other: {
        en: 'Do they take a medicine for addiction now: buprenorphine (Suboxone), methadone or naltrexone (Vivitrol)?',
        es: '¿Esa persona toma ahora un medicamento para la adicción: buprenorfina (Suboxone), metadona o naltrexona (Vivitrol)?',
      },
    },
    options: [
      { value: 'none', label: no },
      { value: 'buprenorphine', label: same({ en: 'Buprenorphine (Suboxone and others)', es: 'Buprenorfina (Suboxone y otros)' }) },
      { value: 'methadone', label: same({ en: 'Methadone', es: 'Metadona' }) },
      { value: 'naltrexone', label: same({ en: 'Naltrexone (Vivitrol and others)', es: 'Naltrexona (Vivitrol y otros)' }) },
    ],
    askedWhen: substancesInvolved,
    branchRationale:
      'A person doing well on medication for opioid use disorder is not a withdrawal-management case, and should ' +
      'keep taking it at every level of care.',
    sources: ['samhsa-tip63'],
  },
  {
    id: 'overdose',
    topic: 'relapse',
    prompt: {
      self: { en: 'Have you had an overdose in the past year?', es: '¿Ha tenido una sobredosis en el último año?' },
      other: { en: 'Have they had an overdose in the past year?', es: '¿Esa persona ha tenido una sobredosis en el último año?' },
    },
    options: [
      { value: 'none', label: no },
      {
        value: 'past-year',
        severity: 2,
        label: same({ en: 'Yes, more than 3 months ago', es: 'Sí, hace más de 3 meses' }),
      },
      {
        value: 'past-3-months',
        severity: 2,
        label: same({ en: 'Yes, in the past 3 months', es: 'Sí, en los últimos 3 meses' }),
      },
    ],
    askedWhen: substancesInvolved,
    sources: ['samhsa-tip63', 'fda-naloxone-otc'],
  },
  {
    id: 'overdose-intent',
    topic: 'mental',
    prompt: {
      self: {
        en: 'Did you take too much on purpose, to hurt yourself or end your life?',
        es: '¿Tomó demasiado a propósito, para hacerse daño o quitarse la vida?',
      },
      other: {
        en: 'Do you think they took too much on purpose, to hurt themselves or end their life?',
        es: '¿Cree que esa persona tomó demasiado a propósito, para hacerse daño o quitarse la vida?',
      },
    },
    hint: same({
      en: 'There are no wrong answers. If you say yes or not sure, we show you where to get help right away.',
      es: 'No hay respuestas incorrectas. Si responde que sí o que no está seguro/a, le mostramos enseguida dónde pedir ayuda.',
    }),
    options: [
      { value: 'accident', label: same({ en: 'No, it was an accident', es: 'No, fue un accidente' }) },
      {
        value: 'on-purpose',
        crisis: 'self-harm',
        emergency: true,
        label: same({ en: 'Yes, on purpose', es: 'Sí, a propósito' }),
      },
      {
        value: 'not-sure',
        crisis: 'self-harm',
        emergency: true,
        label: same({ en: 'Not sure', es: 'No estoy seguro/a' }),
      },
    ],
    askedWhen: { all: [substancesInvolved, { answer: 'overdose', oneOf: ['past-3-months'] }] },
    branchRationale:
      'An overdose on purpose, or maybe on purpose, in the past 3 months is a recent suicide attempt: the red-flag ' +
      'path, with 911 (the window the C-SSRS uses for "recent").',
    sources: ['988', '911-gov'],
  },
  {
    id: 'pregnancy',
    topic: 'physical',
    prompt: {
      self: { en: 'Are you pregnant, or could you be?', es: '¿Está embarazada, o podría estarlo?' },
      other: { en: 'Are they pregnant, or could they be?', es: '¿Esa persona está embarazada, o podría estarlo?' },
    },
    options: [
      {
        value: 'no',
        label: {
          self: { en: 'No, or this does not apply to me', es: 'No, o esto no se aplica a mi caso' },
          other: { en: 'No, or this does not apply to them', es: 'No, o esto no se aplica a su caso' },
        },
      },
      { value: 'yes-or-maybe', label: same({ en: 'Yes, or maybe', es: 'Sí, o tal vez' }) },
    ],
    askedWhen: {
      all: [
        substancesInvolved,
        { answer: 'age-band', oneOf: ['under-18', '18-64'] },
        uses('alcohol', 'opioids', 'prescribed-opioids', 'sedatives', 'prescribed-benzodiazepines'),
      ],
    },
    branchRationale:
      'Pregnancy changes the first step for alcohol, sedatives and opioids, and the advice on prescribed medicines; ' +
      'it is asked only when one of them is named.',
    sources: ['acog-711', 'samhsa-pregnancy-oud', 'asam-awm-2020'],
  },
  {
    id: 'mental-health',
    topic: 'mental',
    prompt: {
      self: {
        en: 'How much do feelings like sadness, worry, fear or anger get in the way of your daily life?',
        es: '¿Cuánto le afectan en su vida diaria sentimientos como la tristeza, la preocupación, el miedo o el enojo?',
      },
      other: {
        en: 'How much do feelings like sadness, worry, fear or anger get in the way of their daily life?',
        es: '¿Cuánto le afectan a esa persona en su vida diaria sentimientos como la tristeza, la preocupación, el miedo o el enojo?',
      },
    },
    hint: same({
      en: 'If more than one fits, choose the one lowest on the list.',
      es: 'Si hay más de una respuesta que corresponde, elija la que esté más abajo.',
    }),
    options: [
      { value: 'little', label: same({ en: 'Not at all, or only a little', es: 'Nada, o muy poco' }) },
      {
        value: 'sometimes',
        severity: 1,
        label: {
          self: {
            en: 'Sometimes. It is hard, but I get through the day.',
            es: 'A veces. Es difícil, pero salgo adelante cada día.',
          },
          other: {
            en: 'Sometimes. It is hard, but they get through the day.',
            es: 'A veces. Es difícil, pero sale adelante cada día.',
          },
        },
      },
      {
        value: 'a-lot',
        severity: 2,
        label: {
          self: {
            en: 'A lot. Most days it is very hard to work, study or take care of myself.',
            es: 'Mucho. Casi todos los días me cuesta mucho trabajar, estudiar o cuidarme.',
          },
          other: {
            en: 'A lot. Most days it is very hard for them to work, study or take care of themselves.',
            es: 'Mucho. Casi todos los días le cuesta mucho trabajar, estudiar o cuidarse.',
          },
        },
      },
      {
        value: 'unusual-experiences',
        severity: 3,
        label: {
          self: {
            en: 'I hear or see things others don’t, or I go days without sleep with racing thoughts or energy',
            es: 'Oigo o veo cosas que otros no, o paso días sin dormir con pensamientos acelerados o mucha energía',
          },
          other: {
            en: 'They hear or see things others don’t, or go days without sleep with racing thoughts or energy',
            es: 'Oye o ve cosas que otros no, o pasa días sin dormir con pensamientos acelerados o mucha energía',
          },
        },
      },
      {
        value: 'day-and-night',
        severity: 4,
        label: {
          self: {
            en: 'So much that I cannot take care of myself without help day and night',
            es: 'Tanto que no puedo cuidarme sin ayuda de día y de noche',
          },
          other: {
            en: 'So much that they cannot take care of themselves without help day and night',
            es: 'Tanto que no puede cuidarse sin ayuda de día y de noche',
          },
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'physical-health',
    topic: 'physical',
    multiple: true,
    prompt: {
      self: { en: 'How is your physical health? Choose all that apply.', es: '¿Cómo está su salud física? Elija todas las que correspondan.' },
      other: {
        en: 'How is their physical health? Choose all that apply.',
        es: '¿Cómo está la salud física de esa persona? Elija todas las que correspondan.',
      },
    },
    options: [
      {
        value: 'good',
        exclusive: true,
        label: {
          self: { en: 'Good, or my health problems are under control', es: 'Bien, o mis problemas de salud están bajo control' },
          other: { en: 'Good, or their health problems are under control', es: 'Bien, o sus problemas de salud están bajo control' },
        },
      },
      {
        value: 'treated',
        severity: 1,
        label: {
          self: {
            en: 'A health problem bothers me, but I am getting care for it',
            es: 'Un problema de salud me molesta, pero recibo atención médica',
          },
          other: {
            en: 'A health problem bothers them, but they are getting care for it',
            es: 'Un problema de salud le molesta, pero recibe atención médica',
          },
        },
      },
      {
        value: 'serious',
        severity: 2,
        label: {
          self: {
            en: 'I have a serious illness, or I once had a serious head injury',
            es: 'Tengo una enfermedad grave, o una vez tuve una lesión grave en la cabeza',
          },
          other: {
            en: 'They have a serious illness, or once had a serious head injury',
            es: 'Tiene una enfermedad grave, o una vez tuvo una lesión grave en la cabeza',
          },
        },
      },
      {
        value: 'not-eating-or-fainting',
        severity: 2,
        label: {
          self: {
            en: 'I am not eating enough to stay healthy, or I have fainted',
            es: 'No como lo suficiente para estar sano/a, o me he desmayado',
          },
          other: {
            en: 'They are not eating enough to stay healthy, or have fainted',
            es: 'No come lo suficiente para estar sano/a, o se ha desmayado',
          },
        },
      },
      {
        value: 'not-under-control',
        severity: 3,
        label: {
          self: {
            en: 'A health problem is getting worse or is not under control',
            es: 'Un problema de salud está empeorando o no está bajo control',
          },
          other: {
            en: 'A health problem is getting worse or is not under control',
            es: 'Un problema de salud está empeorando o no está bajo control',
          },
        },
      },
    ],
    branchRationale:
      'Several answers, so that not eating or fainting (a medical check today) can never be hidden by another ' +
      'health answer.',
    sources: ['asam-awm-2020', 'asam-levels', 'apa-eating-2023'],
  },
  {
    id: 'home',
    topic: 'environment',
    prompt: {
      self: { en: 'How safe and supported do you feel where you live?', es: '¿Qué tan a salvo y con cuánto apoyo se siente donde vive?' },
      other: {
        en: 'How safe and supported are they where they live?',
        es: '¿Qué tan a salvo y con cuánto apoyo está esa persona donde vive?',
      },
    },
    options: [
      {
        value: 'safe-and-supported',
        label: {
          self: { en: 'It is safe, and people there support me', es: 'Es un lugar a salvo y ahí me dan apoyo' },
          other: { en: 'It is safe, and people there support them', es: 'Es un lugar a salvo y ahí le dan apoyo' },
        },
      },
      {
        value: 'little-support',
        severity: 1,
        label: {
          self: { en: 'It is safe, but I don’t get much support', es: 'Es un lugar a salvo, pero no recibo mucho apoyo' },
          other: { en: 'It is safe, but they don’t get much support', es: 'Es un lugar a salvo, pero no recibe mucho apoyo' },
        },
      },
      {
        value: 'hard-to-stay-well',
        severity: 2,
        label: {
          self: {
            en: 'It is safe, but people there drink or use drugs, or make it hard to stay well',
            es: 'Es un lugar a salvo, pero ahí toman alcohol o usan drogas, o me hacen difícil estar bien',
          },
          other: {
            en: 'It is safe, but people there drink or use drugs, or make it hard to stay well',
            es: 'Es un lugar a salvo, pero ahí toman alcohol o usan drogas, o le hacen difícil estar bien',
          },
        },
      },
      {
        value: 'no-steady-home',
        severity: 3,
        label: {
          self: { en: 'I don’t have a steady place to live', es: 'No tengo un lugar fijo donde vivir' },
          other: { en: 'They don’t have a steady place to live', es: 'No tiene un lugar fijo donde vivir' },
        },
      },
      {
        value: 'unsafe',
        severity: 4,
        private: true,
        label: {
          self: {
            en: 'It is not safe: someone there hurts or threatens me',
            es: 'No es un lugar a salvo: alguien ahí me hace daño o me amenaza',
          },
          other: {
            en: 'It is not safe: someone there hurts or threatens them',
            es: 'No es un lugar a salvo: alguien ahí le hace daño o le amenaza',
          },
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels', 'dv-hotline'],
  },
  {
    id: 'past-tries',
    topic: 'relapse',
    prompt: {
      self: {
        en: 'Think about times you tried to cut back, stop or feel better. What usually happened?',
        es: 'Piense en las veces que intentó consumir menos, dejar de consumir o sentirse mejor. ¿Qué pasó la mayoría de las veces?',
      },
      other: {
        en: 'Think about times they tried to cut back, stop or feel better. What usually happened?',
        es: 'Piense en las veces que esa persona intentó consumir menos, dejar de consumir o sentirse mejor. ¿Qué pasó la mayoría de las veces?',
      },
    },
    options: [
      {
        value: 'kept-it-up',
        label: {
          self: {
            en: 'I kept the change going, or this is my first try',
            es: 'Pude mantener el cambio, o es la primera vez que lo intento',
          },
          other: {
            en: 'They kept the change going, or this is their first try',
            es: 'Pudo mantener el cambio, o es la primera vez que lo intenta',
          },
        },
      },
      {
        value: 'slips',
        severity: 1,
        label: {
          self: { en: 'I slipped sometimes, but I got back on track', es: 'A veces recaí, pero retomé el camino' },
          other: { en: 'They slipped sometimes, but got back on track', es: 'A veces recayó, pero retomó el camino' },
        },
      },
      {
        value: 'weeks',
        severity: 2,
        label: {
          self: { en: 'Within a few weeks I was back where I started', es: 'En pocas semanas volví a estar como antes' },
          other: { en: 'Within a few weeks they were back where they started', es: 'En pocas semanas volvió a estar como antes' },
        },
      },
      {
        value: 'days',
        severity: 3,
        label: {
          self: { en: 'I could not keep it up for more than a few days', es: 'No pude mantenerlo más de unos pocos días' },
          other: { en: 'They could not keep it up for more than a few days', es: 'No pudo mantenerlo más de unos pocos días' },
        },
      },
      {
        value: 'after-treatment',
        severity: 4,
        label: {
          self: {
            en: 'I had treatment before, and the problem came back soon after, more than once',
            es: 'Recibí tratamiento antes, y el problema volvió poco después, más de una vez',
          },
          other: {
            en: 'They had treatment before, and the problem came back soon after, more than once',
            es: 'Recibió tratamiento antes, y el problema volvió poco después, más de una vez',
          },
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'readiness',
    topic: 'readiness',
    prompt: {
      self: { en: 'How do you feel about making a change?', es: '¿Qué piensa de hacer un cambio?' },
      other: { en: 'How do they feel about making a change?', es: '¿Qué piensa esa persona de hacer un cambio?' },
    },
    options: [
      {
        value: 'ready',
        label: {
          self: { en: 'I want to change, and I want help', es: 'Quiero cambiar y quiero recibir ayuda' },
          other: { en: 'They want to change, and they want help', es: 'Quiere cambiar y quiere recibir ayuda' },
        },
      },
      {
        value: 'unsure-how',
        severity: 1,
        label: {
          self: { en: 'I want to change, but I am not sure how', es: 'Quiero cambiar, pero no sé cómo' },
          other: { en: 'They want to change, but are not sure how', es: 'Quiere cambiar, pero no sabe cómo' },
        },
      },
      {
        value: 'mixed',
        severity: 2,
        label: {
          self: { en: 'Part of me wants to change, and part of me does not', es: 'Una parte de mí quiere cambiar y otra no' },
          other: { en: 'Part of them wants to change, and part does not', es: 'Una parte quiere cambiar y otra no' },
        },
      },
      {
        value: 'others-want-it',
        severity: 3,
        label: {
          self: {
            en: 'Other people want me to change more than I do',
            es: 'Otras personas quieren que yo cambie más de lo que yo quiero',
          },
          other: {
            en: 'Other people want them to change more than they do',
            es: 'Otras personas quieren el cambio más que esa persona',
          },
        },
      },
    ],
    sources: ['asam-4th', 'cms-iap-2017'],
  },
];
