/**
 * The sources the comparison's facts cite (the levels, their services, the glossary and the crisis lines), apart
 * from the ones only the questionnaire's advice cites (in `sources.ts`): a page with only the comparison then loads
 * only these.
 */
import type { Source, SourceId } from './types.js';

/** Each source the comparison can cite, by its id. */
export const comparisonSources = {
  'asam-levels': {
    id: 'asam-levels',
    title: 'What are the ASAM Levels of Care?',
    publisher: 'American Society of Addiction Medicine (ASAM CONTINUUM knowledge base)',
    year: 2015,
    url: 'https://www.asam.org/asam-criteria/asam-criteria-software/asam-continuum/knowledge-base/details/knowledge-base-continuum/2015/05/13/what-are-the-asam-levels-of-care',
  },
  'cms-iap-2017': {
    id: 'cms-iap-2017',
    title:
      'Overview of Substance Use Disorder (SUD) Care Clinical Guidelines: A Resource for States Developing SUD Delivery System Reforms',
    publisher: 'Centers for Medicare & Medicaid Services, Medicaid Innovation Accelerator Program',
    year: 2017,
    url: 'https://www.medicaid.gov/state-resource-center/innovation-accelerator-program/iap-downloads/reducing-substance-use-disorders/asam-resource-guide.pdf',
  },
  'asam-4th': {
    id: 'asam-4th',
    title: 'The ASAM Criteria, 4th Edition: development and release',
    publisher: 'American Society of Addiction Medicine',
    year: 2023,
    url: 'https://www.asam.org/asam-criteria/4th-edition-development',
    detail: 'Released December 2023; level 2.5 renamed "High-Intensity Outpatient" rather than removed.',
  },
  'samhsa-tip47': {
    id: 'samhsa-tip47',
    title: 'Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (Treatment Improvement Protocol 47)',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2006,
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
    detail: 'Read with the 2021 advisory that updates it.',
  },
  'mccarty-2014': {
    id: 'mccarty-2014',
    title: 'Substance Abuse Intensive Outpatient Programs: Assessing the Evidence',
    publisher: 'Psychiatric Services 65(6):718–726, American Psychiatric Association',
    year: 2014,
    url: 'https://doi.org/10.1176/appi.ps.201300249',
  },
  'medicare-php': {
    id: 'medicare-php',
    title: 'Mental health care (partial hospitalization)',
    publisher: 'Centers for Medicare & Medicaid Services (Medicare.gov)',
    year: 2025,
    url: 'https://www.medicare.gov/coverage/mental-health-care-partial-hospitalization',
    detail: 'With 42 CFR 410.43.',
    undated: true,
  },
  'medicare-iop': {
    id: 'medicare-iop',
    title: 'Mental health care (intensive outpatient program services)',
    publisher: 'Centers for Medicare & Medicaid Services (Medicare.gov)',
    year: 2025,
    url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
    detail: 'Coverage from 1 January 2024 under the CY2024 OPPS final rule.',
    undated: true,
  },
  findtreatment: {
    id: 'findtreatment',
    title: 'Types of treatment',
    publisher: 'Substance Abuse and Mental Health Services Administration (FindTreatment.gov)',
    year: 2025,
    url: 'https://findtreatment.gov/content/treatment-options/types-of-treatment',
    detail: 'Outpatient, residential, hospital inpatient and detoxification.',
    undated: true,
  },
  'teds-2004': {
    id: 'teds-2004',
    title: 'Treatment Episode Data Set (TEDS): 2004 Discharges from Substance Abuse Treatment Services',
    publisher: 'Substance Abuse and Mental Health Services Administration, Office of Applied Studies',
    year: 2004,
    url: 'https://www.samhsa.gov/data/DASIS/tedsd04/TEDSD2k4Chp2.htm',
    detail: 'Length of stay by type of service; the year is the data year.',
  },
  'nida-tc': {
    id: 'nida-tc',
    title: 'Therapeutic Communities (Research Report)',
    publisher: 'National Institute on Drug Abuse',
    year: 2015,
    url: 'https://nida.nih.gov/publications/research-reports/therapeutic-communities',
  },
  'adss-cost': {
    id: 'adss-cost',
    title: 'The ADSS Cost Study: Costs of Substance Abuse Treatment in the Specialty Sector',
    publisher: 'Substance Abuse and Mental Health Services Administration, Office of Applied Studies (NCJRS abstract)',
    year: 2003,
    url: 'https://www.ojp.gov/ncjrs/virtual-library/abstracts/adss-cost-study-costs-substance-abuse-treatment-specialty-sector',
    detail: 'NCJ 202873; Alcohol and Drug Services Study data from 1996–1999.',
  },
  'asam-awm-2020': {
    id: 'asam-awm-2020',
    title: 'The ASAM Clinical Practice Guideline on Alcohol Withdrawal Management',
    publisher: 'American Society of Addiction Medicine, Journal of Addiction Medicine 14(3S)',
    year: 2020,
    url: 'https://journals.lww.com/journaladdictionmedicine/Fulltext/2020/06001/The_ASAM_Clinical_Practice_Guideline_on_Alcohol.1.aspx',
  },
  'macpac-2018': {
    id: 'macpac-2018',
    title: 'Access to Substance Use Disorder Treatment in Medicaid',
    publisher: 'Medicaid and CHIP Payment and Access Commission (MACPAC)',
    year: 2018,
    url: 'https://www.macpac.gov/publication/access-to-substance-use-disorder-treatment-in-medicaid/',
    detail: 'June 2018 Report to Congress on Medicaid and CHIP, chapter 4.',
  },
  '988': {
    id: '988',
    title: '988 Suicide & Crisis Lifeline: what to expect',
    publisher: '988 Suicide & Crisis Lifeline',
    year: 2025,
    url: 'https://988lifeline.org/get-help/what-to-expect',
    undated: true,
  },
  'samhsa-helpline': {
    id: 'samhsa-helpline',
    title: 'SAMHSA’s National Helpline',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2025,
    url: 'https://www.samhsa.gov/find-help/national-helpline',
    undated: true,
  },
  'es-medicare': {
    id: 'es-medicare',
    title: 'Servicios de salud mental (hospitalización parcial)',
    publisher: 'Centros de Servicios de Medicare y Medicaid (es.medicare.gov)',
    year: 2025,
    url: 'https://es.medicare.gov/coverage/mental-health-care-partial-hospitalization',
    undated: true,
    language: 'es',
  },
  'tx-hhs-es': {
    id: 'tx-hhs-es',
    title: 'Servicios de manejo de la abstinencia por consumo de sustancias en adultos',
    publisher: 'Texas Health and Human Services',
    year: 2025,
    url: 'https://www.hhs.texas.gov/es/servicios/salud-mental-consumo-de-sustancias/consumo-de-sustancias-en-adultos/servicios-de-manejo-de-la-abstinencia-por-consumo-de-sustancias-en-adultos',
    undated: true,
    language: 'es',
  },
  'nimh-psychotherapies': {
    id: 'nimh-psychotherapies',
    title: 'Psychotherapies',
    publisher: 'National Institute of Mental Health',
    year: 2025,
    url: 'https://www.nimh.nih.gov/health/topics/psychotherapies',
    detail: 'Describes cognitive behavioral therapy, dialectical behavior therapy, EMDR and mindfulness-based approaches.',
    undated: true,
  },
  'samhsa-tip64': {
    id: 'samhsa-tip64',
    title: 'Incorporating Peer Support Into Substance Use Disorder Treatment Services (Treatment Improvement Protocol 64)',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2023,
    url: 'https://store.samhsa.gov/product/tip-64-incorporating-peer-support-substance-use-disorder-treatment-services/pep23-02-01-001',
    detail: 'PEP23-02-01-001.',
  },
  '911-gov': {
    id: '911-gov',
    title: 'Calling 911',
    publisher: 'National 911 Program (911.gov)',
    year: 2025,
    url: 'https://www.911.gov/',
    undated: true,
  },
} satisfies { readonly [Id in SourceId]?: Source & { readonly id: Id } };

/** The comparison's source with this id: the data tests check that the comparison's facts cite no other. */
export function comparisonSource(id: SourceId): Source | undefined {
  return (comparisonSources as { readonly [Id in SourceId]?: Source })[id];
}
