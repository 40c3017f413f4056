/** Vite's `?raw` import of this repository's Markdown documents, for the docs stories. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
