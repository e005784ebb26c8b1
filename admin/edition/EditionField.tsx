'use client'
import { RelationshipField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React from 'react'

import { useErrorsStayUntilFixed } from '../forms/useErrorsStayUntilFixed'

/**
 * The edition of a record. Which edition a new record starts in is decided on the server, by the
 * field's default (collections/fields/edition.ts): with autosave the record is created before
 * this component mounts.
 *
 * Every edition-content form (speakers, sessions, papers, organizers, dates) renders this field,
 * so it also keeps the form's field errors on show until they are fixed: a component of its own
 * would need a new entry in the generated import map, which this change does not own.
 */
export function EditionField(props: RelationshipFieldClientProps) {
  useErrorsStayUntilFixed()
  return <RelationshipField {...props} />
}
