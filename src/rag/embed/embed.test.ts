import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { UnitInput } from '../index/units'
import { cosine } from './embedder'
import { buildLsiModel, createLsiEmbedder } from './local-lsi'
import { truncatedSvd } from './svd'

const verse = (key: string, ar: string, fr: string, en: string): UnitInput => ({
  collection: 'quran',
  sourceKey: key,
  texts: [
    { lang: 'ar', text: ar, reference: key },
    { lang: 'fr', text: fr, reference: key },
    { lang: 'en', text: en, reference: key },
  ],
})

const corpus: UnitInput[] = []
for (let i = 0; i < 12; i++) {
  corpus.push(verse(`z${i}`, `الزكاة للفقراء والمساكين ${i}`, `l'aumône aux pauvres et aux indigents ${i}`, `alms for the poor and the needy ${i}`))
  corpus.push(verse(`f${i}`, `الصيام في شهر رمضان ${i}`, `le jeûne du mois de ramadan ${i}`, `fasting in the month of ramadan ${i}`))
  corpus.push(verse(`v${i}`, `السارق والسارقة فاقطعوا ${i}`, `le voleur et la voleuse coupez ${i}`, `the thief male and female cut ${i}`))
}

describe('the offline LSI embedder', () => {
  test('is deterministic: the same corpus gives the same id and the same vectors', async () => {
    const a = createLsiEmbedder(buildLsiModel(corpus, 4, 'v'))
    const b = createLsiEmbedder(buildLsiModel(corpus, 4, 'v'))
    assert.equal(a.id, b.id)
    const [va] = await a.embed(['jeûne ramadan'], 'query')
    const [vb] = await b.embed(['jeûne ramadan'], 'query')
    assert.deepEqual(Array.from(va!), Array.from(vb!))
  })

  test('a model built by another version of the analyzer has another id, so its vectors are never mixed with these', () => {
    assert.notEqual(buildLsiModel(corpus, 4, 'v', 1).id, buildLsiModel(corpus, 4, 'v', 2).id)
  })

  test('puts translations of one idea close together and different ideas apart', async () => {
    const e = createLsiEmbedder(buildLsiModel(corpus, 4, 'v'))
    const [fr, ar, en, theft] = await e.embed(['aumône pauvres', 'الزكاة للفقراء', 'alms poor', 'voleur coupez'], 'query')
    assert.ok(cosine(fr!, ar!) > 0.8, `fr~ar ${cosine(fr!, ar!)}`)
    assert.ok(cosine(fr!, en!) > 0.8)
    assert.ok(cosine(fr!, theft!) < 0.3)
    assert.equal(e.dim, 4)
    assert.ok(Math.abs(Math.hypot(...fr!) - 1) < 1e-5, 'unit length')
  })

  test('truncated SVD recovers the dominant singular values of a small matrix', () => {
    // diag(3, 2, 1) as a sparse 3×3 matrix.
    const A = { rows: 3, cols: 3, colPtr: Int32Array.from([0, 1, 2, 3]), rowIdx: Int32Array.from([0, 1, 2]), values: Float32Array.from([3, 2, 1]) }
    const { sigma } = truncatedSvd(A, 2, { oversample: 1 })
    assert.ok(Math.abs(sigma[0]! - 3) < 1e-6 && Math.abs(sigma[1]! - 2) < 1e-6)
  })
})
