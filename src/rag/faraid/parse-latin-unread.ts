/**
 * What a French or English family may say that the phrases do not read, and that would change the shares if it were
 * dropped: kinship words of the asker's other languages, a barrier said of several heirs at once, the asker listed
 * with no place. Each is a reason to leave the question to retrieval (over folded text).
 */

/**
 * Kinship words of Urdu and Hindi (dada, nani, phuppo…), Malay (anak, isteri, nenek…), Swahili (mke, kaka…) and
 * Arabic written in Latin letters (akhi, jadda, khala…; «ibn», «bint» as nouns in a list, not in a name) that no
 * phrase reads — several name another kinsman in another language («dada»: a father's father in Urdu, a sister in
 * Swahili), so none is guessed; and the Quebec « chum », « blonde » (partners).
 */
const FOREIGN_KIN =
  /\b(?:abbu|abba|abbaji|abbu ji|ammi|ammijan|amma|dada|dadi|dadu|nana|nani|chacha|chachu|chachi|taya|tayi|tauji|phuppo|phupho|phuphi|phupi|phuppu|mamu|mamoo|mamun|khala|khalu|bhai|bhaiya|bhaijan|behen|bahen|baji|apa|aapi|beta|beti|bahu|damad|pota|poti|nawasa|nawasi|bhatija|bhatiji|bhanja|bhanji|anak|abang|kakak|adik|datuk|atuk|nenek|cucu|pakcik|makcik|mke|mume|mtoto|watoto|baba|kaka|bibi|babu|shangazi|mjomba|akhi|ukhti|akhawat|ikhwa|ikhwan|jadd|jadda|jaddah|amm|ammah|ammu|khal|khalah|walid|walida|walidah|abi|ummi|abuya|ummuna|isteri|istri|suami|ibu|bapa|bapak|shaqiq|shaqeeq|shaqiqa|chum|blonde)\b|\b(?:ibn|bint|akh|ukht|zawj)\b(?=\s*(?:[,.;!?)]|and\b|et\b|$))/g

/** The foreign kinship words left unread in the text whose read phrases are blanked out, and where each is. */
export function foreignKin(rest: string): { word: string; at: number }[] {
  return [...rest.matchAll(FOREIGN_KIN)].map((m) => ({ word: m[0], at: m.index }))
}

const FAITHS =
  'christians?|jews|jewish|hindus?|buddhists?|atheists?|non-muslims?|not muslims?|apostates?|kafirs?|chretien(?:ne)?s?|juifs|juives|hindou(?:e)?s?|bouddhistes?|athees?|non[- ]musulman(?:e)?s?|pas musulman(?:e)?s?'
/**
 * "his mother and his sister, who are both Christians", « sa mère et sa sœur sont chrétiennes », ", both Christians":
 * a barrier said of several heirs at once — only the last would be barred, or none.
 */
export const BARRIER_OF_SEVERAL = new RegExp(
  `\\b(?:and|et)\\s+(?:his|her|their|son|sa|ses|leurs?)\\s+[a-z-]+\\s*,?\\s*(?:(?:who|qui)\\s+)?(?:are|were|sont|etaient)\\s+(?:(?:both|all|tous|toutes|tous deux|toutes deux|tous les deux|toutes les deux)\\s+)?(?:${FAITHS})\\b|\\b(?:both|tous deux|toutes deux|tous les deux|toutes les deux)\\s*,?\\s*(?:of them\\s+)?(?:are\\s+|were\\s+|sont\\s+|etaient\\s+)?(?:${FAITHS})\\b`,
)

/** "leaving me, her dad…", « et moi. »: the asker in the list of heirs (not "tell me", "help me"). */
export const ME_LISTED = /(?:\b(?:leaving|left|leaves|laisse|laissant)\s+|,\s*|\b(?:and|et)\s+)(?:me|moi|myself)\b(?=\s*(?:,|\band\b|\bet\b|[.;!?]|$))/
