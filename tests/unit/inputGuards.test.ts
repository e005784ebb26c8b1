import type { FlattenedField } from 'payload'
import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { MAX_GRAPHQL_DEPTH, MAX_JSON_NESTING, MAX_WHERE_CONDITIONS } from '../../src/lib/apiLimits'
import { checkGraphqlDocument } from '../../src/lib/api/guardGraphql'
import { parseJsonObject } from '../../src/lib/api/jsonBody'
import { checkWhere, type WhereSchema } from '../../src/lib/api/where'
import { isAllowedLinkUrl, withoutUnsafeLinks } from '../../src/lib/richTextLinks'
import { safeSitePath } from '../../src/lib/safeRedirect'

const editionFields = [
  { name: 'name', type: 'text' },
  { name: 'year', type: 'number' },
  { name: 'date', type: 'date' },
  { name: 'isCurrent', type: 'checkbox' },
  { name: 'about', type: 'richText' },
  { name: 'tags', type: 'text', hasMany: true },
] as unknown as FlattenedField[]
const paperFields = [
  { name: 'title', type: 'text' },
  { name: 'edition', type: 'relationship', relationTo: 'editions' },
  { name: 'createdAt', type: 'date' },
] as unknown as FlattenedField[]
const schema: WhereSchema = {
  fields: paperFields,
  fieldsOf: (slug) => ({ editions: editionFields, papers: paperFields })[slug],
  uuidIds: true,
}
const UUID = '8c5f0b8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f'

describe('checkWhere', () => {
  it('accepts the filters the site and the admin send', () => {
    expect(checkWhere({ title: { like: 'diffusion' } }, schema)).toBeUndefined()
    expect(checkWhere({ 'edition.year': { equals: '2025' } }, schema)).toBeUndefined()
    expect(checkWhere({ or: [{ title: { equals: 'a' } }, { edition: { in: [UUID] } }] }, schema)).toBeUndefined()
    expect(checkWhere({ createdAt: { greater_than: '2025-06-11T09:00:00Z' } }, schema)).toBeUndefined()
    expect(checkWhere({ 'edition.tags': { all: 'a,b' } }, schema)).toBeUndefined()
    expect(checkWhere({ id: { not_in: `${UUID},${UUID}` } }, schema)).toBeUndefined()
    expect(checkWhere({ unknownField: { equals: 'x' } }, schema)).toBeUndefined() // left to Payload's own 400
  })

  it('refuses, with a reason, each class of malformed filter', () => {
    expect(checkWhere('abc', schema)).toMatch(/must be an object/)
    expect(checkWhere({ title: { equals: { $ne: 'x' } } }, schema)).toMatch(/plain value/)
    expect(checkWhere({ createdAt: { greater_than: 'not-a-date' } }, schema)).toMatch(/is not a date/)
    expect(checkWhere({ title: { near: '1,2,3,4' } }, schema)).toMatch(/point/)
    expect(checkWhere({ title: { all: 'a,b' } }, schema)).toMatch(/holds one/)
    expect(checkWhere({ 'edition.about.root': { equals: 'x' } }, schema)).toMatch(/rich text/)
    expect(checkWhere({ 'edition.year.x': { equals: 'x' } }, schema)).toMatch(/no fields inside/)
    expect(checkWhere({ id: { equals: 'abc' } }, schema)).toMatch(/not a valid id/)
    expect(checkWhere({ edition: { equals: 'abc' } }, schema)).toMatch(/editions document/)
    expect(checkWhere({ 'edition.year': { equals: 'abc' } }, schema)).toMatch(/not a number/)
    expect(checkWhere({ 'edition.isCurrent': { equals: 'maybe' } }, schema)).toMatch(/true or false/)
    expect(checkWhere({ title: { matches: 'x' } }, schema)).toMatch(/not a query operator/)
    expect(checkWhere({ 'title;drop': { equals: 'x' } }, schema)).toMatch(/not a field path/)
    expect(checkWhere({ createdAt: { like: '2024' } }, schema)).toMatch(/searches text/)
  })

  it('caps the number of conditions, the nesting and the relationships a path crosses', () => {
    const many = { or: Array.from({ length: 5_000 }, (_, index) => ({ title: { equals: `x${index}` } })) }
    expect(checkWhere(many, schema)).toMatch(new RegExp(`more than ${MAX_WHERE_CONDITIONS} conditions`))
    const asObject = { or: Object.fromEntries(many.or.map((branch, index) => [String(index), branch])) }
    expect(checkWhere(asObject, schema)).toMatch(/conditions/)
    let nested: Record<string, unknown> = { title: { equals: 'x' } }
    for (let level = 0; level < 8; level++) nested = { and: [nested] }
    expect(checkWhere(nested, schema)).toMatch(/nests/)
    const selfRelated: WhereSchema = {
      fields: [{ name: 'parent', type: 'relationship', relationTo: 'papers' }] as unknown as FlattenedField[],
      fieldsOf: () => [{ name: 'parent', type: 'relationship', relationTo: 'papers' }] as unknown as FlattenedField[],
      uuidIds: true,
    }
    expect(checkWhere({ [`${'parent.'.repeat(10)}parent`]: { equals: UUID } }, selfRelated)).toMatch(/more than 3 relationships/)
  })
})

