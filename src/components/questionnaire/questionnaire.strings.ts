import type { Localized } from '../../data/locale.js';

/** The danger a red flag names now: a medical emergency (overdose, severe withdrawal), self-harm, or harm to others. */
export type EmergencyKind = 'medical' | 'self-harm' | 'harm-others';

/** Every piece of interface text `<care-questionnaire>` shows, in each supported language. */
export interface QuestionnaireStrings {
  readonly introHeading: string;
  readonly questionCount: (fewest: number, most: number) => string;
  readonly crisisLine: { readonly self: string; readonly other: string };
  readonly firstStepsHeading: string;
  readonly thenLevel: (levelName: string) => string;
  readonly notesHeading: string;
  readonly findTreatment: string;
  readonly start: string;
  /** Pre-rendered, before or without JavaScript: what to do instead of the questions, before the center's links. */
  readonly withoutScript: string;
  readonly progress: (current: number, total: number) => string;
  /** Said in the status region when an answer makes the path longer or shorter. */
  readonly pathLength: (total: number) => string;
  readonly back: string;
  readonly continue: string;
  readonly seeResult: string;
  readonly answerRequired: string;
  readonly answerRequiredAgain: string;
  /** The same two messages for a "choose all that apply" question. */
  readonly answersRequired: string;
  readonly answersRequiredAgain: string;
  readonly crisisHeading: string;
  readonly crisisText: { readonly self: string; readonly other: string };
  /** The 911 box on the crisis screen, by the danger the answer names, worded for who the answers are about. */
  readonly crisisEmergency: { readonly [K in EmergencyKind]: { readonly self: string; readonly other: string } };
  readonly crisisBack: string;
  readonly resultHeading: (levelName: string) => string;
  readonly resultAnnouncement: (levelName: string) => string;
  readonly crisisAnnouncement: string;
  readonly provisional: { readonly self: string; readonly other: string };
  readonly notOfferedWithContact: string;
  readonly notOfferedWithoutContact: string;
  readonly reasonsHeading: string;
  readonly involvesHeading: string;
  readonly hours: string;
  readonly schedule: string;
  readonly length: string;
  readonly sleeps: { readonly self: string; readonly other: string };
  readonly nextStepHeading: string;
  readonly nextStepText: string;
  readonly callUs: (phone: string) => string;
  readonly defaultCtaLabel: string;
  readonly helplineText: string;
  readonly helplineCall: string;
  readonly helplineTty: string;
  readonly print: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly changeAnswers: string;
  readonly startOver: string;
  readonly answersHeading: string;
  readonly notAnswered: string;
  readonly asamNote: string;
  readonly summaryTitle: string;
  /** Ends a printed or copied summary that left out a private answer (violence at home). */
  readonly privateAnswerLeftOut: string;
  /** Beside a private question or result: someone else may see this screen. */
  readonly sharedDevice: string;
  readonly quickExit: string;
  readonly configError: string;
}

