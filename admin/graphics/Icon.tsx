import React from 'react'

export function Icon() {
  return (
    <svg aria-label="SyntaGen" role="img" width="25" height="25" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <text x="16" y="22" fill="#fff" fontFamily="system-ui, sans-serif" fontSize="17" fontWeight="700" textAnchor="middle">
        S
      </text>
    </svg>
  )
}
