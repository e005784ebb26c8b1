import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and returns to the page, now as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  const draft = await draftMode()
  draft.disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(path && path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
