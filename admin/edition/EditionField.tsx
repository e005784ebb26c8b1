'use client'
import { RelationshipField, useDocumentInfo, useField, useFormInitializing } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React, { useEffect, useRef } from 'react'

import { editionFilterKey } from './editionFilter'

/**
 * The edition of a record. A new record starts in the current edition (the field's server-side
 * default) or, when created from a list filtered to an edition, in that edition.
 */
export function EditionField(props: RelationshipFieldClientProps) {
  const { id, collectionSlug } = useDocumentInfo()
  const initializing = useFormInitializing()
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<null | string>({ path })
  const applied = useRef(false)

  useEffect(() => {
    // After the form has its initial state, or that state would replace the choice made here.
    if (initializing || applied.current || id || !collectionSlug) return
    applied.current = true
    const filtered = window.sessionStorage.getItem(editionFilterKey(collectionSlug))
    if (filtered && filtered !== value) setValue(filtered)
  }, [initializing, id, collectionSlug, value, setValue])

  return <RelationshipField {...props} />
}
