import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp({ API_KEY_PER_MIN: '8' })
})
after(() => t.close())

const createKey = (token: string, name = 'script') => t.request('POST', '/api/v1/api-keys', { token, body: { name } })

describe('personal API keys', () => {
  test('a key is shown once, listed without its secret, acts as its owner, and stops at once when deleted', async () => {
    const alice = await t.newUser()
    const created = await createKey(alice.access, 'mon script')
    assert.equal(created.status, 201, created.text)
    const { id, key, prefix, name } = created.body
    assert.match(key, /^fiqh_[A-Za-z0-9_-]{43}$/)
    assert.equal(name, 'mon script')
    assert.ok(key.startsWith(prefix) && prefix.length < key.length)

    const listed = await t.request('GET', '/api/v1/api-keys', { token: alice.access })
    assert.equal(listed.status, 200)
    assert.deepEqual(
      listed.body.items.map((k: { id: string }) => k.id),
      [id],
    )
    assert.doesNotMatch(listed.text, new RegExp(key.slice(prefix.length)), 'the secret is never listed')
    const stored = (await t.rt.database.db.execute(`SELECT key_hash FROM api_keys WHERE id = '${id}'` as never)) as unknown as { rows: Array<{ key_hash: string }> }
    assert.notEqual(stored.rows[0]!.key_hash, key, 'stored hashed')

    // The key works where a session token does, as its owner.
    const conv = await t.request('POST', '/api/v1/conversations', { token: key, body: { title: 'par clé' } })
    assert.equal(conv.status, 201)
    assert.equal((await t.request('GET', `/api/v1/conversations/${conv.body.id}`, { token: alice.access })).status, 200, 'the owner sees what the key made')
    assert.notEqual((await t.request('GET', '/api/v1/api-keys', { token: alice.access })).body.items[0].last_used_at, null)

    assert.equal((await t.request('DELETE', `/api/v1/api-keys/${id}`, { token: alice.access })).status, 204)
    const after = await t.request('GET', '/api/v1/conversations', { token: key })
    assert.equal(after.status, 401)
    assert.equal(after.body.error.code, 'invalid_token')
  })

  test('another user’s key never reaches your data, nor your keys', async () => {
    const alice = await t.newUser()
    const bob = await t.newUser()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: alice.access, body: {} })).body.id
    const bobKey = (await createKey(bob.access)).body
    assert.equal((await t.request('GET', `/api/v1/conversations/${conv}`, { token: bobKey.key })).status, 404)
    assert.deepEqual((await t.request('GET', '/api/v1/conversations', { token: bobKey.key })).body.items, [])
    const aliceKey = (await createKey(alice.access)).body
    assert.equal((await t.request('DELETE', `/api/v1/api-keys/${aliceKey.id}`, { token: bob.access })).status, 404)
    assert.deepEqual(
      (await t.request('GET', '/api/v1/api-keys', { token: bob.access })).body.items.map((k: { id: string }) => k.id),
      [bobKey.id],
    )
  })

  test('a key cannot make keys, log out or change the password; unknown keys are 401; each key has its own rate', async () => {
    const u = await t.newUser()
    const { key } = (await createKey(u.access)).body
    assert.equal((await createKey(key)).status, 403)
    assert.equal((await t.request('GET', '/api/v1/api-keys', { token: key })).status, 403)
    assert.equal((await t.request('POST', '/api/v1/auth/logout', { token: key, body: {} })).status, 403)
    assert.equal((await t.request('GET', '/api/v1/conversations', { token: `fiqh_${'x'.repeat(43)}` })).status, 401)
    assert.equal((await createKey(u.access, '')).status, 422)
    // API_KEY_PER_MIN=8 here: the key made three requests above; five more pass, the next is refused.
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await t.request('GET', '/api/v1/conversations', { token: key })).status)
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429])
    assert.equal((await t.request('GET', '/api/v1/conversations', { token: u.access })).status, 200, 'the session is not limited by its key')
  })
})
