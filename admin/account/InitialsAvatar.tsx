'use client'
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import { type Account, initialsOf } from './initials'

/**
 * The account button's picture: the editor's initials, drawn here. Payload's default asks
 * Gravatar, a third-party request the site's CSP blocks (a broken image on every screen).
 */
export function InitialsAvatar() {
  const { user } = useAuth<Account>()
  const initials = user ? initialsOf(user) : '?'
  return (
    <span
      className="initials-avatar"
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontSize: 11,
        fontWeight: 600,
        letterSpacing: '0.02em',
      }}
    >
      {initials}
    </span>
  )
}
