import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext, signInToAdmin } from '../helpers/browser'

const baseUrl = inject('e2eBaseUrl')

type Doc = { id: string; [key: string]: unknown }

let browser: Browser
let page: Page
let admin: Record<string, string>
const run = Date.now().toString(36)
const title = (n: number) => `Imported E2E Paper ${run} ${String(n).padStart(2, '0')}`

function papersCsv(count: number): string {
  const lines = ['title,authors,presentation,pdf']
  for (let n = 1; n <= count; n += 1) {
    lines.push(`"${title(n)}","Author ${n}A; Author ${n}B",${n % 10 === 0 ? 'oral' : 'poster'},https://example.org/${run}/${n}.pdf`)
  }
  return `${lines.join('\n')}\n`
}

async function importedPapers(): Promise<Doc[]> {
  const { body } = await request<{ docs: Doc[] }>(
    baseUrl,
    'GET',
    `/api/papers?where[title][like]=${encodeURIComponent(`Imported E2E Paper ${run}`)}&limit=0&depth=0&draft=true`,
    { headers: admin },
  )
  return body.docs
}

async function previewAndImport(csv: string, name: string): Promise<{ preview: string; result: string }> {
  await page.setInputFiles('input[type="file"]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Preview' }).click()
  const summary = page.getByTestId('import-summary')
  await summary.filter({ hasText: 'would be created' }).waitFor({ timeout: 60_000 })
  const preview = (await summary.textContent()) ?? ''
  await page.getByRole('button', { name: /^Import/ }).click()
  await summary.filter({ hasText: 'were created' }).waitFor({ timeout: 120_000 })
  return { preview, result: (await summary.textContent()) ?? '' }
}

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminHeaders(baseUrl)
  // The first admin page of a fresh server renders slowly on a busy machine; warm it outside the browser's 30 s.
  await fetch(`${baseUrl}/admin/login`)
  const context = await newContext(browser)
  page = await context.newPage()
  page.setDefaultNavigationTimeout(90_000)
  await signInToAdmin(page, baseUrl)
})

afterAll(async () => {
  for (const doc of await importedPapers()) await request(baseUrl, 'DELETE', `/api/papers/${doc.id}`, { headers: admin })
  await browser?.close()
})

describe('importing papers from CSV in the admin', () => {
  it('is reached from the papers list', async () => {
    await page.goto(`${baseUrl}/admin/collections/papers`)
    await page.getByRole('link', { name: /Import CSV, JSON or OpenReview/ }).click()
    await page.waitForURL(/\/admin\/import\?collection=papers/)
    await expect(page.getByRole('heading', { name: 'Import', exact: true }).isVisible()).resolves.toBe(true)
    expect(await page.locator('select[name="collection"]').inputValue()).toBe('papers')
  })

  it('previews 50 creates, creates 50, and finds all 50 unchanged on a second import', async () => {
    const csv = papersCsv(50)
    const first = await previewAndImport(csv, 'papers.csv')
    expect(first.preview).toBe('50 would be created, 0 would be updated, 0 unchanged, 0 with errors.')
    // The preview wrote nothing; the confirmation wrote the 50.
    expect(first.result).toBe('50 were created, 0 were updated, 0 unchanged, 0 with errors.')
    const papers = await importedPapers()
    expect(papers).toHaveLength(50)
    expect(papers.filter((doc) => doc.presentation === 'oral')).toHaveLength(5)

    const second = await previewAndImport(csv, 'papers.csv')
    expect(second.preview).toBe('0 would be created, 0 would be updated, 50 unchanged, 0 with errors.')
    expect(second.result).toBe('0 were created, 0 were updated, 50 unchanged, 0 with errors.')
    expect(await importedPapers()).toHaveLength(50)
  })

  it('reports a row with an error by its number and writes nothing of it', async () => {
    const csv = [
      'title,authors,presentation',
      `"${title(51)}",Ada Lovelace,poster`,
      `"${title(52)}",Grace Hopper,keynote`,
      `"${title(53)}",Alan Turing,oral`,
    ].join('\n')
    await page.setInputFiles('input[type="file"]', { name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Preview' }).click()
    const summary = page.getByTestId('import-summary')
    await summary.filter({ hasText: '2 would be created' }).waitFor({ timeout: 60_000 })
    const errorRow = page.locator('tr[data-action="error"]')
    expect(await errorRow.count()).toBe(1)
    const cells = await errorRow.locator('td').allTextContents()
    expect(cells[0]).toBe('3')
    expect(cells[1]).toBe('Error')
    expect(cells[3]).toContain('"keynote" is not one of: oral, spotlight, poster.')

    await page.getByRole('button', { name: /^Import/ }).click()
    await summary.filter({ hasText: '2 were created' }).waitFor({ timeout: 60_000 })
    expect(await page.locator('tr[data-action="error"] td').first().textContent()).toBe('3')
    const titles = (await importedPapers()).map((doc) => doc.title)
    expect(titles).toHaveLength(52)
    expect(titles).toContain(title(53))
    expect(titles).not.toContain(title(52))
  })
})
