import type { Request, Response } from 'express'

/** Answers a refused request in the shape its caller reads: Payload's `{ errors: [{ message }] }` for the APIs, plain text for pages. */
export function refuse(req: Request, res: Response, status: number, message: string): void {
  res.status(status).set('Cache-Control', 'no-store')
  const wantsJson = req.originalUrl.startsWith('/api/') || (req.get('accept') ?? '').includes('application/json')
  if (wantsJson) res.json({ errors: [{ message }] })
  else res.type('text/plain; charset=utf-8').send(message)
}
