/**
 * Neutral placeholder images for the seed: initials for people, a wordmark for organizations.
 * Drawn locally from SVG with sharp; the seed never fetches real photos or logos.
 */
import { createHash } from 'node:crypto'

import sharp from 'sharp'

import { slugify } from '../lib/validation'

/** The shape Payload's Local API takes as an upload's `file`. */
export type PngFile = { data: Buffer; mimetype: 'image/png'; name: string; size: number }

export type PlaceholderImage = { alt: string; file: PngFile }

const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif"

/** "Jia-Bin Huang" → "JH", "David J Fleet" → "DF": first and last word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]?.charAt(0) ?? ''
  const last = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : ''
  return (first + last).toUpperCase()
}

/**
 * A muted colour that is always the same for the same name, dark enough for white text
 * (HSL lightness 36%, saturation 30%: contrast with white above 7:1 for every hue).
 */
export function mutedColourOf(name: string): string {
  const digest = createHash('sha256').update(name).digest()
  const hue = digest.readUInt16BE(0) % 360
  return hslToHex(hue, 0.3, 0.36)
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12
    const value = lightness - chroma * 0.5 * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

async function renderPng(svg: string, name: string): Promise<PngFile> {
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name: `${slugify(name)}.png`, size: data.length }
}

/** A 400×400 square with the person's initials. */
export async function placeholderPortrait(name: string): Promise<PlaceholderImage> {
  const initials = initialsOf(name)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
  <rect width="400" height="400" fill="${mutedColourOf(name)}"/>
  <text x="200" y="200" dy="0.35em" text-anchor="middle" font-family="${FONT_FAMILY}" font-weight="bold" font-size="150" fill="#ffffff">${escapeXml(initials)}</text>
</svg>`
  return {
    alt: `Placeholder portrait with the initials ${initials} for ${name}`,
    file: await renderPng(svg, name),
  }
}

/** Long names go on two lines, split at the space nearest the middle. */
function wordmarkLines(text: string): string[] {
  if (text.length <= 18 || !text.includes(' ')) return [text]
  const middle = text.length / 2
  let split = -1
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (split === -1 || Math.abs(index - middle) < Math.abs(split - middle)) split = index
  }
  return [text.slice(0, split), text.slice(split + 1)]
}

/** A 600×200 wordmark: the organization's short name (or name) on a muted colour. */
export async function placeholderLogo(organization: { name: string; shortName?: string }): Promise<PlaceholderImage> {
  const label = organization.shortName ?? organization.name
  const lines = wordmarkLines(label)
  const longest = Math.max(...lines.map((line) => line.length))
  // DejaVu Sans Bold averages about 0.65em per character; keep a 30px margin either side.
  const fontSize = Math.floor(Math.min(lines.length === 1 ? 96 : 64, 540 / (0.65 * longest)))
  const lineHeight = fontSize * 1.2
  const firstBaseline = 100 - ((lines.length - 1) * lineHeight) / 2
  const text = lines
    .map(
      (line, index) =>
        `<text x="300" y="${firstBaseline + index * lineHeight}" dy="0.35em" text-anchor="middle" font-family="${FONT_FAMILY}" font-weight="bold" font-size="${fontSize}" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('\n  ')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
  <rect width="600" height="200" fill="${mutedColourOf(organization.name)}"/>
  ${text}
</svg>`
  return {
    alt: `Placeholder logo for ${organization.name}`,
    file: await renderPng(svg, `${organization.shortName ?? organization.name} logo`),
  }
}
