'use client'
import { RelationshipField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React from 'react'

/**
 * The edition of a record. Which edition a new record starts in is decided on the server, by the
 * field's default (collections/fields/edition.ts): with autosave the record is created before
 * this component mounts, so nothing here could change it. The component stays the field's
 * editor so the generated import map keeps its entry; it renders Payload's relationship field.
 */
export function EditionField(props: RelationshipFieldClientProps) {
  return <RelationshipField {...props} />
}
