/**
 * The four levels of care, each fact with its sources (see `sources.ts`). Facts checked only against secondary sources
 * carry `evidence: 'secondary'` and say "typically" or "commonly". Costs are relative: no price is ever stated.
 */
import type { GlossaryTermId } from './glossary.js';
import { levelIds, type LevelId } from './level-id.js';
import type { Localized } from './locale.js';
import type { CareLevel, Sourced, SourceId } from './types.js';

function primary<T>(value: T, ...sources: SourceId[]): Sourced<T> {
  return { value, sources, evidence: 'primary' };
}

function secondary<T>(value: T, ...sources: SourceId[]): Sourced<T> {
  return { value, sources, evidence: 'secondary' };
}

/** Program descriptions name these therapies at every level; which ones a program offers is up to the program. */
const commonTherapies: Sourced<readonly GlossaryTermId[]> = secondary(
  ['cbt', 'mi', 'relapse-prevention', 'family-therapy', 'dbt', 'mindfulness', 'emdr', 'peer-support'],
  'samhsa-tip47',
);

const atHome = { en: 'At home.', es: 'En casa.' };

const inpatient: CareLevel = {
  id: 'inpatient',
  shortName: { en: 'Inpatient / residential', es: 'Hospitalario / residencial' },
  longName: { en: 'Inpatient or residential treatment', es: 'Tratamiento hospitalario o residencial' },
  summary: primary(
    {
      en: 'Living at a treatment center or staying in a hospital, with staff there day and night.',
      es: 'La persona vive en un centro de tratamiento o se queda en un hospital, con personal presente día y noche.',
    },
    'findtreatment',
    'asam-levels',
  ),
  asamLevels: {
    3: primary(
      {
        levels: [
          {
            level: '3.1',
            name: {
              en: 'Clinically managed low-intensity residential services',
              es: 'Servicios residenciales de baja intensidad con manejo clínico',
            },
          },
          {
            level: '3.3',
            name: {
              en: 'Clinically managed population-specific high-intensity residential services',
              es: 'Servicios residenciales de alta intensidad para poblaciones específicas con manejo clínico',
            },
          },
          {
            level: '3.5',
            name: {
              en: 'Clinically managed high-intensity residential services',
              es: 'Servicios residenciales de alta intensidad con manejo clínico',
            },
          },
          {
            level: '3.7',
            name: {
              en: 'Medically monitored intensive inpatient services',
              es: 'Servicios residenciales intensivos con monitoreo médico',
            },
          },
          {
            level: '4',
            name: {
              en: 'Medically managed intensive inpatient services',
              es: 'Servicios hospitalarios intensivos con manejo médico',
            },
          },
        ],
        summary: {
          en: 'Levels 3.1, 3.3, 3.5 and 3.7 (residential) and 4 (hospital).',
          es: 'Niveles 3.1, 3.3, 3.5 y 3.7 (residencial) y 4 (hospital).',
        },
      },
      'asam-levels',
      'cms-iap-2017',
    ),
    4: secondary(
      {
        levels: [
          {
            level: '3.1',
            name: {
              en: 'Clinically managed low-intensity residential',
              es: 'Residencial de baja intensidad con manejo clínico',
            },
          },
          {
            level: '3.5',
            name: {
              en: 'Clinically managed high-intensity residential',
              es: 'Residencial de alta intensidad con manejo clínico',
            },
          },
          { level: '3.7', name: { en: 'Medically managed residential', es: 'Residencial con manejo médico' } },
          {
            level: '4',
            name: { en: 'Medically managed inpatient', es: 'Hospitalario con manejo médico' },
          },
        ],
        summary: {
          en: 'Levels 3.1, 3.5 and 3.7 (residential) and 4 (hospital).',
          es: 'Niveles 3.1, 3.5 y 3.7 (residencial) y 4 (hospital).',
        },
      },
      'asam-4th',
    ),
  },
  sleeps: primary(
    { en: 'At the treatment center or hospital.', es: 'En el centro de tratamiento o en el hospital.' },
    'findtreatment',
  ),
  weeklyHours: primary(
    {
      adults: { atLeast: 5, fewerThan: null },
      adolescents: null,
      description: {
        en: 'Care around the clock. Even the least intensive residential level gives at least 5 hours of clinical services a week.',
        es: 'Atención las 24 horas. Incluso el nivel residencial menos intensivo ofrece al menos 5 horas de servicios clínicos a la semana.',
      },
    },
    'asam-levels',
    'cms-iap-2017',
  ),
  schedule: primary(
    {
      daysPerWeek: null,
      hoursPerDay: null,
      description: {
        en: 'Living there, with staff on hand day and night.',
        es: 'La persona vive allí, con personal disponible día y noche.',
      },
    },
    'findtreatment',
  ),
  typicalLength: primary(
    {
      en: 'Short-term residential stays last up to 30 days; long-term stays last months, and 90 days or more is linked to better results. Hospital stays last days to weeks.',
      es: 'Las estancias residenciales cortas duran hasta 30 días; las largas duran meses, y quedarse 90 días o más se asocia con mejores resultados. Las hospitalizaciones duran de días a semanas.',
    },
    'teds-2004',
    'nida-tc',
    'findtreatment',
  ),
  medicalCare: primary(
    {
      en: 'Staff are there 24 hours a day. Medically monitored programs have nurses around the clock and a doctor available; in a hospital, a doctor sees you every day.',
      es: 'Hay personal las 24 horas. Los programas con supervisión médica tienen enfermería a toda hora y un médico disponible; en el hospital, un médico le atiende todos los días.',
    },
    'asam-levels',
    'cms-iap-2017',
  ),
  supervision: primary(
    { en: 'Staff are on site day and night.', es: 'Hay personal en el lugar día y noche.' },
    'findtreatment',
  ),
  workOrSchool: primary(
    {
      possible: 'no',
      description: {
        en: 'No: work and school are put on hold while you live there.',
        es: 'No: el trabajo y los estudios se pausan mientras vive allí.',
      },
    },
    'findtreatment',
  ),
  services: secondary(
    [
      { service: 'individual-counseling', availability: 'core' },
      { service: 'group-therapy', availability: 'core' },
      { service: 'case-management', availability: 'core' },
      { service: 'nursing-care', availability: 'often' },
      { service: 'medical-care', availability: 'often' },
      { service: 'psychiatric-care', availability: 'often' },
      { service: 'withdrawal-management', availability: 'often' },
      { service: 'medication', availability: 'often' },
    ],
    'cms-iap-2017',
    'findtreatment',
  ),
  therapies: commonTherapies,
  relativeCost: primary(
    {
      rank: 4,
      description: {
        en: 'The most costly level: in a national study, a day of residential care cost about seven times as much as a day of outpatient care.',
        es: 'El nivel más costoso: en un estudio nacional, un día de tratamiento residencial costó unas siete veces más que un día de tratamiento ambulatorio.',
      },
    },
    'adss-cost',
  ),
  insurance: primary(
    {
      en: 'Medicaid coverage of residential care varies by state, and it is one of the most common gaps. Ask your plan what it covers.',
      es: 'La cobertura de Medicaid para el tratamiento residencial varía según el estado y es una de las faltas de cobertura más comunes. Pregunte a su plan qué cubre.',
    },
    'macpac-2018',
  ),
  fits: primary(
    {
      en: 'People whose home is unsafe or unstable, who have little support, or for whom other treatment has not worked; also people at risk of severe withdrawal or with an unstable medical or mental health condition.',
      es: 'Personas cuyo hogar no es seguro o estable, que tienen poco apoyo o a quienes otros tratamientos no les han funcionado; también personas con riesgo de síntomas de abstinencia graves o con una afección médica o de salud mental inestable.',
    },
    'cms-iap-2017',
    'findtreatment',
  ),
  notAFit: primary(
    {
      en: 'A residential program is not the place for a medical emergency: that needs a hospital. People who can be safe at home usually start at a less intensive level.',
      es: 'Un programa residencial no es el lugar para una emergencia médica: eso requiere un hospital. Quien puede estar a salvo en casa suele empezar en un nivel menos intensivo.',
    },
    'cms-iap-2017',
  ),
  stepUpTo: primary([], 'samhsa-tip47'),
  stepDownTo: primary(['php', 'iop'], 'samhsa-tip47'),
};

