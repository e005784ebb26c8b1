import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Outgoing mail (password resets) over SMTP, configured from the environment:
 * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`), or SMTP_HOST with SMTP_PORT, SMTP_USER,
 * SMTP_PASS and SMTP_SECURE; EMAIL_FROM and EMAIL_FROM_NAME set the sender.
 *
 * Mail is handed to SMTP in the background: a reset answers in the same time whether or not the
 * address has an account, and a mail server that is slow or down never turns it into a 500 (the
 * failure goes to the server log). Without SMTP the mail is not sent, and the log says so.
 */
type Environment = Record<string, string | undefined>

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
}

/** SMTP_URL wins over the separate variables; undefined when neither is set. */
export function smtpSettings(env: Environment = process.env): SmtpSettings | undefined {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL)
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}`)
    const secure = url.protocol === 'smtps:'
    const user = decodeURIComponent(url.username)
    return {
      host: url.hostname,
      port: Number(url.port || (secure ? 465 : 587)),
      secure,
      auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
    }
  }
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
  }
}

export function emailSender(env: Environment = process.env): { address: string; name: string } {
  let host = 'localhost'
  try {
    host = new URL(env.PUBLIC_URL ?? 'http://localhost').hostname
  } catch {
    // an unparsable PUBLIC_URL is reported where it is used; the sender falls back to localhost
  }
  return { address: env.EMAIL_FROM ?? `no-reply@${host}`, name: env.EMAIL_FROM_NAME ?? 'SyntaGen' }
}

function describe(message: SendEmailOptions) {
  return { to: message.to, subject: message.subject }
}

export async function emailAdapter(env: Environment = process.env): Promise<EmailAdapter> {
  const sender = emailSender(env)
  const smtp = smtpSettings(env)
  if (!smtp) {
    return ({ payload }) => ({
      name: 'log-only',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      sendEmail: async (message) => {
        payload.logger.warn({ mail: describe(message) }, 'mail not sent: SMTP is not configured (set SMTP_URL or SMTP_HOST)')
      },
    })
  }
  const smtpAdapter = await nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transportOptions: smtp,
    // Verifying would connect at start-up; a mail server that is down must not delay or stop the site.
    skipVerify: true,
  })
  return ({ payload }) => {
    const smtpMail = smtpAdapter({ payload })
    return {
      ...smtpMail,
      sendEmail: async (message) => {
        smtpMail.sendEmail(message).then(
          () => payload.logger.info({ mail: describe(message) }, 'mail sent'),
          (error: unknown) => payload.logger.error({ err: error, mail: describe(message) }, 'mail could not be sent'),
        )
      },
    }
  }
}
