import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import semver from 'semver'

const root = path.resolve(import.meta.dirname, '..')
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))

test('every installed package supports every Node version package.json declares (npm ci prints no engine warning)', () => {
  const declared: string = read('package.json').engines.node
  const lock = read('package-lock.json') as { packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } }> }
  const narrower = Object.entries(lock.packages)
    .filter(([where, info]) => where !== '' && !info.optional && info.engines?.node && !semver.subset(declared, info.engines.node))
    .map(([where, info]) => `${where.replace(/^node_modules\//, '')}@${info.version} needs ${info.engines!.node}`)
  assert.deepEqual(narrower, [], `package.json declares ${declared}`)
  assert.ok(semver.satisfies(process.version, declared), `this Node (${process.version}) is outside ${declared}`)
})