const php: CareLevel = {
  id: 'php',
  shortName: { en: 'PHP', es: 'Hospitalización parcial' },
  longName: { en: 'Partial hospitalization program (PHP)', es: 'Programa de hospitalización parcial (PHP)' },
  summary: primary(
    {
      en: 'A full-day treatment program with doctors on hand; nights are spent at home.',
      es: 'Un programa de tratamiento de día completo con médicos disponibles; las noches se pasan en casa.',
    },
    'medicare-php',
    'cms-iap-2017',
  ),
  asamLevels: {
    3: primary(
      {
        levels: [
          {
            level: '2.5',
            name: { en: 'Partial hospitalization services', es: 'Servicios de hospitalización parcial' },
          },
        ],
        summary: { en: 'Level 2.5 (partial hospitalization).', es: 'Nivel 2.5 (hospitalización parcial).' },
      },
      'asam-levels',
    ),
    4: secondary(
      {
        levels: [
          { level: '2.5', name: { en: 'High-intensity outpatient', es: 'Ambulatorio de alta intensidad' } },
          {
            level: '2.7',
            name: { en: 'Medically managed intensive outpatient', es: 'Ambulatorio intensivo con manejo médico' },
          },
        ],
        summary: {
          en: 'Level 2.5, now called high-intensity outpatient, and 2.7 (medically managed).',
          es: 'Nivel 2.5, ahora llamado ambulatorio de alta intensidad, y 2.7 (con manejo médico).',
        },
      },
      'asam-4th',
    ),
  },
  sleeps: primary(atHome, 'medicare-php'),
  weeklyHours: primary(
    {
      adults: { atLeast: 20, fewerThan: null },
      adolescents: { atLeast: 20, fewerThan: null },
      description: {
        en: 'At least 20 hours a week, for adults and teens.',
        es: 'Al menos 20 horas a la semana, para adultos y adolescentes.',
      },
    },
    'asam-levels',
    'medicare-php',
  ),
  schedule: secondary(
    {
      daysPerWeek: { min: 4, max: 5 },
      hoursPerDay: { min: 5, max: 6 },
      description: {
        en: 'Typically about 5 to 6 hours a day, 4 to 5 days a week.',
        es: 'Por lo general, unas 5 a 6 horas al día, de 4 a 5 días a la semana.',
      },
    },
    'cms-iap-2017',
  ),
  typicalLength: secondary({ en: 'Commonly 2 to 4 weeks.', es: 'Por lo común, de 2 a 4 semanas.' }, 'cms-iap-2017'),
  medicalCare: primary(
    {
      en: 'Direct access to psychiatric, medical and lab services during program hours.',
      es: 'Acceso directo a servicios psiquiátricos, médicos y de laboratorio durante el horario del programa.',
    },
    'cms-iap-2017',
    'asam-levels',
  ),
  supervision: primary(
    {
      en: 'Staff are with you during the program day; at night you are at home.',
      es: 'El personal está con usted durante el día del programa; por la noche está en casa.',
    },
    'medicare-php',
  ),
  workOrSchool: primary(
    {
      possible: 'rarely',
      description: {
        en: 'Rarely: the program fills most of the day.',
        es: 'Pocas veces: el programa ocupa la mayor parte del día.',
      },
    },
    'medicare-php',
  ),
  services: primary(
    [
      { service: 'individual-counseling', availability: 'core' },
      { service: 'group-therapy', availability: 'core' },
      { service: 'family-education', availability: 'core' },
      { service: 'case-management', availability: 'core' },
      { service: 'psychiatric-care', availability: 'core' },
      { service: 'medical-care', availability: 'core' },
      { service: 'medication', availability: 'often' },
      { service: 'drug-testing', availability: 'often' },
    ],
    'cms-iap-2017',
    'samhsa-tip47',
  ),
  therapies: commonTherapies,
  relativeCost: secondary(
    {
      rank: 3,
      description: {
        en: 'Typically costs more than an IOP and less than residential care.',
        es: 'Suele costar más que un programa ambulatorio intensivo y menos que el tratamiento residencial.',
      },
    },
    'adss-cost',
  ),
  insurance: primary(
    {
      en: 'Medicare covers PHP when your care plan calls for at least 20 hours a week and a doctor certifies you would otherwise need inpatient care. Medicaid coverage varies by state, and PHP is one of the most common gaps.',
      es: 'Medicare cubre la hospitalización parcial cuando su plan de atención indica al menos 20 horas a la semana y un médico certifica que, de lo contrario, necesitaría tratamiento hospitalario. La cobertura de Medicaid varía según el estado, y la hospitalización parcial es una de las faltas de cobertura más comunes.',
    },
    'medicare-php',
    'es-medicare',
    'macpac-2018',
  ),
  fits: primary(
    {
      en: 'People who would otherwise need inpatient psychiatric care but are safe at home overnight.',
      es: 'Personas que de otro modo necesitarían atención psiquiátrica hospitalaria, pero que están seguras en casa por la noche.',
    },
    'medicare-php',
  ),
  notAFit: primary(
    {
      en: 'People who need to be watched day and night, or whose home is not safe at night.',
      es: 'Personas que necesitan vigilancia día y noche, o cuyo hogar no es un lugar a salvo por la noche.',
    },
    'cms-iap-2017',
  ),
  stepUpTo: primary(['inpatient'], 'samhsa-tip47'),
  stepDownTo: primary(['iop'], 'samhsa-tip47'),
};

