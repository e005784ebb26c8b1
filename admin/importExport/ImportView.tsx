import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isImportableCollection } from '../../src/lib/import/types'
import { ImportForm } from './ImportForm.client'

/**
 * /admin/import: upload a file, see what each row would do (the dry run), then confirm.
 * Reached from the "Import…" link above each importable list.
 */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Fimport')
  const { docs } = await req.payload.find({
    collection: 'editions',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    sort: '-year',
    overrideAccess: false,
    user: req.user,
    select: { year: true, name: true, isCurrent: true },
  })
  const requested = searchParams?.collection
  const collection = isImportableCollection(requested) ? requested : 'papers'
  const current = docs.find((doc) => doc.isCurrent) ?? docs[0]
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>Import</h1>
        <p style={{ maxWidth: '48rem' }}>
          Choose a CSV or JSON file (or OpenReview notes for papers). The preview shows what each row would do; nothing is
          written until you confirm. Rows are matched on their OpenReview id, then their slug, within the edition, so
          importing the same file twice changes nothing.
        </p>
        <ImportForm
          initialCollection={collection}
          editions={docs.map((doc) => ({ year: doc.year, name: doc.name }))}
          initialYear={current?.year}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
