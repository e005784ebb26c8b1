import type { TextField } from 'payload'

import { validateHttpUrl } from '../../src/lib/validation'

type UrlFieldOptions = { name: string; label?: string; required?: boolean; description?: string }

export function urlField({ name, label, required = false, description }: UrlFieldOptions): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    admin: { description: description ?? 'A full address starting with https://' },
    validate: (value: null | string | undefined, { required: isRequired }: { required?: boolean }) => {
      if (isRequired && !value) return 'This address is required.'
      return validateHttpUrl(value)
    },
  }
}
