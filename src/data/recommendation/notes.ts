/**
 * The notes shown with a recommendation, each with the condition that shows it, in order of urgency
 * (clinical-facts.md, "Other signals"): overdose and mixing, then medication safety, then the rest. Notes never
 * suggest stopping a medication for addiction, a psychiatric medicine, or a medicine taken as prescribed.
 */
import type { Condition, NoteId, NoteInfo } from '../questionnaire-types.js';
import { alcoholOrCannabisOnly } from './rating-rules.js';

const withdrawalManagement: Condition = {
  any: [
    { firstStep: 'withdrawal-hospital' },
    { firstStep: 'withdrawal-24-hour' },
    { firstStep: 'withdrawal-ambulatory' },
    { firstStep: 'sedative-taper' },
  ],
};
const methadoneOrBuprenorphine: Condition = { medication: ['buprenorphine', 'methadone'] };
const sedativesOrAlcohol: Condition = { uses: ['alcohol', 'sedatives', 'prescribed-benzodiazepines'] };
const afterDetoxNote: Condition = { note: 'after-withdrawal-overdose-risk' };

/** Every note, by id, in the order they are shown. */
export const notes: { readonly [N in NoteId]: NoteInfo & { readonly id: N } } = {
  'after-withdrawal-overdose-risk': {
    id: 'after-withdrawal-overdose-risk',
    text: {
      self: {
        en: 'After detox your body can’t handle your old amount of opioids: a smaller dose can kill. Carry naloxone, and don’t use alone.',
        es: 'Después del manejo de la abstinencia (desintoxicación), su cuerpo ya no aguanta la cantidad de opioides de antes: una dosis más pequeña puede matar. Lleve naloxona consigo y no consuma a solas.',
      },
      other: {
        en: 'After detox their body can’t handle their old amount of opioids: a smaller dose can kill. Keep naloxone at hand, and make sure they don’t use alone.',
        es: 'Después del manejo de la abstinencia (desintoxicación), el cuerpo de esa persona ya no aguanta la cantidad de opioides de antes: una dosis más pequeña puede matar. Tenga naloxona a mano y procure que no consuma a solas.',
      },
    },
    when: { all: [withdrawalManagement, { uses: ['opioids', 'sedatives'] }] },
    sources: ['samhsa-tip63', 'fda-naloxone-otc'],
    evidence: 'primary',
  },
  'naltrexone-with-opioids': {
    id: 'naltrexone-with-opioids',
    text: {
      self: {
        en: 'Using opioids on naltrexone is dangerous: taking more to get past the block, or using after a dose wears off or is missed, can cause a deadly overdose. Talk with your prescriber soon about whether buprenorphine or methadone fits you better.',
        es: 'Consumir opioides mientras toma naltrexona es peligroso: tomar más para superar el bloqueo, o consumir cuando una dosis deja de hacer efecto o se salta, puede causar una sobredosis mortal. Hable pronto con quien se la receta sobre si la buprenorfina o la metadona le conviene más.',
      },
      other: {
        en: 'Using opioids on naltrexone is dangerous: taking more to get past the block, or using after a dose wears off or is missed, can cause a deadly overdose. They should talk with their prescriber soon about whether buprenorphine or methadone fits them better.',
        es: 'Consumir opioides mientras toma naltrexona es peligroso: tomar más para superar el bloqueo, o consumir cuando una dosis deja de hacer efecto o se salta, puede causar una sobredosis mortal. Esa persona debe hablar pronto con quien se la receta sobre si la buprenorfina o la metadona le conviene más.',
      },
    },
    when: { all: [{ medication: ['naltrexone'] }, { uses: ['opioids'] }, { usingNow: true }] },
    sources: ['fda-vivitrol-label'],
    evidence: 'primary',
  },
  'naloxone-opioids': {
    id: 'naloxone-opioids',
    text: {
      self: {
        en: 'Keep naloxone (Narcan) with you. It reverses an opioid overdose, and you can buy it without a prescription. After any break (treatment, hospital, jail) a smaller amount can kill. Fentanyl can be in pills and other drugs.',
        es: 'Lleve naloxona (Narcan) consigo. Revierte una sobredosis de opioides, y se puede comprar sin receta. Después de cualquier pausa (tratamiento, hospital, cárcel), una cantidad más pequeña puede matar. El fentanilo puede estar en pastillas y otras drogas.',
      },
      other: {
        en: 'Keep naloxone (Narcan) at hand for them. It reverses an opioid overdose, and anyone can buy it without a prescription. After any break (treatment, hospital, jail) a smaller amount can kill. Fentanyl can be in pills and other drugs.',
        es: 'Tenga naloxona (Narcan) a mano para esa persona. Revierte una sobredosis de opioides, y cualquiera la puede comprar sin receta. Después de cualquier pausa (tratamiento, hospital, cárcel), una cantidad más pequeña puede matar. El fentanilo puede estar en pastillas y otras drogas.',
      },
    },
    when: { all: [{ uses: ['opioids'] }, { not: afterDetoxNote }] },
    sources: ['fda-naloxone-otc', 'fda-naloxone-2020', 'samhsa-tip63'],
    evidence: 'primary',
  },
  naloxone: {
    id: 'naloxone',
    text: {
      self: {
        en: 'Keep naloxone (Narcan) with you. It reverses an opioid overdose, and you can buy it without a prescription. Fentanyl can be in pills not from a pharmacy and in other drugs.',
        es: 'Lleve naloxona (Narcan) consigo. Revierte una sobredosis de opioides, y se puede comprar sin receta. El fentanilo puede estar en pastillas que no vienen de una farmacia y en otras drogas.',
      },
      other: {
        en: 'Keep naloxone (Narcan) at hand for them. It reverses an opioid overdose, and anyone can buy it without a prescription. Fentanyl can be in pills not from a pharmacy and in other drugs.',
        es: 'Tenga naloxona (Narcan) a mano para esa persona. Revierte una sobredosis de opioides, y cualquiera la puede comprar sin receta. El fentanilo puede estar en pastillas que no vienen de una farmacia y en otras drogas.',
      },
    },
    when: {
      all: [
        { not: { uses: ['opioids'] } },
        { not: afterDetoxNote },
        {
          any: [
            { uses: ['sedatives', 'stimulants'] },
            methadoneOrBuprenorphine,
            { all: [{ uses: ['prescribed-opioids'] }, sedativesOrAlcohol] },
            { all: [{ overdose: ['past-year', 'past-3-months'] }, { not: alcoholOrCannabisOnly }] },
          ],
        },
      ],
    },
    sources: ['fda-naloxone-2020', 'fda-naloxone-otc'],
    evidence: 'primary',
  },
  'alcohol-overdose': {
    id: 'alcohol-overdose',
    text: {
      self: {
        en: 'Alcohol poisoning can kill. If someone can’t be woken, breathes slowly or is vomiting while passed out, call 911. Never leave them to sleep it off: lay them on their side and stay with them.',
        es: 'La intoxicación por alcohol puede matar. Si alguien no despierta, respira despacio o vomita mientras está inconsciente, llame al 911. Nunca le deje dormir para que se le pase: acuéstele de lado y quédese con esa persona.',
      },
      other: {
        en: 'Alcohol poisoning can kill. If they can’t be woken, breathe slowly or vomit while passed out, call 911. Never leave them to sleep it off: lay them on their side and stay with them.',
        es: 'La intoxicación por alcohol puede matar. Si esa persona no despierta, respira despacio o vomita mientras está inconsciente, llame al 911. Nunca la deje dormir para que se le pase: acuéstela de lado y quédese con ella.',
      },
    },
    when: { all: [{ overdose: ['past-year', 'past-3-months'] }, alcoholOrCannabisOnly] },
    sources: ['niaaa-alcohol-overdose'],
    evidence: 'primary',
  },
  'opioids-with-sedatives-or-alcohol': {
    id: 'opioids-with-sedatives-or-alcohol',
    text: {
      self: {
        en: 'Opioids of any kind, methadone and buprenorphine included, together with benzos, other sedatives or alcohol raise the risk of a deadly overdose. Don’t stop either medicine on your own; tell every prescriber everything you take, and keep naloxone.',
        es: 'Los opioides de cualquier tipo, incluidas la metadona y la buprenorfina, junto con benzodiacepinas, otros sedantes o alcohol aumentan el riesgo de una sobredosis mortal. No deje ninguno de los dos medicamentos por su cuenta; dígale a cada persona que le receta todo lo que toma, y tenga naloxona.',
      },
      other: {
        en: 'Opioids of any kind, methadone and buprenorphine included, together with benzos, other sedatives or alcohol raise the risk of a deadly overdose. They should not stop either medicine on their own, should tell every prescriber everything they take, and should keep naloxone.',
        es: 'Los opioides de cualquier tipo, incluidas la metadona y la buprenorfina, junto con benzodiacepinas, otros sedantes o alcohol aumentan el riesgo de una sobredosis mortal. Esa persona no debe dejar ninguno de los dos medicamentos por su cuenta; debe decirle a cada persona que le receta todo lo que toma, y tener naloxona.',
      },
    },
    when: { all: [{ any: [{ uses: ['opioids', 'prescribed-opioids'] }, methadoneOrBuprenorphine] }, sedativesOrAlcohol] },
    sources: ['fda-opioid-benzo-2016', 'fda-moud-benzo-2017'],
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
    when: { medication: ['buprenorphine', 'methadone', 'naltrexone'] },
    sources: ['samhsa-tip63'],
    evidence: 'primary',
  },
  'addiction-medication-dose': {
    id: 'addiction-medication-dose',
    text: {
      self: {
        en: 'Still using opioids while on methadone or buprenorphine? Talk with your clinic about your dose: it may need to change.',
        es: '¿Sigue consumiendo opioides mientras toma metadona o buprenorfina? Hable con su clínica sobre su dosis: puede que haya que cambiarla.',
      },
      other: {
        en: 'Still using opioids while on methadone or buprenorphine? They should talk with their clinic about their dose: it may need to change.',
        es: '¿Esa persona sigue consumiendo opioides mientras toma metadona o buprenorfina? Debe hablar con su clínica sobre su dosis: puede que haya que cambiarla.',
      },
    },
    when: { all: [methadoneOrBuprenorphine, { uses: ['opioids'] }, { usingNow: true }] },
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
    when: { all: [{ pregnant: true }, { uses: ['opioids'] }] },
    sources: ['acog-711', 'samhsa-pregnancy-oud'],
    evidence: 'primary',
  },
  'pregnancy-prescribed-medicine': {
    id: 'pregnancy-prescribed-medicine',
    text: {
      self: {
        en: 'Keep taking your prescribed medicine as prescribed, don’t stop suddenly, and tell your prescriber and your prenatal care provider about it.',
        es: 'Siga tomando su medicamento recetado como se lo recetaron, no lo deje de golpe, y cuénteselo a quien se lo receta y a quien le atiende en el control prenatal.',
      },
      other: {
        en: 'They should keep taking their prescribed medicine as prescribed, not stop suddenly, and tell their prescriber and their prenatal care provider about it.',
        es: 'Esa persona debe seguir tomando su medicamento recetado como se lo recetaron, no dejarlo de golpe, y contárselo a quien se lo receta y a quien le atiende en el control prenatal.',
      },
    },
    when: { all: [{ pregnant: true }, { uses: ['prescribed-opioids', 'prescribed-benzodiazepines'] }] },
    sources: ['fda-opioid-taper-2019', 'fda-benzo-2020', 'acog-711'],
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
    when: { uses: ['prescribed-benzodiazepines'] },
    sources: ['fda-benzo-2020', 'benzo-taper-2025'],
    evidence: 'primary',
  },
  'prescribed-benzodiazepines-65-plus': {
    id: 'prescribed-benzodiazepines-65-plus',
    text: {
      self: {
        en: 'After 65, benzos raise the risk of falls and confusion. Ask your prescriber about slowly tapering.',
        es: 'Después de los 65 años, las benzodiacepinas aumentan el riesgo de caídas y de confusión. Pregúntele a quien se las receta sobre reducir la dosis poco a poco.',
      },
      other: {
        en: 'After 65, benzos raise the risk of falls and confusion. They can ask their prescriber about slowly tapering.',
        es: 'Después de los 65 años, las benzodiacepinas aumentan el riesgo de caídas y de confusión. Esa persona puede preguntarle a quien se las receta sobre reducir la dosis poco a poco.',
      },
    },
    when: { all: [{ uses: ['prescribed-benzodiazepines'] }, { ageBand: ['65-plus'] }] },
    sources: ['benzo-taper-2025'],
    evidence: 'primary',
  },
  'prescribed-opioids': {
    id: 'prescribed-opioids',
    text: {
      self: {
        en: 'Keep taking your opioid pain medicine as prescribed, and don’t stop it suddenly. Talk with your prescriber: any change should be slow and planned with you.',
        es: 'Siga tomando el analgésico opioide como se lo recetaron, y no lo deje de golpe. Hable con quien se lo receta: cualquier cambio debe ser lento y planeado con usted.',
      },
      other: {
        en: 'They should keep taking their opioid pain medicine as prescribed and not stop it suddenly. Any change should be slow and planned with their prescriber.',
        es: 'Esa persona debe seguir tomando el analgésico opioide como se lo recetaron, y no dejarlo de golpe. Cualquier cambio debe ser lento y planeado con quien se lo receta.',
      },
    },
    when: { uses: ['prescribed-opioids'] },
    sources: ['fda-opioid-taper-2019'],
    evidence: 'primary',
  },
  'alcohol-do-not-stop-suddenly': {
    id: 'alcohol-do-not-stop-suddenly',
    text: {
      self: {
        en: 'Don’t stop drinking suddenly on your own: withdrawal can be dangerous. Tell the intake team how much you drink.',
        es: 'No deje de tomar alcohol de golpe por su cuenta: los síntomas de abstinencia pueden ser peligrosos. Dígale al equipo de admisión cuánto toma.',
      },
      other: {
        en: 'Stopping drinking suddenly can be dangerous for them. The intake team should hear how much they drink.',
        es: 'Dejar de tomar alcohol de golpe puede ser peligroso para esa persona. El equipo de admisión debe saber cuánto toma.',
      },
    },
    when: { signal: 'drinks-most-days' },
    sources: ['asam-awm-2020'],
    evidence: 'primary',
  },
  'other-substances': {
    id: 'other-substances',
    text: {
      self: {
        en: 'GHB, gabapentin, phenibut, carisoprodol and barbiturates need medical help to stop. Tell the intake team exactly what you take.',
        es: 'El GHB, la gabapentina, el phenibut, el carisoprodol y los barbitúricos requieren ayuda médica para dejarlos. Dígale al equipo de admisión exactamente qué toma.',
      },
      other: {
        en: 'GHB, gabapentin, phenibut, carisoprodol and barbiturates need medical help to stop. The intake team should hear exactly what they take.',
        es: 'El GHB, la gabapentina, el phenibut, el carisoprodol y los barbitúricos requieren ayuda médica para dejarlos. El equipo de admisión debe saber exactamente qué toma esa persona.',
      },
    },
    when: { all: [{ uses: ['other'] }, { usingNow: true }] },
    sources: [],
    evidence: 'secondary',
  },
  'past-complicated-withdrawal': {
    id: 'past-complicated-withdrawal',
    text: {
      self: {
        en: 'A past seizure, DTs or many withdrawals make stopping riskier if you drink or use heavily again. Tell the intake team, and get medical help before stopping.',
        es: 'Una convulsión o un delirium tremens en el pasado, o muchas veces con síntomas de abstinencia, hacen más riesgoso dejar de consumir si vuelve a consumir mucho. Dígaselo al equipo de admisión y busque ayuda médica antes de dejarlo.',
      },
      other: {
        en: 'A past seizure, DTs or many withdrawals make stopping riskier if they drink or use heavily again. The intake team should know, and they should get medical help before stopping.',
        es: 'Una convulsión o un delirium tremens en el pasado, o muchas veces con síntomas de abstinencia, hacen más riesgoso dejar de consumir si esa persona vuelve a consumir mucho. El equipo de admisión debe saberlo, y debe buscar ayuda médica antes de dejarlo.',
      },
    },
    when: { all: [{ signal: 'past-complicated-withdrawal' }, { not: withdrawalManagement }] },
    sources: ['asam-awm-2020'],
    evidence: 'primary',
  },
  'safety-plan': {
    id: 'safety-plan',
    text: {
      self: {
        en: 'Because of your past suicide attempt, ask the program to make a safety plan with you. If thoughts of suicide come back, call or text 988 at any time.',
        es: 'Por su intento de suicidio en el pasado, pida al programa que haga un plan de seguridad con usted. Si vuelven los pensamientos de suicidio, llame o envíe un mensaje de texto al 988 en cualquier momento.',
      },
      other: {
        en: 'Because of their past suicide attempt, ask the program to make a safety plan with them. If thoughts of suicide come back, anyone can call or text 988 at any time.',
        es: 'Por el intento de suicidio de esa persona en el pasado, pida al programa que haga un plan de seguridad con ella. Si vuelven los pensamientos de suicidio, cualquiera puede llamar o enviar un mensaje de texto al 988 en cualquier momento.',
      },
    },
    when: { signal: 'past-suicide-attempt' },
    sources: ['988'],
    evidence: 'secondary',
  },
  'psychiatric-evaluation': {
    id: 'psychiatric-evaluation',
    text: {
      self: {
        en: 'Hearing or seeing things others don’t, or days without sleep with racing thoughts, call for a psychiatric visit soon, within days. If you don’t feel safe, call or text 988.',
        es: 'Oír o ver cosas que otros no oyen ni ven, o pasar días sin dormir con pensamientos acelerados, requiere una consulta psiquiátrica pronto, en pocos días. Si no se siente a salvo, llame o envíe un mensaje de texto al 988.',
      },
      other: {
        en: 'Hearing or seeing things others don’t, or days without sleep with racing thoughts, call for a psychiatric visit soon, within days. If they seem unsafe, call or text 988.',
        es: 'Oír o ver cosas que otros no oyen ni ven, o pasar días sin dormir con pensamientos acelerados, requiere una consulta psiquiátrica pronto, en pocos días. Si esa persona parece estar en peligro, llame o envíe un mensaje de texto al 988.',
      },
    },
    when: { signal: 'psychosis-or-mania' },
    sources: ['apa-psych-eval-2016', '988'],
    evidence: 'primary',
  },
  'recovery-housing': {
    id: 'recovery-housing',
    text: {
      self: {
        en: 'Ask the program about housing help and recovery residences ("sober living"). Most require no drinking or drug use; ask whether they accept your medication.',
        es: 'Pregunte al programa por ayuda con la vivienda y por residencias de recuperación ("sober living"). La mayoría exige no tomar alcohol ni consumir drogas; pregunte si aceptan su medicamento.',
      },
      other: {
        en: 'Ask the program about housing help and recovery residences ("sober living") for them. Most require no drinking or drug use; ask whether they accept their medication.',
        es: 'Pregunte al programa por ayuda con la vivienda y por residencias de recuperación ("sober living") para esa persona. La mayoría exige no tomar alcohol ni consumir drogas; pregunte si aceptan su medicamento.',
      },
    },
    when: { all: [{ not: { helpWith: ['mental-health'] } }, { signal: 'no-steady-home' }] },
    sources: ['samhsa-recovery-housing-2023'],
    evidence: 'primary',
  },
  'mental-health-housing': {
    id: 'mental-health-housing',
    text: {
      self: {
        en: 'A safe place to stay is part of care: call or text 211 for local housing help, and ask the program about it too.',
        es: 'Un lugar a salvo donde quedarse es parte de la atención: llame o envíe un mensaje de texto al 211 para recibir ayuda local con la vivienda, y pregúntele también al programa.',
      },
      other: {
        en: 'A safe place to stay is part of care: 211 (call or text) gives local housing help, and the program can help too.',
        es: 'Un lugar a salvo donde quedarse es parte de la atención: el 211 (por llamada o mensaje de texto) da ayuda local con la vivienda, y el programa también puede ayudar.',
      },
    },
    when: { all: [{ helpWith: ['mental-health'] }, { signal: 'no-steady-home' }] },
    sources: ['asam-levels'],
    evidence: 'secondary',
  },
  'adolescent-care': {
    id: 'adolescent-care',
    text: {
      self: {
        en: 'Programs for teens have their own hours: an intensive outpatient program is at least 6 hours a week, and outpatient care fewer than 6. The center will explain its rules on consent and on what is shared with parents.',
        es: 'Los programas para adolescentes tienen sus propios horarios: un programa ambulatorio intensivo es de al menos 6 horas por semana, y el tratamiento ambulatorio de menos de 6. El centro le explicará sus reglas sobre el consentimiento y sobre lo que se comparte con los padres.',
      },
      other: {
        en: 'Programs for teens have their own hours: an intensive outpatient program is at least 6 hours a week, and outpatient care fewer than 6. The center will explain its rules on consent and on what is shared with parents.',
        es: 'Los programas para adolescentes tienen sus propios horarios: un programa ambulatorio intensivo es de al menos 6 horas por semana, y el tratamiento ambulatorio de menos de 6. El centro le explicará sus reglas sobre el consentimiento y sobre lo que se comparte con los padres.',
      },
    },
    when: { ageBand: ['under-18'] },
    sources: ['asam-levels'],
    evidence: 'primary',
  },
  'older-adult': {
    id: 'older-adult',
    text: {
      self: {
        en: 'After 65, falls are more of a risk, and alcohol mixed with sleep or anxiety medicines is especially risky: tell your doctor everything you take.',
        es: 'Después de los 65 años, las caídas son un riesgo mayor, y el alcohol con medicinas para dormir o para la ansiedad es muy riesgoso: cuéntele a su médico todo lo que toma.',
      },
      other: {
        en: 'After 65, falls are more of a risk, and alcohol mixed with sleep or anxiety medicines is especially risky: their doctor should know everything they take.',
        es: 'Después de los 65 años, las caídas son un riesgo mayor, y el alcohol con medicinas para dormir o para la ansiedad es muy riesgoso: su médico debe saber todo lo que toma esa persona.',
      },
    },
    when: { all: [{ ageBand: ['65-plus'] }, { usingNow: true }] },
    sources: ['asam-awm-2020'],
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
    when: { unanswered: true },
    sources: [],
    evidence: 'primary',
  },
};
