import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { cosine } from '../src/rag/embed/embedder'
import { createGeminiEmbedder, createOpenAiEmbedder } from '../src/rag/embed/remote'
import { startFakeLlm, type FakeLlm } from './helpers/fake-llm'

let fake: FakeLlm
before(async () => {
  fake = await startFakeLlm({ dim: 24 })
})
after(() => fake.close())

describe('hosted embedders through their real SDKs, against a local server speaking their protocol', () => {
  test('Gemini (@google/genai): batches, task types, output dimension, unit vectors', async () => {
    const e = createGeminiEmbedder({ apiKey: 'test-key', model: 'gemini-embedding-001', dim: 16, baseUrl: fake.url })
    assert.equal(e.id, 'gemini:gemini-embedding-001:d16')
    const texts = Array.from({ length: 70 }, (_, i) => `zakat alms poor ${i}`)
    const vectors = await e.embed(texts, 'document')
    assert.equal(vectors.length, 70)
    assert.ok(vectors.every((v) => v.length === 16 && Math.abs(Math.hypot(...v) - 1) < 1e-5))
    const calls = fake.requests.filter((r) => r.path.includes(':batchEmbedContents'))
    assert.equal(calls.length, 2, 'two batches of at most 64')
    assert.match(calls[0]!.path, /\/models\/gemini-embedding-001:batchEmbedContents$/)
    assert.equal(calls[0]!.body.requests[0].taskType, 'RETRIEVAL_DOCUMENT')
    assert.equal(calls[0]!.headers['x-goog-api-key'], 'test-key')
    const [q] = await e.embed(['zakat alms'], 'query')
    assert.equal(fake.requests.at(-1)!.body.requests[0].taskType, 'RETRIEVAL_QUERY')
    assert.ok(cosine(q!, vectors[0]!) > 0.5)
  })

  test('OpenAI-compatible (openai SDK): the dimension is read from the server, results keep their order', async () => {
    const e = await createOpenAiEmbedder({ baseUrl: `${fake.url}/v1`, model: 'bge-m3' })
    assert.equal(e.dim, 24)
    assert.equal(e.id, 'openai:bge-m3:d24')
    const [a, b, c] = await e.embed(['fasting ramadan', 'ramadan fasting month', 'theft hand'], 'document')
    assert.ok(cosine(a!, b!) > cosine(a!, c!))
    assert.equal(fake.requests.at(-1)!.path, '/v1/embeddings')
    assert.equal(fake.requests.at(-1)!.body.model, 'bge-m3')
    assert.equal(fake.requests.at(-1)!.body.encoding_format, 'float', 'plain floats, which every compatible server speaks')
  })

  test('the OpenAI-compatible client retries a 503 and then succeeds', async () => {
    const e = await createOpenAiEmbedder({ baseUrl: `${fake.url}/v1`, model: 'bge-m3' })
    const before = fake.requests.length
    fake.failNext(503, 2)
    const [v] = await e.embed(['retry me'], 'query')
    assert.equal(v!.length, 24)
    assert.equal(fake.requests.length - before, 3)
  })
})