const iop: CareLevel = {
  id: 'iop',
  shortName: { en: 'IOP', es: 'Ambulatorio intensivo' },
  longName: { en: 'Intensive outpatient program (IOP)', es: 'Programa ambulatorio intensivo (IOP)' },
  summary: primary(
    {
      en: 'Several hours of treatment on several days a week while living at home; for people at low risk, results are about as good as residential care.',
      es: 'Varias horas de tratamiento varios días a la semana mientras la persona vive en casa; para las personas de bajo riesgo, los resultados son parecidos a los del tratamiento residencial.',
    },
    'samhsa-tip47',
    'mccarty-2014',
  ),
  asamLevels: {
    3: primary(
      {
        levels: [
          { level: '2.1', name: { en: 'Intensive outpatient services', es: 'Servicios ambulatorios intensivos' } },
        ],
        summary: { en: 'Level 2.1 (intensive outpatient).', es: 'Nivel 2.1 (ambulatorio intensivo).' },
      },
      'asam-levels',
    ),
    4: secondary(
      {
        levels: [{ level: '2.1', name: { en: 'Intensive outpatient', es: 'Ambulatorio intensivo' } }],
        summary: { en: 'Level 2.1 (intensive outpatient).', es: 'Nivel 2.1 (ambulatorio intensivo).' },
      },
      'asam-4th',
    ),
  },
  sleeps: primary(atHome, 'samhsa-tip47'),
  weeklyHours: primary(
    {
      adults: { atLeast: 9, fewerThan: 20 },
      adolescents: { atLeast: 6, fewerThan: null },
      description: {
        en: 'At least 9 hours a week for adults, generally 9 to 19; at least 6 for teens.',
        es: 'Al menos 9 horas a la semana para adultos, por lo general de 9 a 19; al menos 6 para adolescentes.',
      },
    },
    'asam-levels',
    'medicare-iop',
    'samhsa-tip47',
  ),
  schedule: secondary(
    {
      daysPerWeek: { min: 3, max: 5 },
      hoursPerDay: { min: 3, max: 3 },
      description: {
        en: 'Typically about 3 hours a day, 3 to 5 days a week, in the daytime, evening or on weekends.',
        es: 'Por lo general, unas 3 horas al día, de 3 a 5 días a la semana, de día, de noche o los fines de semana.',
      },
    },
    'samhsa-tip47',
  ),
  typicalLength: secondary(
    {
      en: 'Commonly 8 to 12 weeks; programs of 6 to 16 weeks are also reported.',
      es: 'Por lo común, de 8 a 12 semanas; también se informan programas de 6 a 16 semanas.',
    },
    'samhsa-tip47',
  ),
  medicalCare: primary(
    {
      en: 'Doctors and psychiatrists are available for consultation, with referral when needed; people should be medically stable.',
      es: 'Hay médicos y psiquiatras disponibles para consultas, con derivación cuando hace falta; la persona debe estar estable desde el punto de vista médico.',
    },
    'cms-iap-2017',
    'samhsa-tip47',
  ),
  supervision: primary(
    {
      en: 'Staff are with you during sessions; the rest of the time you manage on your own.',
      es: 'El personal está con usted durante las sesiones; el resto del tiempo usted se maneja por su cuenta.',
    },
    'samhsa-tip47',
  ),
  workOrSchool: primary(
    {
      possible: 'usually',
      description: {
        en: 'Usually yes: many programs offer daytime, evening or weekend groups.',
        es: 'Por lo general, sí: muchos programas ofrecen grupos de día, de noche o los fines de semana.',
      },
    },
    'samhsa-tip47',
  ),
  services: primary(
    [
      { service: 'individual-counseling', availability: 'core' },
      { service: 'group-therapy', availability: 'core' },
      { service: 'family-education', availability: 'core' },
      { service: 'case-management', availability: 'core' },
      { service: 'drug-testing', availability: 'often' },
      { service: 'medication', availability: 'often' },
    ],
    'samhsa-tip47',
  ),
  therapies: commonTherapies,
  relativeCost: secondary(
    {
      rank: 2,
      description: {
        en: 'Typically costs more than standard outpatient care and less than a PHP.',
        es: 'Suele costar más que el tratamiento ambulatorio habitual y menos que la hospitalización parcial.',
      },
    },
    'adss-cost',
  ),
  insurance: primary(
    {
      en: 'Since January 1, 2024, Medicare covers IOP when your care plan calls for at least 9 hours a week; you do not need to qualify for inpatient care. Medicaid coverage varies by state.',
      es: 'Desde el 1 de enero de 2024, Medicare cubre los programas ambulatorios intensivos cuando su plan de atención indica al menos 9 horas a la semana; no hace falta reunir los requisitos para tratamiento hospitalario. La cobertura de Medicaid varía según el estado.',
    },
    'medicare-iop',
    'macpac-2018',
  ),
  fits: primary(
    {
      en: 'People who need more structure than weekly therapy but are medically stable and have a safe home; also a step down after inpatient care or a PHP, or a step up from outpatient care.',
      es: 'Personas que necesitan más estructura que la terapia semanal, pero que están estables médicamente y tienen un hogar a salvo; también es un paso después del tratamiento hospitalario o la hospitalización parcial, o un paso para pasar a un nivel mayor desde el tratamiento ambulatorio.',
    },
    'samhsa-tip47',
    'medicare-iop',
  ),
  notAFit: primary(
    {
      en: 'People at risk of dangerous withdrawal, or with an unstable medical or mental health condition.',
      es: 'Personas con riesgo de síntomas de abstinencia peligrosos o con una afección médica o de salud mental inestable.',
    },
    'samhsa-tip47',
  ),
  stepUpTo: primary(['php', 'inpatient'], 'samhsa-tip47'),
  stepDownTo: primary(['outpatient'], 'samhsa-tip47'),
};

