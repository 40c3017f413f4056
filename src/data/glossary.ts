/**
 * Plain-language explanations of the terms treatment programs use, for `<care-term term="…">` and for any page that
 * wants them. Each entry cites where its facts come from; the few general definitions of a named therapy state no
 * figure and no claim about a level of care, and cite nothing.
 */
import type { GlossaryEntry } from './types.js';

/** The id of a glossary entry: lowercase, as written in `<care-term term="iop">`. */
export type GlossaryTermId =
  | 'iop'
  | 'php'
  | 'inpatient'
  | 'residential'
  | 'outpatient'
  | 'asam'
  | 'detox'
  | 'step-down'
  | 'step-up'
  | 'co-occurring'
  | 'mat'
  | 'cbt'
  | 'dbt'
  | 'mi'
  | 'emdr'
  | 'mindfulness'
  | 'family-therapy'
  | 'relapse-prevention'
  | 'case-management'
  | 'peer-support';

/** Every entry by its id. */
export const glossary: { readonly [Id in GlossaryTermId]: GlossaryEntry } = {
  iop: {
    term: { en: 'IOP', es: 'IOP' },
    expansion: { en: 'Intensive outpatient program', es: 'Programa ambulatorio intensivo' },
    definition: {
      en: 'Treatment for at least 9 hours a week, spread over several days, while you keep living at home. Many programs meet in the evening so people can keep working.',
      es: 'Tratamiento de al menos 9 horas a la semana, repartidas en varios días, mientras usted sigue viviendo en casa. Muchos programas se reúnen por la tarde o la noche para que la gente pueda seguir trabajando.',
    },
    sources: ['samhsa-tip47', 'medicare-iop'],
  },
  php: {
    term: { en: 'PHP', es: 'PHP' },
    expansion: { en: 'Partial hospitalization program', es: 'Programa de hospitalización parcial' },
    definition: {
      en: 'A day program with at least 20 hours of treatment a week. You get care from doctors and therapists during the day and sleep at home.',
      es: 'Un programa de día con al menos 20 horas de tratamiento a la semana. Recibe atención de médicos y terapeutas durante el día y duerme en casa.',
    },
    sources: ['medicare-php', 'es-medicare', 'cms-iap-2017'],
  },
  inpatient: {
    term: { en: 'Inpatient care', es: 'Tratamiento hospitalario' },
    definition: {
      en: 'Care in a hospital, with staff there day and night. It is for people with serious medical or mental health needs, and usually lasts days or weeks.',
      es: 'Atención en un hospital, con personal presente día y noche. Es para personas con necesidades médicas o de salud mental graves, y suele durar días o semanas.',
    },
    sources: ['findtreatment'],
  },
  residential: {
    term: { en: 'Residential treatment', es: 'Tratamiento residencial' },
    definition: {
      en: 'You live at the treatment center for a while, with staff there day and night. Stays run from a few weeks to many months.',
      es: 'Usted vive en el centro de tratamiento por un tiempo, con personal presente día y noche. Las estancias van de unas semanas a muchos meses.',
    },
    sources: ['findtreatment', 'nida-tc'],
  },
  outpatient: {
    term: { en: 'Outpatient treatment', es: 'Tratamiento ambulatorio' },
    definition: {
      en: 'Regular visits for counseling or therapy, fewer than 9 hours a week for adults, while you live at home and keep up with daily life.',
      es: 'Citas regulares de consejería o terapia, menos de 9 horas a la semana para adultos, mientras vive en casa y sigue con su vida diaria.',
    },
    sources: ['asam-levels', 'findtreatment'],
  },
  asam: {
    term: { en: 'ASAM', es: 'ASAM' },
    expansion: {
      en: 'American Society of Addiction Medicine',
      es: 'Sociedad Estadounidense de Medicina de las Adicciones',
    },
    definition: {
      en: 'A society of doctors and other professionals. Its guide, The ASAM Criteria, numbers the levels of care (such as 2.1 for intensive outpatient) and many states and health plans use it.',
      es: 'Una sociedad de médicos y otros profesionales. Su guía, The ASAM Criteria, numera los niveles de atención (por ejemplo, 2.1 para el tratamiento ambulatorio intensivo) y muchos estados y planes de salud la usan.',
    },
    sources: ['asam-levels', 'asam-4th'],
  },
  detox: {
    term: { en: 'Detox (withdrawal management)', es: 'Desintoxicación (manejo de la abstinencia)' },
    definition: {
      en: 'Medical care that helps a person stop using alcohol or drugs safely, often with medicine for withdrawal symptoms. It takes several days to a week or more, and it is a first step, not treatment by itself.',
      es: 'Atención médica que ayuda a una persona a dejar el alcohol o las drogas sin correr peligro, a menudo con medicamentos para los síntomas de abstinencia. Dura de varios días a una semana o más, y es un primer paso, no un tratamiento por sí solo.',
    },
    sources: ['findtreatment', 'asam-awm-2020', 'tx-hhs-es'],
  },
  'step-down': {
    term: { en: 'Step-down', es: 'Paso a un nivel menor' },
    definition: {
      en: 'Moving to a less intensive level of care as things get better, such as from residential care or a PHP to an IOP.',
      es: 'Pasar a un nivel de atención menos intensivo a medida que la persona mejora, por ejemplo, del tratamiento residencial o la hospitalización parcial a un programa ambulatorio intensivo.',
    },
    sources: ['samhsa-tip47'],
  },
  'step-up': {
    term: { en: 'Step-up', es: 'Paso a un nivel mayor' },
    definition: {
      en: 'Moving to a more intensive level of care when more support is needed, such as from weekly outpatient visits to an IOP.',
      es: 'Pasar a un nivel de atención más intensivo cuando se necesita más apoyo, por ejemplo, de citas ambulatorias semanales a un programa ambulatorio intensivo.',
    },
    sources: ['samhsa-tip47'],
  },
  'co-occurring': {
    term: { en: 'Co-occurring conditions', es: 'Trastornos concurrentes' },
    definition: {
      en: 'Having a substance use problem and a mental health condition, such as depression or anxiety, at the same time. Good programs treat both together.',
      es: 'Tener un problema de consumo de sustancias y una afección de salud mental, como depresión o ansiedad, al mismo tiempo. Los buenos programas tratan ambos a la vez.',
    },
    sources: ['mccarty-2014', 'samhsa-tip47'],
  },
  mat: {
    term: { en: 'MAT', es: 'MAT' },
    expansion: {
      en: 'Medication for addiction treatment',
      es: 'Tratamiento con ayuda de medicamentos',
    },
    definition: {
      en: 'Medicines approved to treat alcohol or opioid use disorder, used together with counseling. They can ease cravings and withdrawal.',
      es: 'Medicamentos aprobados para tratar el trastorno por consumo de alcohol o de opioides, junto con consejería. Pueden aliviar el deseo de consumir y los síntomas de abstinencia.',
    },
    sources: ['findtreatment', 'tx-hhs-es'],
  },
  cbt: {
    term: { en: 'CBT', es: 'TCC' },
    expansion: { en: 'Cognitive behavioral therapy', es: 'Terapia cognitivo-conductual' },
    definition: {
      en: 'A talk therapy that helps you notice the thoughts and habits behind substance use and practice new ways to cope.',
      es: 'Una terapia de conversación que le ayuda a notar los pensamientos y hábitos detrás del consumo y a practicar nuevas formas de afrontarlos.',
    },
    sources: ['samhsa-tip47'],
  },
  dbt: {
    term: { en: 'DBT', es: 'TDC' },
    expansion: { en: 'Dialectical behavior therapy', es: 'Terapia dialéctica conductual' },
    definition: {
      en: 'A therapy that teaches skills for handling strong emotions, getting through a crisis and getting along with others.',
      es: 'Una terapia que enseña habilidades para manejar emociones fuertes, superar una crisis y llevarse bien con los demás.',
    },
    sources: ['nimh-psychotherapies'],
  },
  mi: {
    term: { en: 'MI', es: 'EM' },
    expansion: { en: 'Motivational interviewing', es: 'Entrevista motivacional' },
    definition: {
      en: 'A respectful way of talking that helps a person find their own reasons to change, without pressure.',
      es: 'Una forma respetuosa de conversar que ayuda a la persona a encontrar sus propias razones para cambiar, sin presiones.',
    },
    sources: ['samhsa-tip47'],
  },
  emdr: {
    term: { en: 'EMDR', es: 'EMDR' },
    expansion: {
      en: 'Eye movement desensitization and reprocessing',
      es: 'Desensibilización y reprocesamiento por movimientos oculares',
    },
    definition: {
      en: 'A therapy for trauma. It helps painful memories feel less overwhelming.',
      es: 'Una terapia para el trauma. Ayuda a que los recuerdos dolorosos resulten menos abrumadores.',
    },
    sources: ['nimh-psychotherapies'],
  },
  mindfulness: {
    term: { en: 'Mindfulness-based therapy', es: 'Terapia basada en la atención plena' },
    definition: {
      en: 'Practices that train calm attention to the present moment, such as MBSR and MBCT, to help with stress and cravings.',
      es: 'Prácticas que entrenan una atención tranquila al momento presente, como MBSR y MBCT, para ayudar con el estrés y el deseo de consumir.',
    },
    sources: ['nimh-psychotherapies'],
  },
  'family-therapy': {
    term: { en: 'Family therapy and education', es: 'Terapia y educación familiar' },
    definition: {
      en: 'Sessions that help family members understand the condition, support recovery and take care of themselves.',
      es: 'Sesiones que ayudan a los familiares a entender la afección, apoyar la recuperación y cuidarse a sí mismos.',
    },
    sources: ['samhsa-tip47'],
  },
  'relapse-prevention': {
    term: { en: 'Relapse prevention', es: 'Prevención de recaídas' },
    definition: {
      en: 'Learning to spot the people, places and feelings that can lead back to use, and planning what to do instead.',
      es: 'Aprender a reconocer las personas, los lugares y los sentimientos que pueden llevar de nuevo al consumo, y planear qué hacer en su lugar.',
    },
    sources: ['samhsa-tip47'],
  },
  'case-management': {
    term: { en: 'Case management', es: 'Manejo de casos' },
    definition: {
      en: 'Help with practical needs that affect recovery, such as housing, work, benefits and other care.',
      es: 'Ayuda con necesidades prácticas que afectan la recuperación, como la vivienda, el trabajo, los beneficios y otros servicios de salud.',
    },
    sources: ['samhsa-tip47'],
  },
  'peer-support': {
    term: { en: 'Peer support', es: 'Apoyo entre pares' },
    definition: {
      en: 'Support from people who have lived through recovery themselves and are trained to help others.',
      es: 'Apoyo de personas que han vivido su propia recuperación y están capacitadas para ayudar a otros.',
    },
    sources: ['samhsa-tip64'],
  },
};

/** Every glossary id, in the order above. */
export const glossaryTermIds = Object.keys(glossary) as readonly GlossaryTermId[];

/** Other ids people are likely to write, and the entry each means. */
const glossaryAliases: { readonly [alias: string]: GlossaryTermId } = {
  'withdrawal-management': 'detox',
  'motivational-interviewing': 'mi',
  'dual-diagnosis': 'co-occurring',
  moud: 'mat',
  'partial-hospitalization': 'php',
  'intensive-outpatient': 'iop',
};

/** Whether `value` is the id of a glossary entry (aliases are not ids). */
export function isGlossaryTermId(value: unknown): value is GlossaryTermId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(glossary, value);
}

/**
 * The entry for `id`, ignoring case and surrounding spaces and accepting common aliases such as
 * `withdrawal-management`; `undefined` when there is none.
 */
export function findGlossaryTerm(id: string): GlossaryEntry | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toLowerCase();
  if (isGlossaryTermId(key)) return glossary[key];
  return Object.prototype.hasOwnProperty.call(glossaryAliases, key) ? glossary[glossaryAliases[key]] : undefined;
}
