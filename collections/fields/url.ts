import type { FieldHook, TextField } from 'payload'

import { validateHttpUrl } from '../../src/lib/validation'

// "example.org/talk": a host name with a dot and nothing that could be a scheme or a sentence.
const HOST_WITHOUT_SCHEME = /^(?![a-z][a-z0-9+.-]*:)[^\s/:?#]+\.[^\s/:?#]+([/:?#]\S*)?$/i

/** "example.org/x" → "https://example.org/x"; anything else is returned as it was, for the validator to judge. */
export function withHttpsScheme(value: string): string {
  const trimmed = value.trim()
  return HOST_WITHOUT_SCHEME.test(trimmed) ? `https://${trimmed}` : trimmed
}

const addHttpsScheme: FieldHook = ({ value }) => (typeof value === 'string' && value !== '' ? withHttpsScheme(value) : value)

type UrlFieldOptions = { name: string; label?: string; required?: boolean; description?: string }

export function urlField({ name, label, required = false, description }: UrlFieldOptions): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    admin: { description: description ?? 'A web address. Typed without https://, it is added when you save.' },
    hooks: { beforeValidate: [addHttpsScheme] },
    // The admin validates as you type, before the hook runs: judge the address as it will be saved.
    validate: (value: null | string | undefined, { required: isRequired }: { required?: boolean }) => {
      if (isRequired && !value) return 'This address is required.'
      return validateHttpUrl(typeof value === 'string' && value !== '' ? withHttpsScheme(value) : value)
    },
  }
}
