import type { Lang } from '../text/analyze'

/** The fixed sentences of answers, in the reader's language. */
export const answerTexts: Record<
  Lang,
  { intro: string; notFound: string; extractiveNote: string; quote: (s: string) => string; partialIndex: (done: number, total: number) => string; grades: string }
> = {
  fr: {
    intro: 'Voici ce que disent les sources trouvées :',
    notFound:
      "Je n'ai trouvé dans mes sources aucun passage qui réponde à cette question. Je préfère ne rien affirmer sans preuve : reformulez la question, ou ajoutez à la conversation un document qui en traite.",
    extractiveNote: 'Réponse extractive : les passages sont cités tels quels, sans synthèse ni avis. Vérifiez chaque référence ; pour une question de pratique, consultez une personne de savoir.',
    quote: (s) => `« ${s} »`,
    partialIndex: (done, total) => `Note : le corpus est encore en cours d'indexation (${done} versets sur ${total}) ; cette réponse peut manquer des sources. Reposez la question dans un instant.`,
    grades: 'authenticité',
  },
  en: {
    intro: 'Here is what the sources found say:',
    notFound:
      'I found no passage in my sources that answers this question. I would rather not assert anything without evidence: rephrase the question, or add a document on the subject to the conversation.',
    extractiveNote: 'Extractive answer: the passages are quoted as they are, without synthesis or opinion. Check each reference; for a question of practice, ask a person of knowledge.',
    quote: (s) => `“${s}”`,
    partialIndex: (done, total) => `Note: the corpus is still being indexed (${done} of ${total} verses); this answer may miss sources. Ask again in a moment.`,
    grades: 'grade',
  },
  ar: {
    intro: 'هذا ما تقوله المصادر التي وجدتها:',
    notFound: 'لم أجد في مصادري نصًّا يجيب عن هذا السؤال، ولا أريد أن أقول شيئًا بلا دليل. أعد صياغة السؤال، أو أضف إلى المحادثة مستندًا يتناول الموضوع.',
    extractiveNote: 'إجابة استخراجية: النصوص منقولة كما هي دون تلخيص أو رأي. تحقق من كل مرجع، واسأل أهل العلم في مسائل العمل.',
    quote: (s) => `«${s}»`,
    partialIndex: (done, total) => `ملاحظة: ما زالت فهرسة المصادر جارية (${done} من ${total} آية)، فقد تفوت هذه الإجابة بعض المصادر. أعد السؤال بعد قليل.`,
    grades: 'الحكم',
  },
}

// The grades in hadith-api are English transliterations; an Arabic reader gets the terms of the science.
const ARABIC_GRADES: Array<[RegExp, string]> = [
  [/^hasan sahih$/i, 'حسن صحيح'],
  [/^sahih\b.*li\s*ghairihi/i, 'صحيح لغيره'],
  [/^hasan\b.*li\s*ghairihi/i, 'حسن لغيره'],
  [/^sahih/i, 'صحيح'],
  [/^hasan/i, 'حسن'],
  [/^(da'?if|daif|da.if)/i, 'ضعيف'],
  [/^(maudu|mawdu)/i, 'موضوع'],
]

/** « grade: Al-Albani: Sahih; Zubair Ali Zai: Hasan », or null when the collection gives none (al-Bukhari, Muslim). */
export function gradesLine(grades: Array<{ name: string; grade: string }>, lang: Lang): string | null {
  if (grades.length === 0) return null
  const shown = grades.slice(0, 2).map((g) => {
    const grade = lang === 'ar' ? (ARABIC_GRADES.find(([re]) => re.test(g.grade.trim()))?.[1] ?? g.grade) : g.grade
    return `${g.name}: ${grade}`
  })
  return `${answerTexts[lang].grades} — ${shown.join(lang === 'ar' ? '؛ ' : '; ')}`
}
