/// <reference types="node" />
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'

const web = path.resolve(import.meta.dirname, '..')

const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : []
  })

// The contract's modules build zod schemas when imported: a value import would put zod in the page.
// constants.ts alone imports nothing, so its values may be imported.
test('the page takes only types from the contract and from zod (values only from contract/constants)', () => {
  const offending: string[] = []
  for (const file of sources(path.join(web, 'src'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/['"]([^'"]*\/src\/contract\/[^'"]*|zod)['"]/g)) {
      if (m[1]!.endsWith('/src/contract/constants')) continue
      // The statement holding the name: the last line before it that opens an import or export.
      const statement =
        text
          .slice(0, m.index)
          .split('\n')
          .findLast((line) => /^(import|export)\b/.test(line)) ?? ''
      if (!/^(import|export) type\b/.test(statement)) offending.push(`${path.relative(web, file)}: ${statement.slice(0, 80)}`)
    }
  }
  assert.deepEqual(offending, [])
})

test('the built page (web/dist) carries no zod', () => {
  const assets = path.join(web, 'dist/assets')
  const scripts = fs.readdirSync(assets).filter((f) => f.endsWith('.js'))
  assert.ok(scripts.length > 0, 'web/dist has a script: run `npm run web:build`')
  for (const f of scripts) assert.doesNotMatch(fs.readFileSync(path.join(assets, f), 'utf8'), /\bZod(Type|Object|Error)\b/, f)
})
