import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { test } from 'node:test'
import { candidateModels, modelFolder, parseOcrLangs } from './languages'

test('the lang field becomes the models OCR reads with; none said means both scripts are tried', () => {
  assert.deepEqual(candidateModels(parseOcrLangs('ar')!), [['ara']])
  assert.deepEqual(candidateModels(parseOcrLangs('fr,en')!), [['fra', 'eng']])
  assert.deepEqual(candidateModels(parseOcrLangs('ar fr ar')!), [['ara', 'fra']])
  assert.deepEqual(candidateModels(null), [['ara'], ['fra', 'eng']])
  assert.equal(parseOcrLangs('de'), undefined)
  assert.equal(parseOcrLangs('ar,xx'), undefined)
  assert.equal(parseOcrLangs(''), undefined)
})

test('the trained data comes from the installed npm packages, gathered in one folder without any download', async () => {
  const dir = await modelFolder(['ara', 'fra', 'eng'])
  for (const code of ['ara', 'fra', 'eng']) {
    const file = path.join(dir, `${code}.traineddata.gz`)
    assert.match(await fs.realpath(file), new RegExp(`node_modules/@tesseract.js-data/${code}/4.0.0_best_int/${code}.traineddata.gz$`))
    assert.ok((await fs.stat(file)).size > 500_000, `${code} has its model`)
  }
  assert.equal(await modelFolder(['ara', 'fra', 'eng']), dir, 'the same folder each time')
})
