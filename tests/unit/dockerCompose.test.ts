import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')

type Service = {
  image?: string
  build?: unknown
  command?: string[]
  profiles?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: unknown }
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
}
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> }

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose

/** Every process.env.NAME the app's own code reads. */
function variablesTheAppReads(): Set<string> {
  const names = new Set<string>()
  const visit = (entry: string) => {
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry)) if (name !== 'node_modules') visit(path.join(entry, name))
      return
    }
    if (!/\.(ts|tsx|mjs)$/.test(entry)) return
    for (const match of readFileSync(entry, 'utf8').matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)) names.add(match[1] ?? '')
    for (const match of readFileSync(entry, 'utf8').matchAll(/process\.env\[`([A-Z_]+)\$\{/g)) names.add(`${match[1]}*`)
  }
  for (const folder of ['src', 'collections', 'admin', 'scripts']) visit(path.join(root, folder))
  return names
}

describe('docker-compose.yml', () => {
  it('runs MongoDB as a one-node replica set with a health check and a named volume', () => {
    const mongo = compose.services.mongo
    expect(mongo?.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(JSON.stringify(mongo?.healthcheck?.test)).toContain('rs.initiate')
    expect(mongo?.volumes).toContain('mongo-data:/data/db')
    expect(compose.volumes).toHaveProperty('mongo-data')
  })

  it('builds the app from the Dockerfile and connects with replicaSet=rs0 once MongoDB is healthy', () => {
    const app = compose.services.app
    expect(app?.build).toBe('.')
    expect(app?.environment?.DATABASE_URL).toMatch(/^mongodb:\/\/mongo:27017\/\w+\?replicaSet=rs0$/)
    expect(app?.depends_on?.mongo?.condition).toBe('service_healthy')
    expect(app?.healthcheck?.test).toBeDefined()
  })

  it('offers PostgreSQL as a profile', () => {
    expect(compose.services.postgres?.profiles).toEqual(['postgres'])
    expect(compose.services['app-postgres']?.profiles).toEqual(['postgres'])
    expect(compose.services['app-postgres']?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//)
  })

  it('sets only variables the app reads, and the ones it needs', () => {
    const reads = variablesTheAppReads()
    const readsName = (name: string) =>
      reads.has(name) || [...reads].some((pattern) => pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1)))
    for (const service of ['app', 'app-postgres']) {
      const environment = compose.services[service]?.environment ?? {}
      for (const name of Object.keys(environment)) {
        if (name === 'NODE_ENV') continue
        expect(readsName(name), `${service} sets ${name}, which the app never reads`).toBe(true)
      }
      for (const needed of ['DATABASE_URL', 'PAYLOAD_SECRET', 'PORT', 'MEDIA_DIR']) expect(environment).toHaveProperty(needed)
    }
  })

  it('has a Dockerfile that starts the portal with npm start', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    expect(dockerfile).toMatch(/^FROM node:20/m)
    expect(dockerfile).toMatch(/CMD \["npm", "start"\]/)
  })
})
