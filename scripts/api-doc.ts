/**
 * `npm run docs:api`: writes docs/api.md from the OpenAPI document the app serves, so that the written
 * contract is the built one (test/api-doc.test.ts fails when the two drift apart).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { answerEventSchemas } from '../src/contract/events'
import { openRuntime } from '../src/runtime'

type Schema = { [key: string]: unknown }
interface Operation {
  tags?: string[]
  summary?: string
  security?: unknown[]
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: Schema }>
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>
}
interface OpenApi {
  info: { title: string; version: string }
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}

export const API_DOC = path.resolve(import.meta.dirname, '../docs/api.md')

const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x)

/** A JSON Schema as a compact TypeScript-like type: `{ id: string, title: string | null, verses?: {…} }`. */
export function typeOf(schema: unknown, components: Record<string, Schema> = {}, depth = 0): string {
  if (!isSchema(schema)) return 'unknown'
  if (typeof schema.$ref === 'string') return typeOf(components[schema.$ref.split('/').pop()!], components, depth)
  const nullable = schema.nullable === true ? ' | null' : ''
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key]
    if (Array.isArray(members)) return members.map((m) => typeOf(m, components, depth)).join(' | ') + nullable
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ')
  if ('const' in schema) return JSON.stringify(schema.const)
  switch (schema.type) {
    case 'array':
      return `${wrap(typeOf(schema.items, components, depth))}[]${nullable}`
    case 'object': {
      const props = isSchema(schema.properties) ? schema.properties : {}
      const required = new Set(Array.isArray(schema.required) ? schema.required : [])
      const fields = Object.entries(props).map(([name, p]) => `${name}${required.has(name) ? '' : '?'}: ${typeOf(p, components, depth + 1)}`)
      if (isSchema(schema.additionalProperties)) fields.push(`[key: string]: ${typeOf(schema.additionalProperties, components, depth + 1)}`)
      return `{ ${fields.join(', ')} }${nullable}`
    }
    case 'integer':
      return `integer${nullable}`
    default:
      return `${String(schema.type ?? 'unknown')}${nullable}`
  }
}
const wrap = (t: string) => (t.includes(' | ') ? `(${t})` : t)
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function parameters(op: Operation, where: 'query' | 'path'): string {
  return (op.parameters ?? [])
    .filter((p) => p.in === where)
    .map((p) => `${p.name}${p.required ? '' : '?'}`)
    .join(', ')
}

function operationSection(method: string, route: string, op: Operation, components: Record<string, Schema>): string {
  const lines = [`### ${method.toUpperCase()} ${route}`, '', op.summary ?? '', '']
  if (op.security?.length) lines.push('Authenticated (`Authorization: Bearer <access token>`).', '')
  const query = parameters(op, 'query')
  if (query) lines.push(`Query: \`${query}\``, '')
  for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
    lines.push(type === 'application/json' ? `Body: \`${typeOf(media.schema, components)}\`` : `Body: ${type}`, '')
  }
  lines.push('| status | body |', '|---|---|')
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const media = response.content?.['application/json']
    const failure = isOpenAiError(response) ? 'OpenAI error (see Errors)' : 'error (see Errors)'
    const body = status === '204' ? 'no content' : !status.startsWith('2') ? failure : media ? `\`${cell(typeOf(media.schema, components))}\`` : cell(response.description ?? '')
    lines.push(`| ${status} | ${body} |`)
  }
  return lines.join('\n')
}

/** The OpenAI-compatible endpoint's errors are OpenAI's shape (its schema says so), not the API's. */
const isOpenAiError = (response: { description?: string }) => response.description?.includes('OpenAI format') === true

/** The whole document: routes grouped by tag, then the error shapes and the answer's events. */
export function renderApiDoc(doc: OpenApi): string {
  const components = doc.components?.schemas ?? {}
  const byTag = new Map<string, string[]>()
  let errorType = ''
  let openAiErrorType = ''
  for (const [route, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags?.[0] ?? 'other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationSection(method, route, op, components)])
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (!status.startsWith('4')) continue
        const type = typeOf(response.content?.['application/json']?.schema, components)
        if (isOpenAiError(response)) openAiErrorType ||= type
        else errorType ||= type
      }
    }
  }
  const events = Object.entries(answerEventSchemas).map(([name, schema]) => `| \`${name}\` | \`${cell(typeOf(z.toJSONSchema(schema, { target: 'openapi-3.0' })))}\` |`)
  return [
    `# ${doc.info.title} — HTTP contract (v${doc.info.version})`,
    '',
    '<!-- Generated by `npm run docs:api` from the OpenAPI document the app serves (/openapi.json); do not edit by hand. -->',
    '',
    'Base path `/api/v1` (health and readiness also at the root; the OpenAI-compatible endpoint at `/v1`). JSON in and',
    'out; uploads are `multipart/form-data`.',
    'The shapes are the zod schemas of `src/contract/`, which also validate requests and serialise responses, and whose',
    'types the chat page imports. `?` marks an optional field.',
    '',
    ...[...byTag.entries()].flatMap(([tag, sections]) => [`## ${tag}`, '', sections.join('\n\n'), '']),
    '## Errors',
    '',
    `Every error, whatever the route under \`/api/v1\`: \`${cell(errorType)}\`.`,
    '`details` lists the fields at fault on 422, and carries `retry_after_s` on 429 (with a `Retry-After` header),',
    '`limit_mb` on 413 and the readiness checks on 503 `not_ready`. `request_id` comes with 5xx answers.',
    '',
    `Under \`/v1\` (the OpenAI-compatible endpoint), errors are in OpenAI's format, which its clients parse: \`${cell(openAiErrorType)}\`.`,
    'A refused field is a 400 there (OpenAI has no 422), named in `param` (`messages[0].content`).',
    '',
    '## Answer events',
    '',
    '`POST /api/v1/conversations/{id}/messages` with `Accept: text/event-stream` answers Server-Sent Events, in',
    'this order: `sources` once, `token` many, then `done` (the saved messages) or `error` (nothing saved).',
    'A comment line `: heartbeat` comes every 15 s while the model is silent.',
    '',
    '| event | data |',
    '|---|---|',
    ...events,
    '',
  ].join('\n')
}

/** The OpenAPI document of an app on the embedded defaults, in memory, with nothing indexed. */
export async function currentOpenApi(): Promise<OpenApi> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-api-doc-'))
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: '',
    REDIS_URL: '',
    SMTP_URL: '',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    INDEX_CORPUS: 'false',
    JWT_SECRET: 'api-doc-secret-that-is-long-enough-0123456789',
  })
  const rt = await openRuntime(config, { inMemoryDatabase: true })
  try {
    const app = await buildApp(rt)
    await app.ready()
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApi
    await app.close()
    return doc
  } finally {
    await rt.close()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = renderApiDoc(await currentOpenApi())
  await fs.writeFile(API_DOC, text)
  console.log(`wrote ${path.relative(process.cwd(), API_DOC)} (${text.split('\n').length} lines)`)
}
