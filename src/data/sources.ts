/**
 * The publications every fact in `src/data/` cites, by id. Official and primary sources wherever one exists; the few
 * facts backed only by secondary reading are marked `evidence: 'secondary'` where they are used, not here.
 */
import type { Source, SourceId } from './types.js';

/** Each source by its id. */
export const sources: { readonly [Id in SourceId]: Source & { readonly id: Id } } = {
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
  },
  'tx-hhs-es': {
    id: 'tx-hhs-es',
    title: 'Servicios de manejo de la abstinencia por consumo de sustancias en adultos',
    publisher: 'Texas Health and Human Services',
    year: 2025,
    url: 'https://www.hhs.texas.gov/es/servicios/salud-mental-consumo-de-sustancias/consumo-de-sustancias-en-adultos/servicios-de-manejo-de-la-abstinencia-por-consumo-de-sustancias-en-adultos',
    undated: true,
  },
  'samhsa-tip63': {
    id: 'samhsa-tip63',
    title: 'Medications for Opioid Use Disorder (Treatment Improvement Protocol 63)',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2021,
    url: 'https://store.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002',
    detail: '2021 update (PEP21-02-01-002).',
  },
  'acog-711': {
    id: 'acog-711',
    title: 'Opioid Use and Opioid Use Disorder in Pregnancy (Committee Opinion No. 711)',
    publisher: 'American College of Obstetricians and Gynecologists',
    year: 2017,
    url: 'https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/08/opioid-use-and-opioid-use-disorder-in-pregnancy',
  },
  'samhsa-pregnancy-oud': {
    id: 'samhsa-pregnancy-oud',
    title: 'Clinical Guidance for Treating Pregnant and Parenting Women With Opioid Use Disorder and Their Infants',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2018,
    url: 'https://store.samhsa.gov/product/clinical-guidance-treating-pregnant-and-parenting-women-opioid-use-disorder-and-their/sma18-5054',
  },
  'fda-benzo-2020': {
    id: 'fda-benzo-2020',
    title: 'FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class',
    publisher: 'U.S. Food and Drug Administration, Drug Safety Communication',
    year: 2020,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
    detail: '23 September 2020.',
  },
  'fda-naloxone-otc': {
    id: 'fda-naloxone-otc',
    title: 'FDA Approves First Over-the-Counter Naloxone Nasal Spray',
    publisher: 'U.S. Food and Drug Administration',
    year: 2023,
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
    detail: '29 March 2023.',
  },
  'fda-opioid-taper-2019': {
    id: 'fda-opioid-taper-2019',
    title:
      'FDA identifies harm reported from sudden discontinuation of opioid pain medicines and requires label changes to guide prescribers on gradual, individualized tapering',
    publisher: 'U.S. Food and Drug Administration, Drug Safety Communication',
    year: 2019,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-identifies-harm-reported-sudden-discontinuation-opioid-pain-medicines-and-requires-label-changes',
    detail: 'April 2019.',
  },
  'fda-opioid-benzo-2016': {
    id: 'fda-opioid-benzo-2016',
    title:
      'FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning',
    publisher: 'U.S. Food and Drug Administration, Drug Safety Communication',
    year: 2016,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
    detail: '31 August 2016.',
  },
  'benzo-taper-2025': {
    id: 'benzo-taper-2025',
    title: 'Joint Clinical Practice Guideline on Benzodiazepine Tapering',
    publisher: 'American Society of Addiction Medicine, with other medical societies',
    year: 2025,
    url: 'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  'dv-hotline': {
    id: 'dv-hotline',
    title: 'National Domestic Violence Hotline',
    publisher: 'The National Domestic Violence Hotline',
    year: 2025,
    url: 'https://www.thehotline.org/',
    detail: 'Call 1-800-799-7233 or text START to 88788, 24/7.',
    undated: true,
  },
  'findtreatment-locator': {
    id: 'findtreatment-locator',
    title: 'FindTreatment.gov: find a treatment facility near you',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2025,
    url: 'https://findtreatment.gov/',
    undated: true,
  },
};

/** Every source, in the order above. */
export const sourceList: readonly Source[] = Object.values(sources);

/** Whether `value` is the id of a source. */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(sources, value);
}
