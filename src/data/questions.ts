/**
 * The questionnaire: the six dimensions it is informed by and the questions it asks, in plain language (about a
 * grade-6 reading level) in English and Spanish (usted). Red-flag questions come first so danger surfaces at once.
 *
 * Red flags and risk factors for complicated withdrawal follow clinical-facts.md, "Red flags"; the dimension names
 * follow "The six dimensions". Nothing here reproduces ASAM's licensed tools.
 */
import type { Dimension, DimensionInfo, Question } from '../engine/types.js';
import type { Localized } from './locale.js';

/** The six dimensions, in order. */
export const dimensionIds: readonly Dimension[] = [1, 2, 3, 4, 5, 6];

/** Each dimension's plain name and its names in the 3rd (2013) and 4th (2023) editions of the ASAM Criteria. */
export const dimensions: readonly DimensionInfo[] = [
  {
    dimension: 1,
    name: { en: 'Withdrawal, now and in the past', es: 'Abstinencia, ahora y en el pasado' },
    thirdEditionName: {
      en: 'Acute intoxication and/or withdrawal potential',
      es: 'Intoxicación aguda y/o potencial de abstinencia',
    },
    fourthEditionName: {
      en: 'Intoxication, withdrawal and addiction medications',
      es: 'Intoxicación, abstinencia y medicamentos para la adicción',
    },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
  {
    dimension: 2,
    name: { en: 'Physical health', es: 'Salud física' },
    thirdEditionName: {
      en: 'Biomedical conditions and complications',
      es: 'Condiciones y complicaciones biomédicas',
    },
    fourthEditionName: { en: 'Biomedical conditions', es: 'Condiciones biomédicas' },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
  {
    dimension: 3,
    name: { en: 'Mental health and safety', es: 'Salud mental y seguridad' },
    thirdEditionName: {
      en: 'Emotional, behavioral or cognitive conditions',
      es: 'Condiciones emocionales, conductuales o cognitivas',
    },
    fourthEditionName: { en: 'Psychiatric and cognitive conditions', es: 'Condiciones psiquiátricas y cognitivas' },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
  {
    dimension: 4,
    name: { en: 'Readiness to change', es: 'Disposición para cambiar' },
    thirdEditionName: { en: 'Readiness to change', es: 'Disposición para el cambio' },
    fourthEditionName: {
      en: 'Replaced by person-centered considerations',
      es: 'Reemplazada por consideraciones centradas en la persona',
    },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
  {
    dimension: 5,
    name: { en: 'Staying on track', es: 'Mantener los cambios' },
    thirdEditionName: {
      en: 'Relapse, continued use or continued problem potential',
      es: 'Potencial de recaída, de consumo continuo o de problemas continuos',
    },
    fourthEditionName: { en: 'Substance use-related risks', es: 'Riesgos relacionados con el consumo de sustancias' },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
  {
    dimension: 6,
    name: { en: 'Home and support', es: 'Hogar y apoyo' },
    thirdEditionName: { en: 'Recovery/living environment', es: 'Entorno de recuperación y de vida' },
    fourthEditionName: {
      en: 'Recovery environment interactions',
      es: 'Interacciones con el entorno de recuperación',
    },
    sources: ['asam-levels', 'asam-4th', 'cms-iap-2017'],
  },
];

/** Shown before the first question: what the questionnaire is, what it is not, and how to answer for someone else. */
export const questionnaireIntro: Localized = {
  en:
    'These questions help you see where you might start. They are informed by the six dimensions used in the ' +
    'ASAM Criteria. The result is a suggestion, not a diagnosis: a full assessment by a licensed professional ' +
    'decides. If you are answering for someone else, answer as they would.',
  es:
    'Estas preguntas le ayudan a ver por dónde podría empezar. Se inspiran en las seis dimensiones que se usan en ' +
    'los Criterios de ASAM. El resultado es una sugerencia, no un diagnóstico: lo decide una evaluación completa ' +
    'hecha por un profesional con licencia. Si responde por otra persona, conteste como lo haría ella.',
};

const no: Localized = { en: 'No', es: 'No' };

/** The questions, red flags first. Options run from no risk to the most risk. */
export const questions: readonly Question[] = [
  {
    id: 'self-harm-thoughts',
    dimension: 3,
    prompt: {
      en: 'In the past two weeks, have you had thoughts of ending your life or hurting yourself?',
      es: 'En las últimas dos semanas, ¿ha pensado en quitarse la vida o en hacerse daño?',
    },
    hint: {
      en: 'There are no wrong answers. If you say yes, we will show you where to get help right away.',
      es: 'No hay respuestas incorrectas. Si responde que sí, le mostraremos enseguida dónde pedir ayuda.',
    },
    options: [
      { value: 'no', severity: 0, label: no },
      {
        value: 'sometimes',
        severity: 4,
        crisis: true,
        crisisKind: 'self-harm',
        label: { en: 'Yes, sometimes', es: 'Sí, a veces' },
      },
      {
        value: 'plan-or-recent',
        severity: 4,
        crisis: true,
        crisisKind: 'self-harm',
        label: {
          en: 'Yes, and I have a plan, or I hurt myself recently',
          es: 'Sí, y tengo un plan, o me hice daño hace poco',
        },
      },
    ],
    sources: ['988'],
  },
  {
    id: 'harm-others-thoughts',
    dimension: 3,
    prompt: {
      en: 'In the past two weeks, have you had thoughts of hurting someone else?',
      es: 'En las últimas dos semanas, ¿ha pensado en hacerle daño a otra persona?',
    },
    options: [
      { value: 'no', severity: 0, label: no },
      {
        value: 'yes',
        severity: 4,
        crisis: true,
        crisisKind: 'harm-others',
        label: { en: 'Yes', es: 'Sí' },
      },
    ],
    sources: ['988'],
  },
  {
    id: 'medical-emergency-now',
    dimension: 2,
    prompt: {
      en:
        'Is any of this happening right now: trouble breathing, chest pain, a seizure, feeling very confused, ' +
        'or you may have taken too much of a drug or medicine?',
      es:
        '¿Le está pasando ahora alguna de estas cosas: le cuesta respirar, tiene dolor en el pecho, una ' +
        'convulsión, mucha confusión, o puede que haya tomado demasiada droga o medicina?',
    },
    hint: {
      en: 'If someone has passed out, will not wake up or is breathing slowly, call 911 now.',
      es: 'Si alguien se desmayó, no despierta o respira muy despacio, llame al 911 ahora.',
    },
    options: [
      { value: 'no', severity: 0, label: no },
      {
        value: 'yes',
        severity: 4,
        crisis: true,
        crisisKind: 'medical-emergency',
        label: { en: 'Yes', es: 'Sí' },
      },
    ],
    sources: ['988'],
  },
  {
    id: 'withdrawal-now',
    dimension: 1,
    prompt: {
      en: 'What happens to your body when you stop or cut back on alcohol or drugs?',
      es: '¿Qué le pasa a su cuerpo cuando deja o reduce el alcohol o las drogas?',
    },
    hint: {
      en: 'This is called withdrawal: the sick or uneasy feeling some people get when they stop.',
      es: 'Esto se llama abstinencia: el malestar que algunas personas sienten cuando dejan de consumir.',
    },
    options: [
      {
        value: 'no-use',
        severity: 0,
        noSubstanceUse: true,
        label: { en: 'I don’t drink alcohol or use drugs', es: 'No tomo alcohol ni uso drogas' },
      },
      { value: 'fine', severity: 0, label: { en: 'Nothing much. I feel fine.', es: 'Nada especial. Me siento bien.' } },
      {
        value: 'mild',
        severity: 1,
        label: {
          en: 'I sleep badly or feel restless for a day or two',
          es: 'Duermo mal o siento inquietud por uno o dos días',
        },
      },
      {
        value: 'moderate',
        severity: 2,
        label: {
          en: 'I sweat, shake, feel sick to my stomach, or my heart races',
          es: 'Sudo, tiemblo, tengo náuseas o el corazón me late muy rápido',
        },
      },
      {
        value: 'strong',
        severity: 3,
        label: {
          en: 'Those feelings are strong, and I drink or use to make them stop',
          es: 'Esos malestares son fuertes, y tomo o consumo para que se me quiten',
        },
      },
      {
        value: 'severe-now',
        severity: 4,
        crisis: true,
        crisisKind: 'severe-withdrawal',
        label: {
          en:
            'Right now I am having a seizure, seeing or hearing things that are not there, feeling very ' +
            'confused, or shaking hard',
          es:
            'Ahora mismo tengo una convulsión, veo u oigo cosas que no están, siento mucha confusión o ' +
            'tiemblo mucho',
        },
      },
    ],
    sources: ['asam-awm-2020'],
  },
  {
    id: 'past-withdrawal',
    dimension: 1,
    prompt: {
      en: 'When you stopped drinking or using in the past, what happened?',
      es: 'Cuando dejó de tomar o de consumir drogas en el pasado, ¿qué pasó?',
    },
    options: [
      {
        value: 'none',
        severity: 0,
        label: {
          en: 'I never had withdrawal, or this does not apply to me',
          es: 'Nunca tuve abstinencia, o esto no se aplica a mí',
        },
      },
      {
        value: 'a-few-times',
        severity: 1,
        label: { en: 'I had withdrawal a few times', es: 'Tuve abstinencia unas pocas veces' },
      },
      {
        value: 'many-times',
        severity: 1,
        withdrawalRisk: 'always',
        label: { en: 'I have had withdrawal many times', es: 'He tenido abstinencia muchas veces' },
      },
      {
        value: 'seizure-or-dts',
        severity: 2,
        withdrawalRisk: 'always',
        label: {
          en: 'I had a seizure, or DTs (delirium tremens: hard shaking and confusion)',
          es: 'Tuve una convulsión o delirium tremens (temblores fuertes y confusión)',
        },
      },
    ],
    sources: ['asam-awm-2020'],
  },
  {
    id: 'sedative-use',
    dimension: 1,
    prompt: {
      en: 'Do you take benzos (like Xanax, Valium or Klonopin) or barbiturates, even with a prescription?',
      es: '¿Toma benzodiacepinas (como Xanax, Valium o Klonopin) o barbitúricos, aunque sea con receta?',
    },
    hint: {
      en: 'These are medicines for worry, panic or sleep.',
      es: 'Son medicinas para la preocupación, el pánico o el sueño.',
    },
    options: [
      { value: 'no', severity: 0, label: no },
      {
        value: 'sometimes',
        severity: 0,
        label: { en: 'Sometimes, but not most days', es: 'A veces, pero no casi todos los días' },
      },
      {
        value: 'most-days',
        severity: 1,
        withdrawalRisk: 'always',
        label: { en: 'Yes, most days', es: 'Sí, casi todos los días' },
      },
    ],
    sources: ['asam-awm-2020'],
  },
  {
    id: 'physical-health',
    dimension: 2,
    prompt: { en: 'How is your physical health?', es: '¿Cómo está su salud física?' },
    options: [
      {
        value: 'good',
        severity: 0,
        label: {
          en: 'Good, or my health problems are under control',
          es: 'Bien, o mis problemas de salud están bajo control',
        },
      },
      {
        value: 'treated',
        severity: 1,
        label: {
          en: 'A health problem bothers me, but I am getting care for it',
          es: 'Un problema de salud me molesta, pero estoy recibiendo atención',
        },
      },
      {
        value: 'serious',
        severity: 2,
        withdrawalRisk: 'if-using',
        label: {
          en: 'I have a serious illness, or I once had a serious head injury',
          es: 'Tengo una enfermedad grave, o una vez tuve un golpe fuerte en la cabeza',
        },
      },
      {
        value: 'not-under-control',
        severity: 3,
        withdrawalRisk: 'if-using',
        label: {
          en: 'A health problem is getting worse or is not under control',
          es: 'Un problema de salud está empeorando o no está bajo control',
        },
      },
    ],
    sources: ['asam-awm-2020', 'asam-levels'],
  },
  {
    id: 'pregnancy',
    dimension: 2,
    prompt: { en: 'Are you pregnant, or could you be?', es: '¿Está embarazada, o podría estarlo?' },
    options: [
      {
        value: 'no',
        severity: 0,
        label: { en: 'No, or this does not apply to me', es: 'No, o esto no se aplica a mí' },
      },
      {
        value: 'yes-or-maybe',
        severity: 1,
        withdrawalRisk: 'if-using',
        label: { en: 'Yes, or maybe', es: 'Sí, o tal vez' },
      },
    ],
    sources: ['asam-awm-2020'],
  },
  {
    id: 'age',
    dimension: 2,
    prompt: { en: 'Are you older than 65?', es: '¿Tiene más de 65 años?' },
    options: [
      { value: 'no', severity: 0, label: no },
      { value: 'yes', severity: 0, withdrawalRisk: 'if-using', label: { en: 'Yes', es: 'Sí' } },
    ],
    sources: ['asam-awm-2020'],
  },
  {
    id: 'mental-health',
    dimension: 3,
    prompt: {
      en: 'How much do feelings like sadness, worry, fear or anger get in the way of your daily life?',
      es: '¿Cuánto le afectan en su vida diaria sentimientos como la tristeza, la preocupación, el miedo o el enojo?',
    },
    options: [
      { value: 'little', severity: 0, label: { en: 'Not at all, or only a little', es: 'Nada, o muy poco' } },
      {
        value: 'sometimes',
        severity: 1,
        label: {
          en: 'Sometimes. It is hard, but I get through my day.',
          es: 'A veces. Es difícil, pero puedo con mi día.',
        },
      },
      {
        value: 'a-lot',
        severity: 2,
        label: {
          en: 'A lot. Most days it is very hard to work, study or take care of myself.',
          es: 'Mucho. Casi todos los días me cuesta mucho trabajar, estudiar o cuidarme.',
        },
      },
      {
        value: 'day-and-night',
        severity: 3,
        label: {
          en: 'So much that I cannot take care of myself without help day and night',
          es: 'Tanto que no puedo cuidarme sin ayuda de día y de noche',
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'readiness',
    dimension: 4,
    prompt: { en: 'How do you feel about making a change?', es: '¿Cómo se siente acerca de hacer un cambio?' },
    options: [
      {
        value: 'ready',
        severity: 0,
        label: { en: 'I want to change, and I want help', es: 'Quiero cambiar y quiero recibir ayuda' },
      },
      {
        value: 'unsure-how',
        severity: 1,
        label: { en: 'I want to change, but I am not sure how', es: 'Quiero cambiar, pero no sé cómo' },
      },
      {
        value: 'mixed',
        severity: 2,
        label: {
          en: 'Part of me wants to change, and part of me does not',
          es: 'Una parte de mí quiere cambiar y otra no',
        },
      },
      {
        value: 'others-want-it',
        severity: 3,
        label: {
          en: 'Other people want me to change more than I do',
          es: 'Otras personas quieren que yo cambie más que yo',
        },
      },
    ],
    sources: ['cms-iap-2017'],
  },
  {
    id: 'staying-on-track',
    dimension: 5,
    prompt: {
      en: 'Think about times you tried to cut back, stop or feel better. What usually happened?',
      es: 'Piense en las veces que intentó reducir, dejar de consumir o sentirse mejor. ¿Qué pasó casi siempre?',
    },
    options: [
      {
        value: 'kept-it-up',
        severity: 0,
        label: {
          en: 'I kept the change going, or I have not needed to try',
          es: 'Pude mantener el cambio, o no he tenido que intentarlo',
        },
      },
      {
        value: 'slips',
        severity: 1,
        label: {
          en: 'I slipped sometimes, but I got back on track',
          es: 'A veces recaí, pero volví a ir por buen camino',
        },
      },
      {
        value: 'weeks',
        severity: 2,
        label: {
          en: 'Within a few weeks I was back where I started',
          es: 'En pocas semanas volví a estar como antes',
        },
      },
      {
        value: 'days',
        severity: 3,
        label: {
          en: 'I could not keep it up for more than a few days',
          es: 'No pude mantenerlo más de unos pocos días',
        },
      },
      {
        value: 'after-treatment',
        severity: 4,
        label: {
          en: 'I had treatment before, and the problem came back soon after, more than once',
          es: 'Recibí tratamiento antes, y el problema volvió poco después, más de una vez',
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels'],
  },
  {
    id: 'home',
    dimension: 6,
    prompt: {
      en: 'How safe and supported do you feel where you live?',
      es: '¿Cuánta seguridad y apoyo siente donde vive?',
    },
    options: [
      {
        value: 'safe-and-supported',
        severity: 0,
        label: { en: 'It is safe, and people there support me', es: 'Es un lugar seguro y ahí me apoyan' },
      },
      {
        value: 'little-support',
        severity: 1,
        label: {
          en: 'It is safe, but I don’t get much support',
          es: 'Es un lugar seguro, pero no recibo mucho apoyo',
        },
      },
      {
        value: 'hard-to-stay-well',
        severity: 2,
        label: {
          en: 'It is safe, but people there drink or use drugs, or make it hard to stay well',
          es: 'Es un lugar seguro, pero ahí toman alcohol o usan drogas, o me hacen difícil estar bien',
        },
      },
      {
        value: 'unsafe-or-unstable',
        severity: 3,
        label: {
          en: 'It is not safe for me, or I don’t have a steady place to live',
          es: 'No es un lugar seguro para mí, o no tengo un lugar fijo donde vivir',
        },
      },
    ],
    sources: ['cms-iap-2017', 'asam-levels'],
  },
];
