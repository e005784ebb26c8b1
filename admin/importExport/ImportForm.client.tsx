'use client'

import React, { useState } from 'react'

import type { ImportableCollection, ImportReport } from '../../src/lib/import/types'
import { IMPORT_TARGETS } from './collections'

type Props = {
  initialCollection: ImportableCollection
  editions: { year: number; name: string }[]
  initialYear?: number
}

type Format = 'auto' | 'csv' | 'json' | 'openreview'

const ACTION_WORDS: Record<string, string> = { create: 'Create', update: 'Update', unchanged: 'Unchanged', error: 'Error' }

function formatOf(format: Format, file: File): string {
  if (format !== 'auto') return format
  return file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv'
}

function contentTypeOf(format: string): string {
  return format === 'csv' ? 'text/csv' : 'application/json'
}

function summary(report: ImportReport): string {
  const rowsWithErrors = report.rows.filter((row) => row.action === 'error').length
  const verb = report.dryRun ? 'would be' : 'were'
  return `${report.created} ${verb} created, ${report.updated} ${verb} updated, ${report.unchanged} unchanged, ${rowsWithErrors} with errors.`
}

/** Upload → preview (a dry run over REST) → confirm (the same request without dryRun). */
export function ImportForm({ initialCollection, editions, initialYear }: Props) {
  const [collection, setCollection] = useState<ImportableCollection>(initialCollection)
  const [year, setYear] = useState<string>(initialYear ? String(initialYear) : '')
  const [format, setFormat] = useState<Format>('auto')
  const [publish, setPublish] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reset = () => {
    setReport(null)
    setProblem(null)
  }

  async function send(dryRun: boolean) {
    if (!file) return
    setBusy(true)
    setProblem(null)
    try {
      const chosen = formatOf(format, file)
      const query = new URLSearchParams({ format: chosen })
      if (year) query.set('edition', year)
      if (publish) query.set('status', 'published')
      if (dryRun) query.set('dryRun', '1')
      const response = await fetch(`/api/${collection}/import?${query.toString()}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': contentTypeOf(chosen) },
        body: await file.arrayBuffer(),
      })
      const body = (await response.json()) as ImportReport & { message?: string }
      if (!response.ok) {
        setReport(null)
        setProblem(body.message ?? `The server answered ${response.status}.`)
        return
      }
      setReport(body)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const errorsByRow = new Map<number, string[]>()
  for (const error of report?.errors ?? []) {
    const list = errorsByRow.get(error.row) ?? []
    list.push(error.field ? `${error.field}: ${error.message}` : error.message)
    errorsByRow.set(error.row, list)
  }
  const canImport = report?.dryRun === true && report.rows.some((row) => row.action !== 'error')

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '64rem', marginBottom: '3rem' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void send(true)
        }}
        style={{ display: 'grid', gap: '0.75rem', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', alignItems: 'end' }}
      >
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          What
          <select
            name="collection"
            value={collection}
            onChange={(event) => {
              setCollection(event.target.value as ImportableCollection)
              reset()
            }}
          >
            {IMPORT_TARGETS.map((target) => (
              <option key={target.collection} value={target.collection}>
                {target.label}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          Edition (rows without an edition column)
          <select
            name="edition"
            value={year}
            onChange={(event) => {
              setYear(event.target.value)
              reset()
            }}
          >
            {editions.map((edition) => (
              <option key={edition.year} value={String(edition.year)}>
                {edition.name}
              </option>
            ))}
          </select>
        </label>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          Format
          <select
            name="format"
            value={format}
            onChange={(event) => {
              setFormat(event.target.value as Format)
              reset()
            }}
          >
            <option value="auto">From the file name (.csv or .json)</option>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
            <option value="openreview">OpenReview notes (JSON, papers only)</option>
          </select>
        </label>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          File
          <input
            type="file"
            name="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              reset()
            }}
          />
        </label>
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input
            type="checkbox"
            name="publish"
            checked={publish}
            onChange={(event) => {
              setPublish(event.target.checked)
              reset()
            }}
          />
          Publish new records (otherwise they are drafts)
        </label>
        <button type="submit" className="btn btn--style-primary" disabled={!file || busy} style={{ margin: 0 }}>
          Preview
        </button>
      </form>

      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}

      {report ? (
        <section aria-labelledby="import-result">
          <h2 id="import-result" style={{ fontSize: '1.25rem' }}>
            {report.dryRun ? 'Preview' : 'Imported'}
          </h2>
          <p role="status" data-testid="import-summary">
            {summary(report)}
          </p>
          {canImport ? (
            <button type="button" className="btn btn--style-primary" disabled={busy} onClick={() => void send(false)}>
              {report.created + report.updated > 0 ? `Import: write ${report.created + report.updated} rows` : 'Import (nothing to change)'}
            </button>
          ) : null}
          <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '1rem' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>Row</th>
                <th style={{ textAlign: 'left' }}>Action</th>
                <th style={{ textAlign: 'left' }}>Record</th>
                <th style={{ textAlign: 'left' }}>Problem</th>
                <th style={{ textAlign: 'left' }}>Edition</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.row} data-action={row.action} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                  <td>{row.row}</td>
                  <td>{ACTION_WORDS[row.action] ?? row.action}</td>
                  <td>{row.label}</td>
                  <td>{(errorsByRow.get(row.row) ?? []).join(' ')}</td>
                  <td>{row.edition ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <p>
        Export {IMPORT_TARGETS.find((target) => target.collection === collection)?.label.toLowerCase()} of this edition:{' '}
        <a href={`/api/${collection}/export?format=csv${year ? `&edition=${year}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/${collection}/export?format=json${year ? `&edition=${year}` : ''}`}>JSON</a>
      </p>
    </div>
  )
}
