'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

/**
 * In the admin's live-preview frame: re-render the page from the server when the editor saves.
 * The admin is this same origin (express serves both), so the frame's own origin is Payload's.
 * Rendered only in draft mode, so visitors never download it.
 */
export function RefreshOnSave() {
  const router = useRouter()
  const [serverURL] = useState(() => (typeof window === 'undefined' ? '' : window.location.origin))
  const refresh = useCallback(() => router.refresh(), [router])
  return <RefreshRouteOnSave refresh={refresh} serverURL={serverURL} />
}