describe('safeSitePath', () => {
  it('keeps paths of this site, percent-encoding what a Location header cannot carry', () => {
    expect(safeSitePath('/2024/papers?tag=x#top')).toBe('/2024/papers?tag=x#top')
    expect(safeSitePath('/été')).toBe('/%C3%A9t%C3%A9')
  })

  it('refuses everything that leaves the site or breaks the header', () => {
    for (const path of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil', '/\u0000', 'https://evil.example', 'evil.example', '', null]) {
      expect(safeSitePath(path)).toBeUndefined()
    }
  })
})

describe('rich-text links', () => {
  it('allows http, https, mailto and links inside the site', () => {
    for (const url of ['https://cvpr.thecvf.com', 'http://example.org', 'mailto:a@b.c', '/2024/papers', '#dates', 'papers']) expect(isAllowedLinkUrl(url)).toBe(true)
  })

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isAllowedLinkUrl(url)).toBe(false)
    }
  })

  it('renders stored unsafe links as their text', () => {
    const link = (url: string) => ({ type: 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text: url }] })
    const doc = { root: { type: 'root', children: [{ type: 'paragraph', children: [link('javascript:alert(1)'), link('https://ok.example')] }] } }
    const cleaned = withoutUnsafeLinks(doc)
    expect(JSON.stringify(cleaned)).not.toMatch(/"type":"link","fields":\{"url":"javascript/)
    expect(cleaned.root.children[0]?.children).toEqual([{ type: 'text', text: 'javascript:alert(1)' }, link('https://ok.example')])
  })
})

describe('JSON bodies', () => {
  it('accepts objects and refuses everything else with a reason', () => {
    expect(parseJsonObject('{"title":"x"}', 'The body').ok).toBe(true)
    for (const text of ['null', '1', '"x"', '[]', '{']) expect(parseJsonObject(text, 'The body').ok).toBe(false)
    const deep = parseJsonObject(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'The body')
    expect(deep.ok ? '' : deep.message).toMatch(new RegExp(`more than ${MAX_JSON_NESTING} levels`))
    const nul = parseJsonObject('{"title":"a\\u0000b"}', 'The body')
    expect(nul.ok ? '' : nul.message).toMatch(/NUL/)
  })
})

describe('checkGraphqlDocument', () => {
  it('passes ordinary queries', () => {
    expect(checkGraphqlDocument(parse('{ Papers { docs { title edition { name } } } }'))).toBeUndefined()
  })

  it('refuses fragment cycles and queries nested too deep', () => {
    expect(checkGraphqlDocument(parse('{ Papers { docs { ...A } } } fragment A on Paper { ...B } fragment B on Paper { ...A }'))).toMatch(/cycle/)
    const deep = `{ ${'a { '.repeat(MAX_GRAPHQL_DEPTH + 1)}b${' }'.repeat(MAX_GRAPHQL_DEPTH + 1)} }`
    expect(checkGraphqlDocument(parse(deep))).toMatch(/levels deep/)
  })
})
