'use client'

import { useState } from 'react'

type CopyButtonProps = { text: string; label: string }

/** Copies `text`; says so in a status message, since a button's label change alone is not announced. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied to the clipboard.')
    } catch {
      setStatus('Copying failed: select the text and copy it by hand.')
    }
  }

  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  )
}
