import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import { describe, test } from 'node:test'
import { API_DOC, currentOpenApi, renderApiDoc, typeOf } from '../scripts/api-doc'

describe('docs/api.md', () => {
  test('is the contract as built: regenerating it from /openapi.json changes nothing (npm run docs:api)', async () => {
    const written = await fs.readFile(API_DOC, 'utf8')
    assert.equal(written, renderApiDoc(await currentOpenApi()), 'docs/api.md is stale: run `npm run docs:api`')
  })

  test('renders schemas as compact types', () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'integer' }, lang: { enum: ['ar', 'fr'] }, verses: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } } },
      required: ['n'],
    }
    assert.equal(typeOf(schema), '{ n: integer, lang?: "ar" | "fr", verses?: (string | number)[] }')
  })
})
