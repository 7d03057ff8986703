import { stopwords as englishList } from '@orama/stopwords/english'
import { stopwords as frenchList } from '@orama/stopwords/french'
import { normaliseArabic } from './arabic'
import { foldLatin } from './latin'

// Particles, pronouns, prepositions and auxiliaries of Modern Standard and Qur'anic Arabic (normalised).
const ARABIC = `من الي عن علي في مع ثم او ام بل لا لم لن ما ماذا متي اين كيف لماذا هل كم اي ايها يا ان اذا اذ لو لولا
قد لقد كان كانت يكون تكون كانوا هو هي هم هن هما انا نحن انت انتم انتن انه انها انهم انما الا الذي التي الذين اللذان اللتان اللاتي
اللايي هذا هذه هذان هاتان هولا ذلك ذالك تلك اولايك اولالك هنا هناك حتي لكن لاكن ولكن ولاكن و ف ب ك ل عند لدي لدن بين كل بعض غير سوي
منه منها منهم فيه فيها فيهم عليه عليها عليهم عليكم اليه اليها اليهم به بها بهم له لها لهم لكم لنا لي كذلك ايضا اما فان وان بان لان
منكم منا منك منه عنكم عنهم عنه عليك علينا اليكم الينا بكم بنا بك بهما لهما لك ليس ليست لست كنتم كنا كنت يكن تكن
انكم انا انني انك لعلكم لعلهم لعل قبل بعد اذن انّ ايّ هولاء اولاء ذو ذي ذا ذات الا الّا سوف`

// Words that frame a question rather than say what it is about; removed from queries only.
const QUESTION_ONLY: Record<'ar' | 'fr' | 'en', string> = {
  ar: `ما ماذا من هل كيف لماذا متي اين كم اي هي هم هو حكم ذكر ذكرت ورد وردت جاء القران الكريم الايه الايات ايه سوره السوره الاسلام الشرع
الشريعه الاسلاميه يقول قال تعالي الله؟ وضح اذكر بين اشرح ماهي ماهو`,
  fr: `quel quelle quels quelles qui que quoi comment pourquoi combien ou est-ce est ce selon coran islam islamique dit dire
verset versets sourate parle parler regle statut jugement`,
  en: `what which who whom whose how why when where does do did is are according quran koran islam islamic say says verse verses
surah ruling rule`,
}

const arabicSet = new Set(ARABIC.split(/\s+/).filter(Boolean).map(normaliseArabic))
const frenchSet = new Set([...frenchList, 'comme', 'ainsi', 'alors', 'donc', 'lorsque', 'quand', 'tout', 'tous', 'toute', 'toutes', 'point', 'celui', 'ceux', 'celle', 'celles'].map(foldLatin))
const englishSet = new Set(englishList.map(foldLatin))
const questionSets = {
  ar: new Set(QUESTION_ONLY.ar.split(/\s+/).filter(Boolean).map(normaliseArabic)),
  fr: new Set(QUESTION_ONLY.fr.split(/\s+/).filter(Boolean).map(foldLatin)),
  en: new Set(QUESTION_ONLY.en.split(/\s+/).filter(Boolean).map(foldLatin)),
}

/** Words dropped from indexed text and queries alike. `word` is normalised (Arabic) or folded (Latin). */
export function isStopword(word: string, script: 'ar' | 'latin'): boolean {
  return script === 'ar' ? arabicSet.has(word) : frenchSet.has(word) || englishSet.has(word)
}

/** Words dropped from questions only (« quel est… », « ما حكم… »). */
export function isQuestionWord(word: string, lang: 'ar' | 'fr' | 'en'): boolean {
  return questionSets[lang].has(word) || (lang !== 'ar' && (questionSets.fr.has(word) || questionSets.en.has(word)))
}
