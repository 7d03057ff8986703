import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
})
after(() => t.close())

type Schema = Record<string, unknown>
const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x)
const ANNOTATIONS = new Set(['description', 'title', 'nullable', 'deprecated', 'example', 'default'])

/** Every place in a response schema that says nothing about its value: `{}`, an open object, a dangling $ref. */
function vaguePlaces(schema: unknown, where: string, components: Schema, seen = new Set<string>()): string[] {
  if (!isSchema(schema)) return [`${where}: not a schema`]
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '')
    if (!isSchema(components[name])) return [`${where}: dangling ${schema.$ref}`]
    if (seen.has(name)) return []
    return vaguePlaces(components[name], where, components, new Set([...seen, name]))
  }
  if (Object.keys(schema).every((k) => ANNOTATIONS.has(k))) return [`${where}: empty schema`]
  const out: string[] = []
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const members = schema[key]
    if (Array.isArray(members)) members.forEach((m, i) => out.push(...vaguePlaces(m, `${where}.${key}[${i}]`, components, seen)))
  }
  if (schema.type === 'object') {
    const props = isSchema(schema.properties) ? schema.properties : {}
    const extra = schema.additionalProperties
    if (Object.keys(props).length === 0 && !isSchema(extra)) out.push(`${where}: object with no properties`)
    for (const [name, p] of Object.entries(props)) out.push(...vaguePlaces(p, `${where}.${name}`, components, seen))
    if (isSchema(extra)) out.push(...vaguePlaces(extra, `${where}.*`, components, seen))
  }
  if (schema.type === 'array') out.push(...vaguePlaces(schema.items, `${where}[]`, components, seen))
  return out
}

describe('the OpenAPI document', () => {
  test('describes every response of every route completely: no empty schema, open object or dangling reference', async () => {
    const doc = (await t.request('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>
      components?: { schemas?: Schema }
    }
    const components = doc.components?.schemas ?? {}
    const problems: string[] = []
    let responses = 0
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          for (const [type, media] of Object.entries(response.content ?? {})) {
            responses++
            problems.push(...vaguePlaces(media.schema, `${method.toUpperCase()} ${path} ${status} ${type}`, components))
          }
        }
      }
    }
    assert.ok(responses > 40, `only ${responses} responses described`)
    assert.deepEqual(problems, [])
  })

  test('the check itself catches a vague schema', () => {
    assert.deepEqual(vaguePlaces({ type: 'object', properties: { sources: { type: 'array', items: {} } } }, 'x', {}), ['x.sources[]: empty schema'])
    assert.deepEqual(vaguePlaces({ type: 'object', additionalProperties: {} }, 'x', {}), ['x.*: empty schema'])
    assert.deepEqual(vaguePlaces({ $ref: '#/components/schemas/gone' }, 'x', {}), ['x: dangling #/components/schemas/gone'])
  })
})
