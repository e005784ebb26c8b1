import React from 'react'

/** The login screen's mark: the workshop's name, no image to load. */
export function Logo() {
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center' }}>
      <div style={{ fontSize: '2.25rem', fontWeight: 700, letterSpacing: '-0.02em' }}>SyntaGen</div>
      <div style={{ fontSize: '0.95rem', opacity: 0.75 }}>Workshop portal</div>
    </div>
  )
}
