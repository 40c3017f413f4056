/**
 * The publications every fact in `src/data/` cites, by id. Official and primary sources wherever one exists; the few
 * facts backed only by secondary reading are marked `evidence: 'secondary'` where they are used, not here.
 */
import { comparisonSources } from './comparison-sources.js';
import type { Source, SourceId } from './types.js';

/** Each source by its id. */
export const sources: { readonly [Id in SourceId]: Source & { readonly id: Id } } = {
  ...comparisonSources,
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
  'fda-vivitrol-label': {
    id: 'fda-vivitrol-label',
    title: 'VIVITROL (naltrexone for extended-release injectable suspension): prescribing information',
    publisher: 'U.S. Food and Drug Administration (Drugs@FDA, NDA 021897)',
    year: 2025,
    url: 'https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=021897',
    detail: 'Warnings: vulnerability to opioid overdose after a dose wears off, is missed or is stopped, and when trying to overcome the blockade.',
    undated: true,
  },
  'apa-eating-2023': {
    id: 'apa-eating-2023',
    title: 'Practice Guideline for the Treatment of Patients With Eating Disorders, 4th edition',
    publisher: 'American Psychiatric Association',
    year: 2023,
    url: 'https://doi.org/10.1176/appi.books.9780890424865',
  },
  'sahm-eating-2022': {
    id: 'sahm-eating-2022',
    title: 'Medical Management of Restrictive Eating Disorders in Adolescents and Young Adults (position paper)',
    publisher: 'Society for Adolescent Health and Medicine, Journal of Adolescent Health',
    year: 2022,
    url: 'https://doi.org/10.1016/j.jadohealth.2022.08.006',
    detail: 'Fainting (syncope) is among the criteria for hospital admission.',
  },
  'apa-psych-eval-2016': {
    id: 'apa-psych-eval-2016',
    title: 'Practice Guidelines for the Psychiatric Evaluation of Adults, 3rd edition',
    publisher: 'American Psychiatric Association',
    year: 2016,
    url: 'https://doi.org/10.1176/appi.books.9780890426760',
  },
  'samhsa-recovery-housing-2023': {
    id: 'samhsa-recovery-housing-2023',
    title: 'Best Practices for Recovery Housing',
    publisher: 'Substance Abuse and Mental Health Services Administration',
    year: 2023,
    url: 'https://store.samhsa.gov/product/best-practices-recovery-housing/pep23-10-00-002',
    detail: 'PEP23-10-00-002.',
  },
  'fda-moud-benzo-2017': {
    id: 'fda-moud-benzo-2017',
    title: 'FDA urges caution about withholding opioid addiction medications from patients taking benzodiazepines or CNS depressants',
    publisher: 'U.S. Food and Drug Administration, Drug Safety Communication',
    year: 2017,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-urges-caution-about-withholding-opioid-addiction-medications',
    detail: '20 September 2017.',
  },
  'fda-naloxone-2020': {
    id: 'fda-naloxone-2020',
    title: 'FDA recommends health care professionals discuss naloxone with all patients when prescribing opioid pain relievers or medicines to treat opioid use disorder',
    publisher: 'U.S. Food and Drug Administration, Drug Safety Communication',
    year: 2020,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-health-care-professionals-discuss-naloxone-all-patients-when-prescribing-opioid-pain-relievers',
    detail: '23 July 2020; also to consider it for patients taking benzodiazepines or other sedatives.',
  },
  'aap-mat-2016': {
    id: 'aap-mat-2016',
    title: 'Medication-Assisted Treatment of Adolescents With Opioid Use Disorders (policy statement)',
    publisher: 'American Academy of Pediatrics, Pediatrics 138(3)',
    year: 2016,
    url: 'https://doi.org/10.1542/peds.2016-1893',
    detail: 'Buprenorphine is approved from age 16.',
  },
  'niaaa-alcohol-overdose': {
    id: 'niaaa-alcohol-overdose',
    title: 'Understanding the Dangers of Alcohol Overdose',
    publisher: 'National Institute on Alcohol Abuse and Alcoholism',
    year: 2025,
    url: 'https://www.niaaa.nih.gov/publications/brochures-and-fact-sheets/understanding-dangers-of-alcohol-overdose',
    undated: true,
  },
  childhelp: {
    id: 'childhelp',
    title: 'Childhelp National Child Abuse Hotline',
    publisher: 'Childhelp',
    year: 2025,
    url: 'https://www.childhelphotline.org/',
    detail: 'Call or text 1-800-422-4453, 24/7.',
    undated: true,
  },
};

/** Every source: the comparison's, then the questionnaire's. */
export const sourceList: readonly Source[] = Object.values(sources);

/** Whether `value` is the id of a source. */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(sources, value);
}
