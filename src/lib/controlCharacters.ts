/** ASCII control characters (U+0000–U+001F and U+007F): never valid in a path, a header or a scheme. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f
}

export function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isControl(text.charCodeAt(index))) return true
  return false
}

/** The text without control characters and spaces, as a browser reads a URL's scheme ("java\tscript:"). */
export function withoutControlCharactersOrSpaces(text: string): string {
  let kept = ''
  for (const character of text) if (!isControl(character.charCodeAt(0)) && character !== ' ') kept += character
  return kept
}
