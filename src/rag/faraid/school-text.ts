import type { Lang } from '../../contract/common'
import type { School } from './relations'

/**
 * The school a question asks to follow («على المذهب الحنفي», « selon le rite malékite », "according to the
 * Shafi'i school"), or the method of the distant kindred it names («بطريقة القرابة»: the Hanafi one, by the
 * nearest class; «بطريقة التنزيل»: the Hanbali one, by standing in for the heir). Two schools named (a
 * comparison) or none: undefined, and the default is followed.
 */
export function schoolNamed(text: string, lang: Lang): School | undefined {
  const named = new Set<School>()
  for (const [school, re] of PATTERNS[lang === 'ar' ? 'ar' : 'latin']) if (re.test(text)) named.add(school)
  return named.size === 1 ? [...named][0] : undefined
}

/** Whole Arabic words only («المالكي», not «المالكين», the owners). */
const arabicWords = (alternatives: string) => new RegExp(`(?<![\\u0621-\\u064A\\u0671-\\u06D3])(?:${alternatives})(?![\\u0621-\\u064A\\u0671-\\u06D3])`)

const PATTERNS: Record<'ar' | 'latin', [School, RegExp][]> = {
  ar: [
    // (hamza written or not)
    ['hanafi', arabicWords('الحنفي|الحنفية|الأحناف|الاحناف|أبي حنيفة|ابي حنيفة|أبو حنيفة|ابو حنيفة|(?:بطريقة|طريقة|مذهب) (?:أهل |اهل )?القرابة')],
    ['maliki', arabicWords('المالكي|المالكية|الإمام مالك|الامام مالك|مذهب مالك')],
    ['shafii', arabicWords('الشافعي|الشافعية|الشافعيه')],
    ['hanbali', arabicWords('الحنبلي|الحنابلة|أحمد بن حنبل|احمد بن حنبل|(?:بطريقة|طريقة|مذهب) (?:أهل |اهل )?التنزيل')],
  ],
  latin: [
    ['hanafi', /\b(hanafi|hanafite|han[ée]fite|hanafites|han[ée]fites|abu hanifa|abou hanifa)\b/i],
    ['maliki', /\b(maliki|malikite|mal[ée]kite|malikites|mal[ée]kites|imam malik)\b/i],
    ['shafii', /\b(shafi['’ʿ]?i|shafiite|shafi['’ʿ]?ite|chaf[ée]ite|chafi['’ʿ]?ite|chafiite)\b/i],
    ['hanbali', /\b(hanbali|hanbalite|hanbalites|ibn hanbal)\b/i],
  ],
}
