import { randomUUID } from 'node:crypto'
import { type AddressInfo, createServer } from 'node:net'

import type { Browser } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminHeaders, request } from '../helpers/api'
import { launchBrowser, newContext } from '../helpers/browser'
import { type RunningServer, startServer } from '../helpers/server'

type Mail = { to: string[]; raw: string }

/** Quoted-printable, as nodemailer encodes HTML bodies: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

let smtp: SMTPServer
let server: RunningServer
let browser: Browser
const inbox: Mail[] = []

async function mailTo(address: string, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mail = inbox.find((candidate) => candidate.to.includes(address))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no mail reached ${address} within ${timeoutMs} ms`)
}

beforeAll(async () => {
  // A real SMTP server in this process; the portal sends to it over TCP like to any mail server.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => (raw += chunk))
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  const databaseUrl = process.env.E2E_DATABASE_URL
  if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the browser tests through `npm test`.')
  // The links in the mail are built from PUBLIC_URL, as in production.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo
      probe.close(() => resolve(free))
    })
  })
  server = await startServer({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: process.env.E2E_MEDIA_DIR,
    PAYLOAD_SECRET: 'e2e-tests-only',
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_FORGOT_PASSWORD: '1000',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    EMAIL_FROM: 'portal@syntagen.test',
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

describe('password reset, end to end', () => {
  it('mails a reset link requested in the admin, sets the new password in its form, and signs in with it', async () => {
    const email = `reset-${randomUUID()}@syntagen.test`
    const created = await request(server.baseUrl, 'POST', '/api/users', {
      headers: await adminHeaders(server.baseUrl),
      body: { email, password: `old-${randomUUID()}`, roles: ['editor'], name: 'Reset Tester' },
    })
    expect(created.status).toBe(201)

    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.getByRole('link', { name: /forgot password/i }).click()
    await page.waitForURL(/\/admin\/forgot/)
    await page.fill('input[name="email"]', email)
    await page.click('button[type="submit"]')
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toMatch(/email sent/i)

    const mail = await mailTo(email)
    expect(mail.raw).toMatch(/^From: .*portal@syntagen\.test/m)
    const link = /href="([^"]+\/admin\/reset\/[0-9a-f]+)"/.exec(decodeQuotedPrintable(mail.raw))?.[1]
    if (!link) throw new Error(`no reset link in the mail:\n${mail.raw}`)
    expect(new URL(link).origin).toBe(server.baseUrl)

    const newPassword = `new-${randomUUID()}`
    // The link opens the admin's reset form.
    await page.goto(link)
    await expect.poll(() => page.locator('input[name="password"]').count(), { timeout: 30_000 }).toBe(1)
    // The form is live once React has hydrated it. Typed into earlier, the values never reach the
    // form's state and the click does nothing (the old TODO here); the server-rendered button is
    // already enabled, so React's own mark on the input is what is waited for. A person who typed
    // too early types again: so does the test, at most twice more.
    await page.waitForFunction(
      () => {
        const input = document.querySelector('input[name="confirm-password"]')
        const button = document.querySelector('button[type="submit"]')
        return Boolean(input && Object.keys(input).some((key) => key.startsWith('__reactFiber')) && button && !button.hasAttribute('disabled'))
      },
      undefined,
      { timeout: 30_000 },
    )
    const isRedeem = (response: { url(): string; request(): { method(): string } }) =>
      response.url().endsWith('/api/users/reset-password') && response.request().method() === 'POST'
    let status: number | undefined
    for (let attempt = 0; attempt < 3 && status === undefined; attempt++) {
      await page.fill('input[name="password"]', newPassword)
      await page.fill('input[name="confirm-password"]', newPassword)
      const redeemed = page.waitForResponse(isRedeem, { timeout: 10_000 }).catch(() => undefined)
      await page.click('button[type="submit"]')
      status = (await redeemed)?.status()
    }
    expect(status).toBe(200)
    // Redeemed, the form signs the person in and opens the admin.
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    await context.close()

    // A fresh browser signs in with the new password through the login form.
    const fresh = await newContext(browser)
    const loginPage = await fresh.newPage()
    await loginPage.goto(`${server.baseUrl}/admin/login`)
    await loginPage.fill('input[name="email"]', email)
    await loginPage.fill('input[name="password"]', newPassword)
    await loginPage.click('button[type="submit"]')
    await loginPage.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await fresh.close()

    // The link works once.
    const reused = await request(server.baseUrl, 'POST', '/api/users/reset-password', {
      body: { token: link.split('/').pop(), password: `again-${randomUUID()}` },
    })
    expect(reused.status).toBeGreaterThanOrEqual(400)
    expect(reused.status).toBeLessThan(500)
  })
})
