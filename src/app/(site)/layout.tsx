import type { Metadata } from 'next'
import React from 'react'

export const metadata: Metadata = {
  title: { default: 'SyntaGen', template: '%s · SyntaGen' },
  description: 'SyntaGen: Harnessing Generative Models for Synthetic Visual Datasets, a CVPR workshop.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
