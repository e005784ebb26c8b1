'use client'

import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { type KeyboardEvent, useId, useState } from 'react'

type CloneAnswer = { message?: string; doc?: { id: string }; errors?: { message: string }[] }

/**
 * "Start next year from this edition" in the edition's edit view: asks for the year and calls
 * POST /api/editions/:id/clone, then opens the new draft edition.
 */
export function CloneEdition() {
  const { id } = useDocumentInfo()
  const sourceYear = useFormFields(([fields]) => fields.year?.value)
  const [open, setOpen] = useState(false)
  const [year, setYear] = useState('')
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'error' | 'done'; message?: string }>({ kind: 'idle' })
  const inputId = useId()
  const messageId = useId()
  if (!id) return null

  const start = () => {
    setYear(typeof sourceYear === 'number' ? String(sourceYear + 1) : '')
    setStatus({ kind: 'idle' })
    setOpen(true)
  }

  const submit = async () => {
    setStatus({ kind: 'working', message: 'Creating the draft edition…' })
    try {
      const response = await fetch(`/api/editions/${encodeURIComponent(String(id))}/clone`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ year: Number(year) }),
      })
      const body = (await response.json().catch(() => ({}))) as CloneAnswer
      if (!response.ok || !body.doc) {
        setStatus({ kind: 'error', message: body.errors?.[0]?.message ?? `The copy failed (HTTP ${response.status}).` })
        return
      }
      setStatus({ kind: 'done', message: body.message })
      window.location.assign(`/admin/collections/editions/${body.doc.id}`)
    } catch {
      setStatus({ kind: 'error', message: 'The server could not be reached. Nothing was copied.' })
    }
  }

  if (!open) {
    return (
      <Button buttonStyle="secondary" size="medium" onClick={start} margin={false}>
        Start next year from this edition
      </Button>
    )
  }
  return (
    // Not a <form>: this sits inside the document's own form, and forms cannot nest.
    <div role="group" aria-labelledby={`${inputId}-label`} className="clone-edition" aria-describedby={messageId}>
      <label id={`${inputId}-label`} htmlFor={inputId}>
        New edition&apos;s year
      </label>
      <input
        id={inputId}
        type="number"
        min={2000}
        max={2100}
        value={year}
        onChange={(event) => setYear(event.target.value)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          // Enter would submit the document's form: here it starts the copy instead.
          if (event.key !== 'Enter') return
          event.preventDefault()
          void submit()
        }}
        aria-invalid={status.kind === 'error'}
      />
      <Button buttonStyle="primary" size="medium" margin={false} disabled={status.kind === 'working'} onClick={() => void submit()}>
        Create draft
      </Button>
      <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => setOpen(false)}>
        Cancel
      </Button>
      <p id={messageId} role={status.kind === 'error' ? 'alert' : 'status'} className="clone-edition__message">
        {status.message ??
          'Copies the organizers, the call for papers, the navigation and the important dates (one year later) as drafts.'}
      </p>
    </div>
  )
}
