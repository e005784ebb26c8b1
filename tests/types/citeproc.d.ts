/** The part of citeproc-js (which ships no types) the feed tests use. */
declare module 'citeproc' {
  type Sys = { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown }
  type Engine = {
    setOutputFormat(format: 'text' | 'html'): void
    updateItems(ids: string[]): void
    makeBibliography(): [unknown, string[]]
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string) => Engine }
  export default CSL
}
