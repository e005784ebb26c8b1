import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { CollectionSlug } from 'payload'

import { payloadClient } from '@/lib/payload'
import { isStaff } from '@/lib/staff'
import type { User } from '@/payload-types'

import { previewPath } from './previewPath'

/**
 * Live preview's entry: /preview?collection=<slug>&id=<id> (or ?path=/some/page). A signed-in
 * editor (the admin's payload-token cookie) gets Next's draft mode, in which the queries read
 * drafts with the editor's access, and is sent to the page that shows the document. Anyone else
 * is refused, so the draft-mode cookie is never handed out to visitors.
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaff(user)) {
    return new Response('Sign in to the admin to preview drafts.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  const params = new URL(request.url).searchParams
  // An id the database cannot even parse (e.g. not a UUID on PostgreSQL) previews the home page.
  const path = await previewPath(payload, user as User, {
    collection: params.get('collection') as CollectionSlug | null,
    id: params.get('id'),
    path: params.get('path'),
  }).catch(() => '/')
  const draft = await draftMode()
  draft.enable()
  redirect(path)
}
