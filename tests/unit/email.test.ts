import { describe, expect, it } from 'vitest'

import { emailSender, smtpSettings } from '../../src/lib/email'

describe('smtpSettings', () => {
  it('is off without SMTP_URL or SMTP_HOST', () => {
    expect(smtpSettings({})).toBeUndefined()
  })

  it('reads a connection URL, credentials decoded', () => {
    expect(smtpSettings({ SMTP_URL: 'smtps://mailer%40syntagen.org:p%40ss@mail.example.org' })).toEqual({
      host: 'mail.example.org',
      port: 465,
      secure: true,
      auth: { user: 'mailer@syntagen.org', pass: 'p@ss' },
    })
    expect(smtpSettings({ SMTP_URL: 'smtp://mail.example.org:2525' })).toEqual({ host: 'mail.example.org', port: 2525, secure: false, auth: undefined })
  })

  it('refuses a URL that is not SMTP', () => {
    expect(() => smtpSettings({ SMTP_URL: 'https://mail.example.org' })).toThrow(/smtp:\/\//)
  })

  it('reads the separate variables, TLS on port 465 unless told otherwise', () => {
    expect(smtpSettings({ SMTP_HOST: 'mail.example.org', SMTP_USER: 'u', SMTP_PASS: 'p' })).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: { user: 'u', pass: 'p' },
    })
    expect(smtpSettings({ SMTP_HOST: 'h', SMTP_PORT: '465' })?.secure).toBe(true)
    expect(smtpSettings({ SMTP_HOST: 'h', SMTP_PORT: '465', SMTP_SECURE: 'false' })?.secure).toBe(false)
  })
})

describe('emailSender', () => {
  it('defaults to no-reply at the public host', () => {
    expect(emailSender({ PUBLIC_URL: 'https://syntagen.github.io' })).toEqual({ address: 'no-reply@syntagen.github.io', name: 'SyntaGen' })
    expect(emailSender({ EMAIL_FROM: 'chairs@syntagen.org', EMAIL_FROM_NAME: 'SyntaGen chairs' })).toEqual({
      address: 'chairs@syntagen.org',
      name: 'SyntaGen chairs',
    })
  })
})
