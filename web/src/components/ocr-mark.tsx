import { t } from '../i18n'

/** The `ocr` mark of a passage read from a scanned page: its title says so, with OCR's confidence. */
export function OcrMark({ confidence }: { confidence: number | undefined }) {
  const hint = t.value.source.ocrHint(confidence)
  return (
    <abbr class="ocr-mark" title={hint} aria-label={hint}>
      {t.value.source.ocr}
    </abbr>
  )
}
