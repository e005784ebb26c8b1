/**
 * /api/docs: the OpenAPI document rendered as one HTML page on the server. The hosted renderers
 * (Scalar, Swagger UI, RapiDoc) load their code and fonts from CDNs, which the content security
 * policy (src/lib/securityHeaders.ts) forbids; a plain page needs no script at all, works without
 * JavaScript and prints well.
 */
import type { OpenAPIV3_1 } from 'openapi-types'

type Operation = OpenAPIV3_1.OperationObject
type Parameter = OpenAPIV3_1.ParameterObject
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** Backticks become <code>; paragraphs stay paragraphs. Enough for the descriptions written here. */
function prose(text: string | undefined): string {
  if (!text) return ''
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('')
}

function isParameter(value: unknown): value is Parameter {
  return typeof value === 'object' && value !== null && 'name' in value && 'in' in value
}

function schemaType(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return ''
  if ('$ref' in schema && typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? ''
  if ('type' in schema) return Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type)
  return ''
}

function parameterRows(parameters: unknown[]): string {
  const rows = parameters.filter(isParameter).map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${parameter.in}</td><td>${escapeHtml(schemaType(parameter.schema))}</td><td>${parameter.required ? 'yes' : ''}</td><td>${escapeHtml(parameter.description ?? '')}</td></tr>`,
  )
  if (rows.length === 0) return ''
  return `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function securityText(operation: Operation): string {
  const schemes = (operation.security ?? []).map((requirement) => Object.keys(requirement)[0] ?? 'anonymous')
  return schemes.length ? schemes.join(' or ') : 'anonymous'
}

function renderOperation(path: string, method: string, operation: Operation, shared: unknown[]): string {
  const id = operation.operationId ?? `${method}-${path}`
  const responses = Object.keys(operation.responses ?? {}).join(', ')
  return `<section class="operation" id="${escapeHtml(id)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${prose(operation.summary)}${prose(operation.description)}
<p class="meta">Access: ${escapeHtml(securityText(operation))} · Responses: ${escapeHtml(responses)}</p>
${parameterRows([...shared, ...(operation.parameters ?? [])])}
</section>`
}

export function renderReference(document: OpenAPIV3_1.Document): string {
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!item) continue
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      const tag = operation.tags?.[0] ?? 'Other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(path, method, operation, item.parameters ?? [])])
    }
  }
  const schemes = Object.entries(document.components?.securitySchemes ?? {})
    .map(([name, scheme]) => `<dt><code>${escapeHtml(name)}</code></dt><dd>${prose('description' in scheme ? scheme.description : '')}</dd>`)
    .join('')
  const tags = [...byTag.keys()]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code{font:0.9em ui-monospace,monospace;background:#f2f2f2;padding:0 .2em;border-radius:3px}
.operation{border-top:1px solid #ddd;padding:.5rem 0}.operation h3{font-size:1rem;margin:.5rem 0}
.method{display:inline-block;min-width:4rem;font:bold .8rem ui-monospace,monospace;padding:.1rem .3rem;border-radius:3px;color:#fff;background:#555}
.get{background:#1a6b3a}.post{background:#1d4f91}.patch,.put{background:#8a5a00}.delete{background:#9b1c1c}
.meta{color:#555;font-size:.9rem}table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}nav ul{columns:3}
</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
${prose(document.info.description)}
<p>The machine-readable document: <a href="openapi.json"><code>/api/openapi.json</code></a> (OpenAPI ${escapeHtml(document.openapi)}). Server: <code>${escapeHtml(document.servers?.[0]?.url ?? '')}</code>.</p>
<h2>Authentication</h2><dl>${schemes}</dl>
<nav aria-label="Resources"><h2>Resources</h2><ul>${tags.map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('')}</ul></nav>
<main>${tags.map((tag) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).join('\n')}`).join('\n')}</main>
</body></html>`
}
