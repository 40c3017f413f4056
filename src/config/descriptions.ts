/**
 * What an editor shows for each key of a configuration file, keyed by its path in `configSchema` (`*` stands for any
 * level id, `[]` for any item). Only the build reads these (`json-schema.ts`), so they cost the widgets nothing; the
 * build fails when a key of the schema has no description here, or a description names no key.
 */
export const configDescriptions: { readonly [path: string]: string } = {
  '': 'How a center tells the care-level-widgets about itself. Every key is optional; what is left out keeps its default.',
  $schema: 'The JSON Schema this file follows, for your editor. The widgets ignore it.',
  levels:
    'The levels of care your center offers, each once: inpatient, php, iop, outpatient. The table and the questionnaire show only these, most intensive first. Default: all four.',
  'levels[]':
    'A level of care: inpatient (residential or hospital), php (partial hospitalization), iop (intensive outpatient) or outpatient.',
  edition: 'Which edition of the ASAM Criteria your state uses for level numbers: 3 (e.g. "2.1") or 4. Default: 4.',
  programs: 'Your own program at each level you offer, shown beside the general facts. Keyed by level id.',
  'programs.*': 'Your program at this level. Every key is optional.',
  'programs.*.hours': 'When the program meets, such as "Three evenings a week, 6 to 9 pm".',
  'programs.*.length': 'How long people usually stay, such as "8 to 12 weeks".',
  'programs.*.insurance': 'What insurance or payment the program takes.',
  'programs.*.notes': 'Anything else people should know about this program.',
  'programs.*.phone':
    'The program’s phone number, such as "+1-555-0100": digits with spaces and + - ( ) . only. Shown as a call link.',
  'programs.*.url': 'A link to the program’s page or intake form: https:, http:, mailto:, or a path on your site.',
  'programs.*.label': 'The text of the link to "url", such as "See our IOP".',
  contact: 'Your center’s main contact: the next step the questionnaire offers.',
  'contact.phone':
    'Your center’s phone number, such as "+1-555-0100": digits with spaces and + - ( ) . only. Shown as a call link.',
  'contact.url': 'A link to your intake page or form: https:, http:, mailto:, or a path on your site.',
  'contact.label': 'The text of the link to "url", such as "Start intake".',
  extraRows: 'Rows you add to the comparison table, after the built-in ones.',
  'extraRows[]': 'One row: an id, a label and a cell for each level you fill in.',
  'extraRows[].id':
    'A short id of lowercase letters, digits and hyphens, such as "languages"; unique, and not the id of a built-in row.',
  'extraRows[].label': 'The row’s heading, such as "Languages".',
  'extraRows[].cells': 'The row’s text for each level, keyed by level id. Levels left out show an empty cell.',
  'extraRows[].cells.*': 'The row’s text at this level.',
};
