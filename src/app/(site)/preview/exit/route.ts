import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safeSitePath } from '@/lib/safeRedirect'

/** Leaves draft mode and returns to the page, now as visitors see it (a path on this site only: no open redirect). */
export async function GET(request: Request): Promise<Response> {
  const draft = await draftMode()
  draft.disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(safeSitePath(path) ?? '/')
}
