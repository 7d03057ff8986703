/** Letters a page's text layer needs before it is trusted over OCR: a page number or a stamp alone is not text. */
const MIN_LETTERS = 20
/** Share of its visible characters that must be letters: a broken font encoding yields symbols and boxes. */
const MIN_LETTER_SHARE = 0.6

/**
 * What a PDF page's text layer is worth: `text`, real text kept as it is; `sparse`, a few clean words (a
 * title page, or a scan's page number over an image: the page's images decide); `none`, nothing or garbage,
 * so the page is read by OCR. Garbage is what a bad OCR layer or a font without a Unicode map gives: few
 * letters among symbols, replacement characters and private-use glyphs.
 */
export function textLayerQuality(text: string): 'text' | 'sparse' | 'none' {
  const visible = text.replace(/\s+/g, '')
  const letters = (visible.match(/\p{L}/gu) ?? []).length
  const junk = (visible.match(/[\uFFFD\uE000-\uF8FF]/gu) ?? []).length
  if (letters === 0 || letters / visible.length < MIN_LETTER_SHARE || junk / visible.length >= 0.05) return 'none'
  return letters >= MIN_LETTERS ? 'text' : 'sparse'
}
