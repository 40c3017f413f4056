/** The limits `validateConfig` enforces, so a typo cannot flood a page or a table. */
export const configLimits = {
  /** Characters in a piece of text: a program's hours, length, insurance or notes, an extra row's cell. */
  textLength: 500,
  /** Characters in a label: an extra row's label, a link's text. */
  labelLength: 80,
  /** Characters in an extra row's id. */
  idLength: 40,
  /** Characters in a URL. */
  urlLength: 2000,
  /** Characters in a phone number. */
  phoneLength: 30,
  /** Rows a center may add. */
  extraRows: 200,
  /** Characters of JSON `parseConfigJson` reads. */
  jsonLength: 200_000,
  /** Errors reported before the rest are summed up in one last error. */
  errors: 100,
} as const;
