/**
 * The chat page in a real browser (Debian's Chromium through playwright-core) against `src/server.ts`
 * started on the embedded defaults, as a newcomer would meet it: from the first start (the corpus
 * still indexing) to logging out. The steps share one browser page and run in order.
 *
 * Screenshots go to a temporary folder; with UPDATE_SCREENSHOTS=1 they replace docs/screenshots/.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { browserUnavailable, launchChromium } from '../helpers/browser'
import { root, runScript } from '../helpers/cli'
import { startHadithCdn, writeHadithFixture } from '../helpers/hadith-fixture'
import { linkFromOutbox } from '../helpers/outbox'
import { startServerProcess, waitFor, type ServerProcess } from '../helpers/process'
import { makeScannedPdf, renderScan } from '../helpers/scans'

const skip = process.env.DATABASE_URL ? 'the page only talks to the API: it runs once, in the embedded pass' : browserUnavailable()
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(root, 'docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'fiqh-shots-'))
const EMAIL = 'newcomer@example.org'
const PASSWORD = 'première clé 2026'
const NEW_PASSWORD = 'deuxième clé 2026'
const UNIQUE = 'zarqawiyya7q'
const ADMIN_EMAIL = 'admin@example.org'
const ADMIN_PASSWORD = 'clé d’administration 2026'

describe('the chat page, from sign-up to log-out, in Chromium', { skip: skip ?? false }, () => {
  let server: ServerProcess
  let dataDir: string
  let hadithDir: string
  let cdn: Awaited<ReturnType<typeof startHadithCdn>>
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const pageErrors: string[] = []

  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) })
  const open = (link: URL) => page.goto(`${server.base}${link.pathname}${link.search}`)

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fiqh-e2e-'))
    // A stand-in for the hadith CDN, and an administrator made as the README says (before the server holds the database).
    hadithDir = await writeHadithFixture()
    cdn = await startHadithCdn(hadithDir)
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', SMTP_URL: '', LOG_LEVEL: 'warn' }
    const admin = await runScript('src/cli/user-create.ts', ['--email', ADMIN_EMAIL, '--password', ADMIN_PASSWORD, '--admin'], env)
    assert.equal(admin.code, 0, admin.stderr)
    // Not waiting for /ready: the newcomer signs up while the corpus indexes, as on a real first start.
    server = await startServerProcess({ ...env, HADITH_SOURCE_URL: cdn.base })
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', permissions: ['clipboard-read', 'clipboard-write'] })
    page = await context.newPage()
    page.setDefaultTimeout(120_000)
    page.on('pageerror', (err) => pageErrors.push(err.message))
    fs.mkdirSync(shots, { recursive: true })
  })

  after(async () => {
    await browser?.close()
    await server?.stop()
    await cdn?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (hadithDir) fs.rmSync(hadithDir, { recursive: true, force: true })
    assert.deepEqual(pageErrors, [], 'no uncaught error in the page')
  })

  test('a newcomer lands on the login page, in French, and creates an account', async () => {
    await page.goto(server.base)
    await page.waitForURL(/\/login$/)
    assert.equal(await page.getAttribute('html', 'lang'), 'fr')
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr')
    await shot('login')
    await page.getByRole('link', { name: 'Créer un compte' }).click()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    // Checked before any request: too short.
    await page.getByLabel('Mot de passe', { exact: true }).fill('court')
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await page.getByText('de 8 à 128 caractères').first().waitFor()
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Prénom (facultatif)').fill('Amina')
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await page.getByRole('heading', { name: 'Vérifiez votre boîte mail' }).waitFor()
    await page.getByText(`Nous avons envoyé un lien de confirmation à ${EMAIL}`).waitFor()
  })

  test('logging in before confirming says why, and offers a new link', async () => {
    await page.getByRole('link', { name: 'Se connecter' }).click()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByText('Confirmez d’abord votre adresse e-mail').waitFor()
    await page.getByRole('button', { name: 'Renvoyer le lien' }).waitFor()
  })

  test('the link from the mail confirms the address, then the login opens the chat', async () => {
    await open(await linkFromOutbox(dataDir, EMAIL, '/verify-email'))
    await page.getByText('Votre adresse est confirmée').waitFor()
    await page.getByRole('link', { name: 'Se connecter' }).click()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    await page.getByLabel('Mot de passe', { exact: true }).fill('wrong password here')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor()
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(`${server.base}/`)
    await page.getByRole('heading', { name: 'Posez votre question' }).waitFor()
  })

  test('a French question gets an answer streamed token by token, whose citation opens Qur’an 2:183 in Arabic beside the translation', async () => {
    await waitFor(() => fetch(`${server.base}/ready`).then((r) => r.ok), 'the corpus index', 120_000, 250)
    // Count the distinct lengths the answer goes through while it is being written.
    await page.evaluate(() => {
      const seen = new Set<number>()
      ;(window as unknown as { seenLengths: Set<number> }).seenLengths = seen
      new MutationObserver(() => {
        const live = document.querySelector('.msg.assistant.streaming .answer-text')
        if (live) seen.add(live.textContent?.length ?? 0)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    const stream = page.waitForResponse((r) => r.request().method() === 'POST' && /\/messages$/.test(r.url()))
    await page.getByRole('textbox', { name: /Votre question/ }).fill('Le jeûne est-il prescrit aux croyants ?')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/c\/[0-9a-f-]{36}$/)
    const response = await stream
    assert.match(String(response.headers()['content-type']), /text\/event-stream/)
    const events = (await response.text()).match(/^event: \w+$/gm) ?? []
    assert.equal(events[0], 'event: sources')
    assert.ok(events.filter((e) => e === 'event: token').length >= 20, `${events.length} events`)
    assert.equal(events.at(-1), 'event: done')
    const answer = page.locator('.msg.assistant:not(.streaming)').last()
    await answer.waitFor()
    const partials = await page.evaluate(() => (window as unknown as { seenLengths: Set<number> }).seenLengths.size)
    assert.ok(partials >= 5, `the answer grew in ${partials} steps`)
    await answer.getByText('Coran 2:183').first().waitFor()
    await shot('answer')

    await answer.getByRole('button', { name: '[1] Coran 2:183' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Coran 2:183' }).waitFor()
    const arabic = dialog.locator('section[lang="ar"]')
    assert.equal(await arabic.getAttribute('dir'), 'rtl')
    assert.match(await arabic.innerText(), /[\u0600-\u06ff]{3}/)
    assert.match(await dialog.locator('section.translation').innerText(), /On vous a prescrit/)
    // Chromium runs without the machine's Arabic fonts: every letter and mark of the verse must come from
    // the font the page ships. A glyph's width does not depend on the fallback font when the first font of
    // the list has it, and does when it falls back (to two Latin fonts with different missing-glyph boxes).
    const fonts = await arabic
      .locator('p')
      .first()
      .evaluate(async (el) => {
        await document.fonts.ready
        // Only anonymous callbacks in here: the tests' TypeScript loader wraps named functions in a helper
        // (__name) that the page does not have.
        const ctx = document.createElement('canvas').getContext('2d')!
        const chars = [...new Set([...(el.textContent ?? '')].filter((c) => /\S/.test(c)))]
        // [system fallbacks alone, the shipped font first] × [sans, mono] × ['ب', ...chars]
        const widths = ['', '"Amiri Quran", '].map((first) =>
          ['"Liberation Sans"', '"Liberation Mono"'].map((fallback) => {
            ctx.font = `40px ${first}${fallback}`
            return ['ب', ...chars].map((c) => ctx.measureText(c).width)
          }),
        )
        return {
          family: getComputedStyle(el).fontFamily,
          loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
          chars: chars.length,
          fallbacksDiffer: widths[0]![0]![0] !== widths[0]![1]![0],
          missing: chars.filter((_, i) => widths[1]![0]![i + 1] !== widths[1]![1]![i + 1]),
        }
      })
    assert.match(fonts.family, /^"?Amiri Quran"?,/)
    assert.ok(fonts.loaded.includes('Amiri Quran'), `the shipped Amiri Quran is loaded (${fonts.loaded.join(', ')})`)
    assert.ok(fonts.fallbacksDiffer, 'the check can tell a fallback glyph from a shipped one')
    assert.ok(fonts.chars > 10)
    assert.deepEqual(fonts.missing, [], 'no letter or mark of the verse falls back to another font')
    await shot('source')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // The new conversation took its title from the question.
    await page.locator('.conv.active').getByText('Le jeûne est-il prescrit').waitFor()
  })

  test('feedback is saved with the answer, and copy puts the answer with its references on the clipboard', async () => {
    const answer = page.locator('.msg.assistant').last()
    await answer.getByRole('button', { name: 'Réponse utile' }).click()
    await page.getByText('Merci pour votre avis.').waitFor()
    await page.reload()
    const reloaded = page.locator('.msg.assistant').last()
    await reloaded.waitFor()
    assert.equal(await reloaded.getByRole('button', { name: 'Réponse utile' }).getAttribute('aria-pressed'), 'true')
    await reloaded.getByRole('button', { name: 'Copier' }).click()
    await page.getByText('Réponse copiée.').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    assert.match(copied, /aS-Siyâm/)
    assert.match(copied, /\[1\] Coran 2:183/)
  })

  test('with the network gone, sending says so and keeps the question', async () => {
    await context.setOffline(true)
    const box = page.getByRole('textbox', { name: /Votre question/ })
    await box.fill('Question écrite hors ligne')
    await page.keyboard.press('Enter')
    await page.getByText('Le serveur est injoignable.').waitFor()
    assert.equal(await box.inputValue(), 'Question écrite hors ligne')
    await context.setOffline(false)
    await box.fill('')
  })

  test('switching to Arabic turns the whole interface right to left', async () => {
    await page.getByLabel('Langue').selectOption('ar')
    await page.getByRole('link', { name: 'محادثة جديدة' }).waitFor()
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl')
    assert.equal(await page.getAttribute('html', 'lang'), 'ar')
    // The French answer keeps its own direction inside the Arabic interface.
    assert.equal(await page.locator('.msg.assistant .answer-text').first().getAttribute('dir'), 'ltr')
    if (await page.locator('.toast').count()) await page.locator('.toast').click()
    await shot('arabic')
    await page.reload()
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the choice survives a reload')
    await page.getByLabel('اللغة').selectOption('fr')
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr')
  })

  test('a text file uploaded to the conversation becomes ready, and the next answer cites it', async () => {
    await page.getByRole('button', { name: 'Documents' }).click()
    const panel = page.getByRole('region', { name: 'Documents de la conversation' })
    await panel.waitFor()
    // The first status request after the upload fails as if the server were restarting: polling goes on.
    let failed = 0
    await page.route(/\/api\/v1\/conversations\/[^/]+\/documents$/, (route) =>
      route.request().method() === 'GET' && failed++ === 0
        ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'restarting' } }) })
        : route.fallback(),
    )
    await panel.locator('input[type=file]').setInputFiles({
      name: 'notes-de-cours.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`Notes de cours sur le jeûne.\n\nLe terme ${UNIQUE} désigne, dans ce cours, la règle du repas de l’aube pris avant le début du jeûne.\n`),
    })
    const row = panel.locator('li[data-status="ready"]', { hasText: 'notes-de-cours.txt' })
    await row.waitFor({ timeout: 180_000 })
    assert.ok(failed >= 2, 'a status request failed and a later one was made')
    await page.unroute(/\/api\/v1\/conversations\/[^/]+\/documents$/)
    assert.match(await row.innerText(), /Prêt · 1 passage\b/)

    // Wrong content behind a PDF name: refused with the reason, nothing listed.
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff${'\x00'.repeat(64)}`) })
    await panel.getByText('Type de fichier non pris en charge').waitFor()
    // Over the server's limit (25 MB by default): the limit is given.
    await panel.locator('input[type=file]').setInputFiles({ name: 'trop-gros.txt', mimeType: 'text/plain', buffer: Buffer.alloc(26 * 1024 * 1024, 'a') })
    await panel.getByText('Fichier trop volumineux : la limite est de 25 Mo.').waitFor({ timeout: 180_000 })
    await shot('documents')
    assert.equal(await panel.locator('li[data-status]').count(), 1, 'refused files are not listed as documents')

    await page.getByRole('textbox', { name: /Votre question/ }).fill(`Que désigne le terme ${UNIQUE} ?`)
    await page.getByRole('button', { name: 'Envoyer' }).click()
    const answer = page.locator('.msg.assistant:not(.streaming)').nth(1)
    await answer
      .getByRole('button', { name: /notes-de-cours\.txt/ })
      .first()
      .waitFor()
  })

  test('a scanned PDF shows its OCR progress page by page, becomes ready, and the answer citing it carries the ocr mark', async () => {
    const panel = page.getByRole('region', { name: 'Documents de la conversation' })
    const pages = Array.from({ length: 6 }, (_, i) =>
      renderScan(i === 1 ? 'Le siwak purifie la bouche et plaît au Seigneur, dit ce cours scanné.' : `Page ${i + 1} du polycopié scanné sur la purification.`, { dpi: 150, widthIn: 5 }),
    )
    await panel.locator('input[type=file]').setInputFiles({ name: 'polycopie.pdf', mimeType: 'application/pdf', buffer: makeScannedPdf(pages, 150) })
    const reading = panel.locator('li[data-status="processing"]', { hasText: 'polycopie.pdf' }).getByText(/Lecture de la page \d sur 6/)
    await reading.waitFor({ timeout: 120_000 })
    await reading.scrollIntoViewIfNeeded().catch(() => undefined)
    await shot('documents-ocr')
    await panel.locator('li[data-status="ready"]', { hasText: 'polycopie.pdf' }).waitFor({ timeout: 180_000 })
    await page.getByRole('textbox', { name: /Votre question/ }).fill('Que dit le polycopié scanné sur le siwak ?')
    await page.getByRole('button', { name: 'Envoyer' }).click()
    const answer = page.locator('.msg.assistant:not(.streaming)').nth(2)
    const chip = answer.locator('.source-chip', { hasText: 'polycopie.pdf p. 2' }).first()
    await chip.waitFor({ timeout: 60_000 })
    assert.equal(await chip.locator('.ocr-mark').innerText(), 'ocr')
    assert.match((await chip.locator('.ocr-mark').getAttribute('title')) ?? '', /Lu par OCR sur une page scannée \(confiance \d+ %\)/)
  })

  test('a share link opens the conversation read-only without an account, with its sources, in any language, until it is revoked', async () => {
    await page.getByRole('button', { name: 'Partager' }).click()
    const dialog = page.getByRole('dialog', { name: 'Partager cette conversation' })
    await dialog.getByRole('button', { name: 'Créer un lien' }).click()
    const shown = dialog.locator('input[type=url]')
    await shown.waitFor()
    const url = await shown.inputValue()
    assert.match(url, new RegExp(`^${server.base}/s/[A-Za-z0-9_-]{43}$`))
    await dialog.getByRole('button', { name: 'Copier le lien' }).click()
    await page.getByText('Lien copié.').waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url)
    await dialog.getByText('jamais ouvert').waitFor()
    await shot('share')

    // A stranger: another browser context, no session, nothing stored.
    const stranger = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' })
    const reader = await stranger.newPage()
    reader.setDefaultTimeout(120_000)
    reader.on('pageerror', (err) => pageErrors.push(`shared page: ${err.message}`))
    const response = await reader.goto(url)
    assert.equal(response?.status(), 200)
    assert.equal(response?.headers()['cache-control'], 'no-store')
    assert.match(response?.headers()['x-robots-tag'] ?? '', /noindex/)
    assert.equal(response?.headers()['referrer-policy'], 'no-referrer')
    await reader.getByText(/Conversation partagée, en lecture seule/).waitFor()
    await reader.locator('.msg.assistant').nth(2).waitFor()
    // The greeting question, the uploaded notes' and the scanned course's.
    assert.equal(await reader.locator('.msg.user').count(), 3)
    assert.match(await reader.locator('.msg.user').nth(1).innerText(), new RegExp(UNIQUE))
    assert.equal(await reader.getByRole('textbox', { name: /Votre question/ }).count(), 0, 'read-only: no composer')
    assert.equal(await reader.getByRole('button', { name: 'Réponse utile' }).count(), 0, 'no rating')
    assert.equal(await reader.getByRole('button', { name: 'Se déconnecter' }).count(), 0, 'no session')
    // The document's passage opens as its quoted excerpt; the verse with its Arabic.
    await reader.locator('.msg.assistant').nth(1).locator('.source-chip', { hasText: 'notes-de-cours.txt' }).first().click()
    const source = reader.locator('dialog.source-dialog[open]')
    await source.getByText(new RegExp(UNIQUE)).waitFor()
    await source.getByRole('button', { name: 'Fermer' }).click()
    await reader.locator('.msg.assistant').first().locator('.source-chip', { hasText: 'Coran 2:183' }).first().click()
    await source.locator('section.arabic').waitFor()
    await source.getByRole('button', { name: 'Fermer' }).click()
    await reader.screenshot({ path: path.join(shots, 'shared.png') })
    await reader.getByLabel('Langue').selectOption('ar')
    await reader.getByText(/محادثة مشتركة للقراءة فقط/).waitFor()
    assert.equal(await reader.getAttribute('html', 'dir'), 'rtl')

    // The owner sees the view counted, and revokes the link: the stranger's next load finds nothing.
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Partager' }).click()
    await dialog.getByText('ouvert 1 fois').waitFor()
    assert.equal(await dialog.locator('input[type=url]').count(), 0, 'the link is not shown again')
    page.once('dialog', (d) => void d.accept())
    await dialog.getByRole('button', { name: 'Révoquer' }).click()
    await page.getByText('Lien révoqué.').waitFor()
    await dialog.getByText('Aucun lien.').waitFor()
    await reader.reload()
    await reader.getByRole('heading', { name: 'الرابط غير موجود' }).waitFor()
    await stranger.close()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  test('the conversation list renames, searches and deletes', async () => {
    await page.getByRole('link', { name: 'Nouvelle conversation' }).click()
    await page.getByRole('textbox', { name: /Votre question/ }).fill('Quels sont les bénéficiaires de la zakat ?')
    await page.keyboard.press('Enter')
    await page.locator('.msg.assistant:not(.streaming)').first().waitFor()
    const item = page.locator('.conv', { hasText: 'bénéficiaires de la zakat' })
    await item.getByRole('button', { name: /Renommer/ }).click()
    await page.getByRole('textbox', { name: 'Renommer' }).fill('Zakat : à qui ?')
    await page.keyboard.press('Enter')
    await page.locator('.conv', { hasText: 'Zakat : à qui ?' }).waitFor()

    await page.getByRole('searchbox', { name: 'Rechercher dans les conversations' }).fill(UNIQUE)
    await page.getByText('Zakat : à qui ?').waitFor({ state: 'hidden' })
    assert.equal(await page.locator('.conv').count(), 1, 'only the conversation whose messages hold the word')
    await page.getByRole('searchbox', { name: 'Rechercher dans les conversations' }).fill('')
    await page.getByText('Zakat : à qui ?').waitFor()

    // Exported as a Markdown file, with the answer's numbered sources.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (Markdown)' }).click()])
    assert.equal(download.suggestedFilename(), 'Zakat-à-qui.md')
    const markdown = fs.readFileSync((await download.path())!, 'utf8')
    assert.match(markdown, /^# Zakat : à qui \?\n/)
    assert.match(markdown, /### Sources\n\n- \[1\] \*\*Coran \d+:\d+\*\*/)

    page.once('dialog', (d) => void d.accept())
    await page
      .locator('.conv', { hasText: 'Zakat : à qui ?' })
      .getByRole('button', { name: /Supprimer/ })
      .click()
    await page.getByText('Zakat : à qui ?').waitFor({ state: 'hidden' })
    await page.waitForURL(`${server.base}/`)
  })

  test('a new conversation: its documents open without creating it; a question past the limit is refused, never cut; titles use the row', async () => {
    await page.getByRole('link', { name: 'Nouvelle conversation' }).click()
    const before = await page.locator('.conv').count()
    await page.getByRole('button', { name: 'Documents' }).click()
    await page.getByRole('region', { name: 'Documents de la conversation' }).waitFor()
    await page.getByRole('button', { name: 'Documents' }).click()
    assert.equal(await page.locator('.conv').count(), before, 'opening the documents created no conversation')
    await page.waitForURL(`${server.base}/`)

    const box = page.getByRole('textbox', { name: /Votre question/ })
    const long = `${'Quelle est la règle du jeûne du voyageur ? '.repeat(110)}`.trim()
    await box.fill(long)
    assert.equal((await box.inputValue()).length, long.length, 'the text is kept as typed, not cut')
    await page.getByText(`Question trop longue : ${long.length.toLocaleString('fr-FR')} caractères`).waitFor()
    assert.ok(await page.getByRole('button', { name: 'Envoyer' }).isDisabled())
    await page.keyboard.press('Enter')
    assert.equal(await page.locator('.msg.user').count(), 0, 'nothing was sent')
    await box.fill('Le voyageur peut-il raccourcir ses prières lorsqu’il est en route pour un long voyage hors de sa ville ?')
    await page.getByText(/^\d+ \/ 4[\s\u202f]000 caractères$/).waitFor()
    await page.keyboard.press('Enter')
    await page.locator('.msg.assistant:not(.streaming)').first().waitFor()
    const row = page.locator('.conv.active')
    const title = row.locator('.conv-title')
    await title.getByText('Le voyageur peut-il').waitFor()
    assert.match((await title.getAttribute('title')) ?? '', /^Le voyageur peut-il raccourcir/, 'the whole title on hover')
    const [titleBox, rowBox] = [await title.boundingBox(), await row.boundingBox()]
    assert.ok(titleBox && rowBox && titleBox.width > rowBox.width * 0.6, `the title uses the row (${titleBox?.width} of ${rowBox?.width} px)`)
  })

  test('on a phone-width screen the thread fills the width and the list opens as a drawer', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    // The list slides away (a short transition) and waits off screen.
    await page.waitForFunction(() => document.querySelector('.sidebar')!.getBoundingClientRect().right <= 0)
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.waitForFunction(() => document.querySelector('.sidebar')!.getBoundingClientRect().x >= 0)
    await page.locator('.conv a').first().click()
    await page.locator('.msg.assistant').first().waitFor()
    await page.waitForFunction(() => document.querySelector('.sidebar')!.getBoundingClientRect().right <= 0)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    assert.ok(width <= 390, `no sideways scrolling (${width} px)`)
    await shot('phone')
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  test('an expired access token is refreshed silently; a dead session goes back to login', async () => {
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('fiqh.session')!)
      localStorage.setItem('fiqh.session', JSON.stringify({ ...s, access_token: 'expired.or.forged' }))
    })
    await page.reload()
    await page.locator('.conv').first().waitFor()
    assert.notEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('fiqh.session')!).access_token), 'expired.or.forged', 'a new pair was stored')

    const saved = await page.evaluate(() => localStorage.getItem('fiqh.session')!)
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('fiqh.session')!)
      localStorage.setItem('fiqh.session', JSON.stringify({ ...s, access_token: 'forged', refresh_token: 'forged-refresh-token-0123456789' }))
    })
    await page.reload()
    await page.waitForURL(/\/login/)
    await page.getByText('Votre session a pris fin').waitFor()
    await page.evaluate((s) => localStorage.setItem('fiqh.session', s), saved)
    await page.goto(`${server.base}/account`)
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor()
  })

  test('the account page changes the password', async () => {
    await page.getByLabel('Mot de passe actuel').fill('not the password')
    await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD)
    await page.getByLabel('Confirmez le mot de passe').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
    await page.getByText('Le mot de passe actuel est incorrect.').waitFor()
    await page.getByLabel('Mot de passe actuel').fill(PASSWORD)
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
    await page.getByText('Mot de passe changé.').waitFor()
  })

  test('the account page creates an API key, shown once, that works against the API until it is deleted', async () => {
    await page.getByLabel('Nom de la clé').fill('mon script')
    await page.getByRole('button', { name: 'Créer une clé' }).click()
    const secret = page.locator('.api-keys code.secret')
    await secret.waitFor()
    const key = (await secret.innerText()).trim()
    assert.match(key, /^fiqh_[\w-]{43}$/)
    const row = page.locator('.api-keys li', { hasText: 'mon script' })
    await row.waitFor()
    assert.match(await row.innerText(), /fiqh_\S+… · jamais utilisée/)
    assert.ok(!(await row.innerText()).includes(key), 'the list shows the prefix only')
    const use = () => fetch(`${server.base}/api/v1/conversations`, { headers: { authorization: `Bearer ${key}` } })
    assert.equal((await use()).status, 200)
    page.once('dialog', (d) => void d.accept())
    await row.getByRole('button', { name: 'Supprimer' }).click()
    await row.waitFor({ state: 'hidden' })
    assert.equal((await use()).status, 401)
  })

  test('logging out ends the session on the server and in the page', async () => {
    const refresh = await page.evaluate(() => JSON.parse(localStorage.getItem('fiqh.session')!).refresh_token as string)
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click()
    await page.waitForURL(/\/login$/)
    await page.getByText('Vous êtes déconnecté.').waitFor()
    assert.equal(await page.evaluate(() => localStorage.getItem('fiqh.session')), null)
    const reuse = await fetch(`${server.base}/api/v1/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refresh_token: refresh }) })
    assert.equal(reuse.status, 401, 'the refresh token died with the session')
    await page.goto(`${server.base}/account`)
    await page.waitForURL(/\/login\?next=%2Faccount$/)
  })

  test('an unknown address shows a "not found" page; a link that no longer works offers a new one', async () => {
    const res = await page.goto(`${server.base}/nowhere`)
    assert.equal(res?.status(), 404)
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor()
    await page.getByRole('link', { name: 'Retour à l’accueil' }).waitFor()
    await page.goto(`${server.base}/verify-email?token=${'x'.repeat(43)}`)
    await page.getByRole('heading', { name: 'Confirmation de l’adresse' }).waitFor()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    await page.getByRole('button', { name: 'Recevoir un nouveau lien' }).click()
    await page.getByText('un nouveau lien vient de partir').waitFor()
    await page.goto(`${server.base}/login`)
  })

  test('a forgotten password is reset through the mailed link', async () => {
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    await page.getByRole('button', { name: 'Envoyer le lien' }).click()
    await page.getByText('Si un compte existe pour cette adresse').waitFor()
    await open(await linkFromOutbox(dataDir, EMAIL, '/reset-password'))
    await page.getByLabel('Nouveau mot de passe').fill('troisième clé 2026')
    await page.getByLabel('Confirmez le mot de passe').fill('autre chose encore')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Les deux mots de passe ne correspondent pas.').waitFor()
    await page.getByLabel('Confirmez le mot de passe').fill('troisième clé 2026')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Mot de passe modifié.').waitFor()
    await page.getByRole('link', { name: 'Se connecter' }).click()
    await page.getByLabel('Adresse e-mail').fill(EMAIL)
    await page.getByLabel('Mot de passe', { exact: true }).fill('troisième clé 2026')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { name: 'Posez votre question' }).waitFor()
  })

  test('an administrator adds a hadith collection from the account page; a French answer cites it, its Arabic beside the French; "Qur’an only" leaves it out', async () => {
    // A user without the admin role has no such section.
    await page.goto(`${server.base}/account`)
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor()
    assert.equal(await page.getByRole('heading', { name: 'Recueils de hadith' }).count(), 0)
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click()
    await page.waitForURL(/\/login$/)
    await page.getByLabel('Adresse e-mail').fill(ADMIN_EMAIL)
    await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { name: 'Posez votre question' }).waitFor()

    await page.goto(`${server.base}/account`)
    const section = page.getByRole('region', { name: 'Recueils de hadith' })
    await section.getByText(cdn.base).waitFor()
    await section.getByText('domaine public').waitFor()
    const bukhari = section.locator('li[data-book="bukhari"]')
    assert.match(await bukhari.innerText(), /Non installé · Langues proposées : arabe, anglais, français/)
    // The first progress request fails as if the server were restarting: the page asks again.
    let failed = 0
    await page.route(/\/api\/v1\/corpus\/hadith$/, (route) =>
      route.request().method() === 'GET' && failed++ === 0
        ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'restarting' } }) })
        : route.fallback(),
    )
    await section.getByRole('button', { name: 'Ajouter Sahih al-Bukhari' }).click()
    await section.getByText('Import terminé.').waitFor()
    assert.ok(failed >= 2, 'a progress request failed and a later one was made')
    await page.unroute(/\/api\/v1\/corpus\/hadith$/)
    await section.locator('li[data-book="bukhari"][data-installed="yes"]').waitFor()
    const row = await bukhari.innerText()
    assert.match(row, /Installé : 4 hadiths \(arabe, anglais, français\)/)
    // The fixture's French has an empty entry: reported, not hidden.
    assert.match(row, /français : 1 texte\(s\) vide\(s\) ou absent\(s\)/)
    await section.getByText('Sahih al-Bukhari : installé, 4 hadiths').waitFor()
    await section.getByRole('button', { name: 'Retirer Sahih al-Bukhari' }).waitFor()
    await section.scrollIntoViewIfNeeded()
    await section.screenshot({ path: path.join(shots, 'hadith-admin.png') })

    await page.getByRole('link', { name: 'Assistant fiqh' }).click()
    await page.getByRole('heading', { name: 'Posez votre question' }).waitFor()
    const sources = page.getByRole('combobox', { name: 'Sources' })
    // The installed collection is offered once the list has come.
    await sources.locator('option[value="book:bukhari"]').waitFor({ state: 'attached' })
    assert.equal(await sources.inputValue(), 'all')
    const question = 'Si on mange par oubli pendant le jeûne, faut-il compléter son jeûne ?'
    await page.getByRole('textbox', { name: /Votre question/ }).fill(question)
    await page.keyboard.press('Enter')
    const answer = page.locator('.msg.assistant:not(.streaming)').first()
    await answer.waitFor()
    const chip = answer.getByRole('button', { name: /Sahih al-Bukhari 1933/ }).last()
    await chip.waitFor()
    await chip.click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Sahih al-Bukhari 1933' }).waitFor()
    const facts = await dialog.locator('dl.hadith-facts').innerText()
    assert.match(facts, /Recueil\s+Sahih al-Bukhari/)
    assert.match(facts, /Numéro\s+1933/)
    assert.match(facts, /Chapitre\s+\S+/, 'the chapter is given')
    assert.match(facts, /tenus pour authentiques/, 'al-Bukhari without grades: the collection’s standing')
    const arabic = dialog.locator('section.arabic')
    assert.equal(await arabic.getAttribute('dir'), 'rtl')
    assert.equal(await arabic.getAttribute('lang'), 'ar')
    // The report itself first, without the chain of narrators; the whole text folded beneath.
    const matn = await arabic.locator('p.matn').innerText()
    assert.match(matn, /فَلْيُتِمَّ صَوْمَهُ/)
    assert.doesNotMatch(matn, /حَدَّثَنَا/)
    await arabic.getByText('Avec la chaîne des transmetteurs (isnad)').click()
    await arabic
      .locator('details.chain p')
      .getByText(/حَدَّثَنَا عَبْدُ اللَّهِ/)
      .waitFor()
    const french = dialog.locator('section.translation')
    assert.equal(await french.getAttribute('lang'), 'fr')
    assert.match(await french.innerText(), /qu'il complète son jeûne/)
    await shot('hadith-source')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    // "Qur’an only": the same question searches the verses alone.
    await sources.selectOption({ label: 'Coran seulement' })
    const asked = page.waitForRequest((r) => r.method() === 'POST' && /\/messages$/.test(r.url()))
    const stream = page.waitForResponse((r) => r.request().method() === 'POST' && /\/messages$/.test(r.url()))
    await page.getByRole('textbox', { name: /Votre question/ }).fill(question)
    await page.keyboard.press('Enter')
    assert.deepEqual((await asked).postDataJSON().options, { kind: 'quran' })
    const body = await (await stream).text()
    assert.match(body, /^event: done$/m)
    assert.doesNotMatch(body, /"hadith":/, 'no hadith among the sources')
    const second = page.locator('.msg.assistant:not(.streaming)').nth(1)
    await second.waitFor()
    assert.equal(await second.getByText('Sahih al-Bukhari').count(), 0)
    // The choice is remembered.
    await page.reload()
    await page.getByRole('combobox', { name: 'Sources' }).locator('option[value="book:bukhari"]').waitFor({ state: 'attached' })
    assert.equal(await page.getByRole('combobox', { name: 'Sources' }).inputValue(), 'quran')
  })
})
