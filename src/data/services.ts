/** The services programs give, named once so every level, table cell and page words them the same way. */
import type { Service, ServiceId } from './types.js';

/** Each service by its id. Names are in sentence case, as they start a list. */
export const services: { readonly [Id in ServiceId]: Service & { readonly id: Id } } = {
  'individual-counseling': {
    id: 'individual-counseling',
    name: { en: 'Individual counseling', es: 'Orientación psicológica individual' },
  },
  'group-therapy': { id: 'group-therapy', name: { en: 'Group therapy', es: 'Terapia de grupo' } },
  'family-education': {
    id: 'family-education',
    name: { en: 'Family education', es: 'Educación para la familia' },
    glossaryTerm: 'family-therapy',
  },
  'case-management': {
    id: 'case-management',
    name: { en: 'Case management', es: 'Manejo de casos' },
    glossaryTerm: 'case-management',
  },
  'drug-testing': { id: 'drug-testing', name: { en: 'Drug testing', es: 'Pruebas de drogas' } },
  medication: {
    id: 'medication',
    name: { en: 'Medication for addiction', es: 'Medicamentos para la adicción' },
    glossaryTerm: 'mat',
  },
  'psychiatric-care': { id: 'psychiatric-care', name: { en: 'Psychiatric care', es: 'Atención psiquiátrica' } },
  'medical-care': { id: 'medical-care', name: { en: 'Medical care', es: 'Atención médica' } },
  'nursing-care': { id: 'nursing-care', name: { en: '24-hour nursing', es: 'Enfermería las 24 horas' } },
  'withdrawal-management': {
    id: 'withdrawal-management',
    name: { en: 'Withdrawal management (detox)', es: 'Manejo de la abstinencia (desintoxicación)' },
    glossaryTerm: 'detox',
  },
};