export const questionnaireStrings: Localized<QuestionnaireStrings> = {
  en: {
    introHeading: 'Where could I start?',
    questionCount: (fewest, most) =>
      `There are ${fewest} to ${most} short questions, depending on your answers. You can go back and change an answer at any time.`,
    crisisLine: {
      self: 'In danger now? Call 911. To talk with someone now, call or text 988.',
      other: 'If they are in danger now, call 911. To talk with someone now, call or text 988.',
    },
    firstStepsHeading: 'Start with',
    thenLevel: (levelName) => `Then: ${levelName}`,
    notesHeading: 'Good to know',
    findTreatment: 'Find a program that offers it at FindTreatment.gov',
    start: 'Start',
    withoutScript: 'The questions need JavaScript, which has not run on this page; to talk about where to start, reach out here:',
    progress: (current, total) => `Question ${current} of ${total}`,
    pathLength: (total) => `There are now ${total} questions.`,
    back: 'Back',
    continue: 'Continue',
    seeResult: 'See my result',
    answerRequired: 'Choose an answer to continue.',
    answerRequiredAgain: 'You still need to choose an answer to continue.',
    answersRequired: 'Choose at least one answer to continue.',
    answersRequiredAgain: 'You still need to choose at least one answer to continue.',
    crisisHeading: 'Please reach out for help now',
    crisisText: {
      self:
        'Your answer tells us you may need help right away, so we have stopped the questions. The services below are ' +
        'free and confidential, and someone can talk with you now.',
      other:
        'Your answer tells us they may need help right away, so we have stopped the questions. The services below ' +
        'are free and confidential, and someone can talk with you or with them now.',
    },
    crisisEmergency: {
      medical: {
        self:
          'If someone may have overdosed, is having a seizure, has trouble breathing or chest pain, or is very ' +
          'confused, call 911 now.',
        other:
          'If they may have overdosed, are having a seizure, have trouble breathing or chest pain, or are very ' +
          'confused, call 911 now.',
      },
      'self-harm': {
        self: 'If you might act on these thoughts, or you have hurt yourself, call 911 now or go to the nearest emergency room.',
        other: 'If they are in danger now, or have hurt themselves, call 911 now. Stay with them if you can do so safely.',
      },
      'harm-others': {
        self: 'If you feel you might hurt someone now, call 911 now.',
        other: 'If they might hurt someone now, call 911 now, and keep yourself and others safe.',
      },
    },
    crisisBack: 'Back to my answer',
    resultHeading: (levelName) => `A place to start: ${levelName}`,
    resultAnnouncement: (levelName) => `Your result is ready. A place to start: ${levelName}.`,
    crisisAnnouncement: 'The questions have stopped. Please reach out for help now.',
    provisional: {
      self:
        'This is a suggestion of where to start, not a diagnosis or a placement. A licensed professional’s full ' +
        'assessment decides what care is right for you.',
      other:
        'This is a suggestion of where to start, not a diagnosis or a placement. A licensed professional’s full ' +
        'assessment decides what care is right for them.',
    },
    notOfferedWithContact: 'We don’t offer this level of care ourselves. We can help you find a program that does.',
    notOfferedWithoutContact:
      'This program doesn’t offer this level of care. The SAMHSA National Helpline can help you find a program that does.',
    reasonsHeading: 'Why we suggest this',
    involvesHeading: 'What this involves',
    hours: 'Hours of treatment',
    schedule: 'Schedule',
    length: 'Length',
    sleeps: { self: 'Where you sleep', other: 'Where they sleep' },
    nextStepHeading: 'Your next step',
    nextStepText: 'Talk with us about a full assessment. Bring your answers: they can help the conversation.',
    callUs: (phone) => `Call us: ${phone}`,
    defaultCtaLabel: 'Book an assessment',
    helplineText:
      'Call the SAMHSA National Helpline to find treatment near you. It is free, confidential and open 24/7, in ' +
      'English and Spanish.',
    helplineCall: 'Call SAMHSA: 1-800-662-4357',
    helplineTty: 'TTY 1-800-487-4889',
    print: 'Print summary',
    copy: 'Copy summary',
    copied: 'Summary copied.',
    copyFailed: 'The summary could not be copied. Use Print summary instead, or select the text and copy it.',
    changeAnswers: 'Change my answers',
    startOver: 'Start over',
    answersHeading: 'Your answers',
    notAnswered: 'Not answered',
    asamNote: 'This questionnaire is informed by the six dimensions used in the ASAM Criteria.',
    summaryTitle: 'Where to start: a summary of my answers',
    privateAnswerLeftOut: 'One answer was left out of this summary for privacy.',
    sharedDevice:
      'If someone else uses this device, they may see this page. You can leave it quickly at any time; your answers are cleared.',
    quickExit: 'Leave this page now',
    configError:
      'Some of this center’s settings could not be read, so its own details may be missing. The questions still work.',
  },
  es: {
    introHeading: '¿Por dónde podría empezar?',
    questionCount: (fewest, most) =>
      `Son de ${fewest} a ${most} preguntas cortas, según sus respuestas. Puede volver atrás y cambiar una respuesta en cualquier momento.`,
    crisisLine: {
      self: '¿Está en peligro ahora? Llame al 911. Para hablar con alguien ahora, llame o envíe un mensaje de texto al 988.',
      other:
        'Si esa persona está en peligro ahora, llame al 911. Para hablar con alguien ahora, llame o envíe un mensaje de texto al 988.',
    },
    firstStepsHeading: 'Empiece con',
    thenLevel: (levelName) => `Después: ${levelName}`,
    notesHeading: 'Conviene saber',
    findTreatment: 'Encuentre un programa que lo ofrezca en FindTreatment.gov',
    start: 'Empezar',
    withoutScript: 'Las preguntas necesitan JavaScript, que no se ha ejecutado en esta página; para hablar de por dónde empezar, comuníquese aquí:',
    progress: (current, total) => `Pregunta ${current} de ${total}`,
    pathLength: (total) => `Ahora hay ${total} preguntas.`,
    back: 'Atrás',
    continue: 'Continuar',
    seeResult: 'Ver mi resultado',
    answerRequired: 'Elija una respuesta para continuar.',
    answerRequiredAgain: 'Todavía tiene que elegir una respuesta para continuar.',
    answersRequired: 'Elija al menos una respuesta para continuar.',
    answersRequiredAgain: 'Todavía tiene que elegir al menos una respuesta para continuar.',
    crisisHeading: 'Por favor, pida ayuda ahora',
    crisisText: {
      self:
        'Su respuesta nos dice que quizás necesite ayuda enseguida, así que detuvimos las preguntas. Los servicios de ' +
        'abajo son gratuitos y confidenciales, y alguien puede hablar con usted ahora.',
      other:
        'Su respuesta nos dice que esa persona quizás necesite ayuda enseguida, así que detuvimos las preguntas. Los ' +
        'servicios de abajo son gratuitos y confidenciales, y alguien puede hablar ahora con usted o con esa persona.',
    },
    crisisEmergency: {
      medical: {
        self:
          'Si alguien pudo haber tenido una sobredosis, tiene una convulsión, le cuesta respirar, tiene dolor en el ' +
          'pecho o mucha confusión, llame al 911 ahora.',
        other:
          'Si esa persona pudo haber tenido una sobredosis, tiene una convulsión, le cuesta respirar, tiene dolor en ' +
          'el pecho o mucha confusión, llame al 911 ahora.',
      },
      'self-harm': {
        self:
          'Si podría actuar según esos pensamientos, o si se hizo daño, llame al 911 ahora o vaya a la sala de ' +
          'emergencias más cercana.',
        other:
          'Si esa persona está en peligro ahora, o se hizo daño, llame al 911 ahora. Quédese con ella si puede ' +
          'hacerlo sin peligro.',
      },
      'harm-others': {
        self: 'Si siente que podría hacerle daño a alguien ahora, llame al 911 ahora.',
        other: 'Si esa persona podría hacerle daño a alguien ahora, llame al 911 ahora, y póngase a salvo usted y a los demás.',
      },
    },
    crisisBack: 'Volver a mi respuesta',
    resultHeading: (levelName) => `Por dónde empezar: ${levelName}`,
    resultAnnouncement: (levelName) => `Su resultado está listo. Por dónde empezar: ${levelName}.`,
    crisisAnnouncement: 'Las preguntas se detuvieron. Por favor, pida ayuda ahora.',
    provisional: {
      self:
        'Esto es una sugerencia de por dónde empezar, no un diagnóstico ni una asignación. Lo que decide la atención ' +
        'adecuada para usted es una evaluación completa hecha por un profesional con licencia.',
      other:
        'Esto es una sugerencia de por dónde empezar, no un diagnóstico ni una asignación. Lo que decide la atención ' +
        'adecuada para esa persona es una evaluación completa hecha por un profesional con licencia.',
    },
    notOfferedWithContact:
      'Nosotros no ofrecemos este nivel de atención. Podemos ayudarle a encontrar un programa que lo ofrezca.',
    notOfferedWithoutContact:
      'Este programa no ofrece este nivel de atención. La Línea Nacional de Ayuda de SAMHSA puede ayudarle a ' +
      'encontrar un programa que lo ofrezca.',
    reasonsHeading: 'Por qué le sugerimos esto',
    involvesHeading: 'En qué consiste',
    hours: 'Horas de tratamiento',
    schedule: 'Horario',
    length: 'Duración',
    sleeps: { self: 'Dónde duerme', other: 'Dónde duerme esa persona' },
    nextStepHeading: 'Su próximo paso',
    nextStepText:
      'Hable con nosotros sobre una evaluación completa. Traiga sus respuestas: pueden ayudar en la conversación.',
    callUs: (phone) => `Llámenos: ${phone}`,
    defaultCtaLabel: 'Pida una evaluación',
    helplineText:
      'Llame a la Línea Nacional de Ayuda de SAMHSA para encontrar tratamiento cerca de usted. Es gratuita, ' +
      'confidencial y atiende las 24 horas, en inglés y en español.',
    helplineCall: 'Llamar a SAMHSA: 1-800-662-4357',
    helplineTty: 'TTY 1-800-487-4889',
    print: 'Imprimir resumen',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado.',
    copyFailed: 'No se pudo copiar el resumen. Use Imprimir resumen, o seleccione el texto y cópielo.',
    changeAnswers: 'Cambiar mis respuestas',
    startOver: 'Empezar de nuevo',
    answersHeading: 'Sus respuestas',
    notAnswered: 'Sin respuesta',
    asamNote: 'Este cuestionario se inspira en las seis dimensiones que se usan en los Criterios de ASAM.',
    summaryTitle: 'Por dónde empezar: resumen de mis respuestas',
    privateAnswerLeftOut: 'Para proteger la privacidad, una respuesta no se incluye en este resumen.',
    sharedDevice:
      'Si otra persona usa este dispositivo, podría ver esta página. Puede salir rápido en cualquier momento; sus respuestas se borran.',
    quickExit: 'Salir de esta página ahora',
    configError:
      'No se pudieron leer algunos ajustes de este centro, así que pueden faltar algunos de sus datos. Las preguntas ' +
      'funcionan igual.',
  },
};