const outpatient: CareLevel = {
  id: 'outpatient',
  shortName: { en: 'Outpatient', es: 'Ambulatorio' },
  longName: { en: 'Outpatient treatment', es: 'Tratamiento ambulatorio' },
  summary: primary(
    {
      en: 'Regular counseling or therapy visits while living at home and keeping up with daily life.',
      es: 'Citas regulares de consejería o terapia mientras la persona vive en casa y sigue con su vida diaria.',
    },
    'findtreatment',
  ),
  asamLevels: {
    3: primary(
      {
        levels: [{ level: '1', name: { en: 'Outpatient services', es: 'Servicios ambulatorios' } }],
        summary: { en: 'Level 1 (outpatient).', es: 'Nivel 1 (ambulatorio).' },
      },
      'asam-levels',
    ),
    4: secondary(
      {
        levels: [
          {
            level: '1.0',
            name: { en: 'Long-term remission monitoring', es: 'Seguimiento de la remisión a largo plazo' },
          },
          { level: '1.5', name: { en: 'Outpatient therapy', es: 'Terapia ambulatoria' } },
          { level: '1.7', name: { en: 'Medically managed outpatient', es: 'Ambulatorio con manejo médico' } },
        ],
        summary: {
          en: 'Level 1.5 (outpatient therapy); also 1.0 (remission monitoring) and 1.7 (medically managed).',
          es: 'Nivel 1.5 (terapia ambulatoria); también 1.0 (seguimiento de la remisión) y 1.7 (con manejo médico).',
        },
      },
      'asam-4th',
    ),
  },
  sleeps: primary(atHome, 'findtreatment'),
  weeklyHours: primary(
    {
      adults: { atLeast: null, fewerThan: 9 },
      adolescents: { atLeast: null, fewerThan: 6 },
      description: {
        en: 'Fewer than 9 hours a week for adults; fewer than 6 for teens.',
        es: 'Menos de 9 horas a la semana para adultos; menos de 6 para adolescentes.',
      },
    },
    'asam-levels',
  ),
  schedule: primary(
    {
      daysPerWeek: { min: 1, max: 3 },
      hoursPerDay: null,
      description: { en: 'One to three visits a week.', es: 'De una a tres citas a la semana.' },
    },
    'findtreatment',
  ),
  typicalLength: primary(
    { en: 'Usually about 2 months to a year.', es: 'Por lo general, de unos 2 meses a un año.' },
    'findtreatment',
  ),
  medicalCare: primary(
    {
      en: 'Medical and psychiatric care as needed, usually by referral.',
      es: 'Atención médica y psiquiátrica según se necesite, por lo general mediante derivación.',
    },
    'cms-iap-2017',
  ),
  supervision: primary(
    {
      en: 'Staff see you at appointments; the rest of the time you manage on your own.',
      es: 'El personal lo ve en las citas; el resto del tiempo usted se maneja por su cuenta.',
    },
    'findtreatment',
  ),
  workOrSchool: primary(
    {
      possible: 'yes',
      description: {
        en: 'Yes: appointments fit around work, school and family.',
        es: 'Sí: las citas se acomodan al trabajo, los estudios y la familia.',
      },
    },
    'findtreatment',
  ),
  services: secondary(
    [
      { service: 'individual-counseling', availability: 'core' },
      { service: 'group-therapy', availability: 'often' },
    ],
    'findtreatment',
    'asam-levels',
  ),
  therapies: commonTherapies,
  relativeCost: primary(
    {
      rank: 1,
      description: {
        en: 'The least costly level: in a national study, an outpatient admission cost about a third as much as a residential one.',
        es: 'El nivel menos costoso: en un estudio nacional, un ingreso ambulatorio costó alrededor de un tercio de lo que costó uno residencial.',
      },
    },
    'adss-cost',
  ),
  insurance: primary(
    {
      en: 'Medicaid coverage varies by state, but outpatient care is covered more often than PHP or residential care.',
      es: 'La cobertura de Medicaid varía según el estado, pero el tratamiento ambulatorio se cubre con más frecuencia que la hospitalización parcial o el tratamiento residencial.',
    },
    'macpac-2018',
  ),
  fits: primary(
    {
      en: 'People with a stable, supportive home, a way to get to appointments, and a low risk of withdrawal, medical or mental health problems.',
      es: 'Personas con un hogar estable y de apoyo, con forma de llegar a las citas y con bajo riesgo de síntomas de abstinencia o de problemas médicos o de salud mental.',
    },
    'findtreatment',
    'cms-iap-2017',
  ),
  notAFit: primary(
    {
      en: 'Not a safe start for someone who has had withdrawal seizures or delirium tremens, or who has a serious medical illness: they need medically supervised withdrawal first.',
      es: 'No es un punto de partida seguro para quien ha tenido convulsiones por síndrome de abstinencia o delirium tremens, o tiene una enfermedad médica grave: primero necesita manejo de la abstinencia con supervisión médica.',
    },
    'asam-awm-2020',
  ),
  stepUpTo: primary(['iop', 'php', 'inpatient'], 'samhsa-tip47'),
  stepDownTo: primary([], 'samhsa-tip47'),
};

/** Each level of care by its id. */
export const levels: { readonly [Id in LevelId]: CareLevel } = { inpatient, php, iop, outpatient };

/** The four levels, from most to least intensive. */
export const levelList: readonly CareLevel[] = levelIds.map((id) => levels[id]);

/**
 * Withdrawal management ("detox") is a service, not a fifth level: it makes stopping safe and is followed by one of
 * the four levels. Show this wherever a person might take detox for the whole of treatment.
 */
export const withdrawalManagementNote: Sourced<Localized> = primary(
  {
    en: 'Withdrawal management ("detox") helps a person stop using safely, often with medicine. It takes several days to a week or more and is not treatment by itself: one of the four levels of care should follow.',
    es: 'El manejo de la abstinencia (antes llamado "desintoxicación") ayuda a dejar de consumir sin correr peligro, a menudo con medicamentos. Dura de varios días a una semana o más y no es un tratamiento por sí solo: después debe seguir uno de los cuatro niveles de atención.',
  },
  'findtreatment',
  'asam-awm-2020',
  'tx-hhs-es',
);
