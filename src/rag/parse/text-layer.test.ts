import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textLayerQuality } from './text-layer'

test('a PDF page keeps its text layer when it is real text, and goes to OCR when it is none or garbage', () => {
  const cases: Array<[string, string, ReturnType<typeof textLayerQuality>]> = [
    ['French paragraph', 'Le jeûne du voyageur est permis de rompre pendant le voyage.', 'text'],
    ['Arabic paragraph', 'يجوز للمسافر أن يفطر في رمضان ويقضي بعد ذلك', 'text'],
    ['English paragraph', 'The traveller may shorten the prayer while on a journey.', 'text'],
    ['empty page', '', 'none'],
    ['spaces only', ' \n\t ', 'none'],
    ['page number only', '12', 'none'],
    ['title page', 'Chapitre 2', 'sparse'],
    ['broken font encoding', '¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ ×÷ ¢£¤ Ab', 'none'],
    ['replacement characters', `${'\uFFFD'.repeat(10)} texte illisible mais avec des lettres en nombre`, 'none'],
    ['private-use glyphs', `${'\uE001\uE002'.repeat(10)} quelques lettres visibles ici et la`, 'none'],
  ]
  for (const [name, text, expected] of cases) assert.equal(textLayerQuality(text), expected, name)
})
