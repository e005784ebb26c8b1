import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')

type OpenApi = {
  openapi: string
  paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; description?: string }> }
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document of the REST API', async () => {
    const response = await fetch(`${baseUrl}/api/openapi.json`)
    expect(response.status).toBe(200)
    const document = (await response.json()) as OpenApi
    expect(document.openapi).toMatch(/^3\.1\./)
    const result = await validate(structuredClone(document) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
    for (const path of ['/api/papers', '/api/papers/{id}', '/api/sessions', '/api/editions', '/api/speakers', '/api/globals/site']) {
      expect(Object.keys(document.paths)).toContain(path)
    }
    expect(Object.keys(document.paths).some((path) => path.startsWith('/api/integrations'))).toBe(false)
  })

  it('documents the integration key scheme for reads, and staff sessions for writes', async () => {
    const document = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as OpenApi
    expect(document.components.securitySchemes.IntegrationKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    expect(document.components.securitySchemes.IntegrationKey?.description).toContain('integrations API-Key')
    expect(document.paths['/api/papers']?.get?.security).toEqual([{}, { IntegrationKey: [] }])
    expect(document.paths['/api/papers']?.post?.security).toEqual([{ StaffToken: [] }])
  })

  it('is rendered at /api/docs as a page that needs nothing from another origin', async () => {
    const response = await fetch(`${baseUrl}/api/docs`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain('SyntaGen portal API')
    expect(html).toContain('/api/papers/{id}')
    expect(html).toContain('integrations API-Key')
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[^"'\s<]*\.(?:js|css)/)
  })
})
