import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it, nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Why the browser tests cannot run here, or null when they can. In CI a missing browser is a
 * failure, not a skip: .ci/run installs it.
 */
export function browserUnavailable(): string | null {
  if (fs.existsSync(CHROMIUM)) return null
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`)
  return `${CHROMIUM} not found (apt-get install -y chromium, or set CHROMIUM_PATH)`
}

/**
 * A fontconfig file that shows Chromium this machine's fonts minus every one that has Arabic letters: the
 * page must then render Arabic with the fonts it ships, as on a desktop without Arabic fonts.
 */
function fontconfigWithoutArabic(): string {
  const arabic = execFileSync('fc-list', [':lang=ar', 'file'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter(Boolean)
  const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fiqh-fonts-')), 'fonts.conf')
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>${arabic.map((f) => `<glob>${xmlEscape(f)}</glob>`).join('')}</rejectfont></selectfont>
</fontconfig>
`,
  )
  return file
}

/**
 * Headless, with a fresh profile (playwright makes a new user-data-dir per launch and removes it on close),
 * and without the machine's Arabic fonts.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithoutArabic() } as Record<string, string>,
    // This machine has no outside network: Chromium's own background traffic would only fail.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
