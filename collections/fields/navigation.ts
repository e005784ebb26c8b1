import type { ArrayField } from 'payload'

type NavigationFieldOptions = { name: string; description: string; interfaceName?: string }

/** Header links: a label and a path on this site or a full https:// address. */
export function navigationField({ name, description, interfaceName }: NavigationFieldOptions): ArrayField {
  return {
    name,
    type: 'array',
    interfaceName,
    labels: { singular: 'Link', plural: 'Links' },
    admin: { description },
    fields: [
      { name: 'label', type: 'text', required: true },
      {
        name: 'href',
        type: 'text',
        required: true,
        admin: { description: 'A path on this site such as /challenge, or a full https:// address.' },
        validate: (value: null | string | undefined) => {
          if (!value) return 'A link target is required.'
          if (value.startsWith('/') && !value.startsWith('//')) return true
          return /^https?:\/\//.test(value) ? true : 'Use a path starting with / or a full https:// address.'
        },
      },
    ],
  }
}
