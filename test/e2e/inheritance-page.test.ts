/**
 * The calculator page in a real browser (Debian's Chromium through playwright-core), against the app built
 * on the embedded defaults and listening on a local port: the form computes a family in French, then the same
 * form in Arabic and in English, each answer in the reader's language.
 */
import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../helpers/app'
import { browserUnavailable, launchChromium } from '../helpers/browser'

const skip = process.env.DATABASE_URL ? 'the page only talks to the API: it runs once, in the embedded pass' : browserUnavailable()
const PASSWORD = 'cedar ledger window 91'

describe('the inheritance calculator page, in Chromium', { skip: skip ?? false }, () => {
  let t: TestApp
  let browser: Browser
  let page: Page
  let base: string
  const pageErrors: string[] = []

  before(async () => {
    t = await startTestApp()
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
    const user = await t.newUser(undefined, PASSWORD)
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })).newPage()
    page.setDefaultTimeout(60_000)
    page.on('pageerror', (err) => pageErrors.push(err.message))
    await page.goto(`${base}/login?next=${encodeURIComponent('/inheritance')}`)
    await page.getByLabel('Adresse e-mail').fill(user.email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/inheritance$/)
  })

  after(async () => {
    await browser?.close()
    await t?.close()
    assert.deepEqual(pageErrors, [], 'no uncaught error in the page')
  })

  const row = (label: string) => page.locator('.shares tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${label}`) }) })

  test('French: a wife, a son and two daughters — an eighth, the rest two to one', async () => {
    await page.getByRole('heading', { name: "Calcul des parts d'héritage (farāʾiḍ)" }).waitFor()
    await page.getByLabel('épouse', { exact: true }).fill('1')
    await page.getByLabel('fils', { exact: true }).fill('1')
    await page.getByLabel('fille', { exact: true }).fill('2')
    await page.getByRole('button', { name: 'Calculer' }).click()
    assert.match(await row('épouse').innerText(), /1\/8 → 1\/8\s+4\s+Coran 4:12/)
    assert.match(await row('fils').innerText(), /le reste → 7\/16\s+14\s/)
    assert.match(await row('fille ×2').innerText(), /le reste → 7\/16\s+14\s/)
    await page.getByText('Base: 8 · base finale 32').waitFor()
  })

  test('the same form in Arabic, then in English, answers in that language', async () => {
    await page.getByLabel('Langue').selectOption('ar')
    await page.getByRole('button', { name: 'احسب' }).click()
    assert.match(await row('الزوجة').innerText(), /1\/8 → 1\/8\s+4\s+القرآن 4:12/)
    await page.getByLabel('اللغة').selectOption('en')
    await page.getByRole('button', { name: 'Compute' }).click()
    assert.match(await row('wife').innerText(), /1\/8 → 1\/8\s+4\s+Qur'an 4:12/)
  })

  test('a woman cannot leave a wife: the choice is not offered, and the husband is', async () => {
    await page.getByLabel('The deceased').selectOption('female')
    assert.equal(await page.getByLabel('wife', { exact: true }).count(), 0)
    await page.getByLabel('husband', { exact: true }).fill('1')
    await page.getByRole('button', { name: 'Compute' }).click()
    // A husband beside a son and daughters: a quarter.
    assert.match(await row('husband').innerText(), /1\/4 → 1\/4/)
  })

  test('an unborn heir (English, kept from above): what each heir is given before the birth, what is held back, each possibility', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('father', { exact: true }).fill('1')
    await page.getByLabel('mother', { exact: true }).fill('1')
    await page.getByLabel('wife', { exact: true }).fill('1')
    await page.getByLabel('An unborn heir (pregnancy)').selectOption('son')
    await page.getByRole('button', { name: 'Compute' }).click()
    const before = page.locator('.before-birth')
    await before.getByRole('heading', { name: 'Before the birth' }).waitFor()
    const now = (label: string) => before.locator('tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).innerText()
    assert.match(await now('father'), /4\/27\s+64/)
    assert.match(await now('wife'), /1\/9\s+48/)
    await before.getByText('Held back until the birth: 16/27 (256 of 432)').waitFor()
    assert.match(await before.locator('.outcomes li', { hasText: 'two girls' }).innerText(), /two girls \(Base 27\): wife 1\/9 · father 4\/27 · mother 4\/27 · daughter ×2 16\/27/)
    // Without a child of her own to wait for, a woman's form does not offer one.
    await page.getByLabel('The deceased').selectOption('female')
    assert.equal(await page.getByLabel('An unborn heir (pregnancy)').locator('option[value="son"]').count(), 0)
  })

  test('a missing heir: what each present heir is given now, what is held back, both readings', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('The deceased').selectOption('male')
    await page.getByLabel('daughter', { exact: true }).fill('1')
    await page.getByLabel('full brother', { exact: true }).fill('1')
    await page.getByLabel('son', { exact: true }).fill('1')
    await page.getByLabel('Who is missing').selectOption('son')
    await page.getByLabel('Number missing').fill('1')
    await page.getByRole('button', { name: 'Compute' }).click()
    const block = page.locator('.while-missing')
    await block.getByRole('heading', { name: 'While the missing heirs are awaited' }).waitFor()
    const now = (label: string) => block.locator('tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).innerText()
    // with the son alive she has a third and the brother nothing; without him she has half, the brother half
    assert.match(await now('daughter'), /1\/3\s+2/)
    assert.match(await now('full brother'), /0\s+0/)
    await block.getByText("Held back: 2/3 (4 of 6), of which 2/3 is the missing heirs' own part if alive").waitFor()
    assert.match(await block.locator('.outcomes li', { hasText: 'if declared dead' }).innerText(), /if declared dead \(Base 2\): daughter 1\/2 · full brother 1\/2/)
  })

  test('an heir of unknown sex: an adult among the children — half of the two parts in 40, both readings', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('The deceased').selectOption('male')
    await page.getByLabel('son', { exact: true }).fill('1')
    await page.getByLabel('daughter', { exact: true }).fill('1')
    await page.getByLabel('Who this heir is').selectOption('son')
    await page.getByLabel('The sex may still become clear (a child)').uncheck()
    await page.getByRole('button', { name: 'Compute' }).click()
    const block = page.locator('.while-unknown')
    await block.getByRole('heading', { name: 'While the sex is unknown' }).waitFor()
    const now = (label: string) => block.locator('tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).innerText()
    assert.match(await now('son'), /9\/20\s+18/)
    assert.match(await now('daughter'), /9\/40\s+9/)
    assert.match(await now('the heir of unknown sex'), /13\/40\s+13/)
    assert.match(await block.locator('.outcomes li', { hasText: 'as a female' }).innerText(), /as a female \(Base 4\): son 1\/2 · daughter ×2 1\/2/)
  })

  test('an heir who died before the division: his heirs entered, his case, and what each ends with in al-jāmiʿa', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('The deceased').selectOption('male')
    await page.getByLabel('wife', { exact: true }).fill('1')
    await page.getByLabel('son', { exact: true }).fill('2')
    await page.getByLabel('daughter', { exact: true }).fill('1')
    await page.getByRole('button', { name: 'Add an heir who died later' }).click()
    await page.getByLabel('Who died later').selectOption('son')
    const heirs: [string, string, string][] = [
      ['mother', '1', 'wife'],
      ['full_brother', '1', 'son'],
      ['full_sister', '1', 'daughter'],
      ['wife', '1', ''],
    ]
    for (const [k, [relation, count, same]] of heirs.entries()) {
      if (k > 0) await page.getByRole('button', { name: 'Add an heir', exact: true }).click()
      await page.getByLabel('Their heir').nth(k).selectOption(relation)
      await page.getByLabel('How many of them').nth(k).fill(count)
      await page.getByLabel('The same people as').nth(k).selectOption(same)
    }
    await page.getByRole('button', { name: 'Compute' }).click()
    const block = page.locator('.successive')
    await block.getByRole('heading', { name: 'In the end, of the first estate (al-jāmiʿa: 720 shares)' }).waitFor()
    await block.getByRole('heading', { name: 'Then the son died before the division: their part, 7/20, to their own heirs' }).waitFor()
    const line = (label: string) => block.locator('table.combined tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }) }).innerText()
    assert.match(await line('wife'), /11\/60\s+132/)
    assert.match(await line('son'), /35\/72\s+350/)
    assert.match(await line('daughter'), /35\/144\s+175/)
    assert.match(await line('wife (through the son)'), /7\/80\s+63/)
  })

  test('a relative who does not inherit: a son who killed his father is listed, given nothing, and excludes no one', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('wife', { exact: true }).fill('1')
    await page.getByLabel('full brother', { exact: true }).fill('1')
    await page.getByLabel('Relative').selectOption('son')
    await page.getByLabel('How many', { exact: true }).fill('1')
    await page.getByLabel('Why').selectOption('homicide')
    await page.getByRole('button', { name: 'Compute' }).click()
    assert.match(await row('wife').innerText(), /1\/4 → 1\/4\s+1\s/)
    assert.match(await row('full brother').innerText(), /residue → 3\/4\s+3\s/)
    assert.match(await row('son').innerText(), /does not inherit \(homicide\)\s+Sunan Ibn Majah 2645/)
  })

  test('a father whom the ʿawl leaves no residue is shown with his sixth alone', async () => {
    await page.goto(`${base}/inheritance`)
    await page.getByRole('heading', { name: 'Inheritance shares (farāʾiḍ)' }).waitFor()
    await page.getByLabel('The deceased').selectOption('female')
    await page.getByLabel('husband', { exact: true }).fill('1')
    await page.getByLabel('father', { exact: true }).fill('1')
    await page.getByLabel('daughter', { exact: true }).fill('2')
    await page.getByRole('button', { name: 'Compute' }).click()
    assert.match(await row('father').innerText(), /^father\s+1\/6 → 2\/13\s+2\s/)
  })
})
