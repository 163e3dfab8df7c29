/**
 * The most frequent function words of the languages unscrape tells apart cheaply, keyed by
 * ISO 639-3 code (franc's codes). Short lists on purpose: they only have to separate languages
 * on paragraphs of a dozen words or more, and they name the words the casing and repetition
 * passes must never treat as names.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  eng: ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'be', 'by', 'on', 'not', 'he', 'i', 'this', 'are', 'or', 'his', 'from', 'at', 'which', 'but', 'have', 'an', 'had', 'they', 'you', 'were', 'their', 'one', 'all', 'we', 'can', 'her', 'has', 'there', 'been', 'if', 'more', 'when', 'will', 'would', 'who', 'so', 'no', 'she', 'us', 'our', 'its', 'them', 'than', 'what', 'about', 'said', 'also', 'into', 'do', 'my', 'me', 'him', 'these', 'those', 'could', 'should', 'may', 'after', 'out', 'up', 'over', 'just', 'how', 'why', 'where', 'while', 'your', 'then', 'because', 'any', 'each', 'some', 'such', 'very', 'am', 'does', 'did', 'being', 'here'],
  nld: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'of', 'maar', 'uit', 'door', 'naar', 'dan', 'wat', 'nog', 'kan', 'worden', 'wordt', 'hebben', 'heeft', 'deze', 'dit', 'u', 'uw', 'we', 'wij', 'ze', 'zich', 'hun', 'onze', 'ons', 'al', 'over', 'tot', 'geen', 'meer', 'wel', 'zo', 'hoe', 'waar', 'wie', 'ik', 'je', 'jij', 'zijn', 'was', 'werd'],
  deu: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr', 'durch', 'man', 'dein', 'deine', 'du', 'dir', 'dich', 'wir', 'uns', 'unser', 'unsere', 'ihr', 'ihre', 'kann', 'wenn', 'damit'],
  fra: ['de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'a', 'par', 'plus', 'pas', 'au', 'sur', 'ne', 'se', 'ce', 'il', 'sont', 'aux', 'avec', 'son', 'sa', 'ses', 'leur', 'leurs', 'nous', 'vous', 'votre', 'vos', 'notre', 'nos', 'mais', 'ou', 'où', 'comme', 'été', 'cette', 'ces', 'être', 'fait', 'tout', 'tous', 'sans', 'sous', 'elle', 'ils', 'y', 'on', 'même', 'aussi', 'donc', 'dont'],
  spa: ['de', 'la', 'que', 'el', 'en', 'y', 'a', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'o', 'este', 'sí', 'porque', 'esta', 'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'me', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo', 'nos', 'durante', 'todos', 'uno', 'les', 'ni', 'contra', 'otros', 'ese', 'eso', 'ante', 'ellos', 'e', 'esto', 'mí', 'antes', 'algunos', 'qué', 'unos', 'yo', 'otro', 'tu', 'tus', 'te', 'es', 'son', 'está', 'nuestro', 'nuestra', 'nuestros'],
  ita: ['di', 'e', 'il', 'la', 'che', 'a', 'in', 'un', 'per', 'è', 'del', 'della', 'non', 'con', 'una', 'i', 'le', 'si', 'da', 'dei', 'al', 'alla', 'sono', 'come', 'più', 'ma', 'lo', 'gli', 'delle', 'nel', 'nella', 'questo', 'anche', 'ha', 'se', 'o', 'su', 'tra', 'dal', 'dalla', 'tuo', 'tua', 'tuoi', 'suoi', 'sua', 'suo', 'così', 'poi', 'loro', 'ci', 'ti', 'ne', 'degli', 'sul', 'sulla', 'questa', 'queste', 'questi', 'quando', 'dove', 'essere', 'stato', 'nostro', 'nostra'],
  por: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'tem', 'à', 'seu', 'sua', 'ou', 'ser', 'quando', 'muito', 'há', 'nos', 'já', 'está', 'eu', 'também', 'só', 'pelo', 'pela', 'até', 'isso', 'ela', 'entre', 'era', 'depois', 'sem', 'mesmo', 'aos', 'ter', 'seus', 'quem', 'nas', 'me', 'esse', 'eles', 'estão', 'você', 'essa', 'num', 'nem', 'suas', 'meu', 'às', 'minha', 'numa', 'pelos', 'elas', 'qual', 'nós', 'lhe', 'deles', 'essas', 'esses', 'pelas', 'este', 'dele', 'nossa', 'nosso', 'si', 'são', 'estas', 'tal'],
  pol: ['i', 'w', 'nie', 'na', 'się', 'z', 'do', 'to', 'że', 'a', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'jest', 'są', 'przez', 'dla', 'czy', 'jego', 'już', 'lub', 'oraz', 'tym', 'tej', 'ten', 'ta', 'te', 'tego', 'może', 'być', 'ich', 'jej', 'twoje', 'twoja', 'twój', 'twoich', 'nas', 'nam', 'ci', 'bez', 'gdy', 'które', 'który', 'która', 'aby', 'więc', 'tylko', 'bardzo', 'przed', 'jeśli', 'można', 'możesz', 'ze', 'we'],
  swe: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man', 'när', 'år', 'säger', 'hon', 'under', 'också', 'efter', 'eller', 'nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'kommer', 'ut', 'få', 'finns', 'vara', 'hade', 'alla', 'andra', 'mycket', 'än', 'här', 'då', 'sedan', 'över', 'bara', 'vår', 'vårt', 'våra', 'du', 'dig', 'din', 'ditt', 'dina', 'dem', 'vilka'],
  dan: ['og', 'i', 'at', 'det', 'er', 'en', 'til', 'på', 'som', 'de', 'med', 'har', 'af', 'for', 'ikke', 'der', 'var', 'et', 'den', 'han', 'om', 'vi', 'men', 'fra', 'jeg', 'kan', 'sig', 'hun', 'blev', 'efter', 'skal', 'også', 'når', 'eller', 'være', 'have', 'ved', 'mod', 'nu', 'over', 'hvor', 'bliver', 'dig', 'din', 'dit', 'dine', 'du', 'jer', 'jeres', 'vores', 'hvis', 'kun', 'meget', 'mere', 'sin', 'sit', 'sine'],
  nob: ['og', 'i', 'det', 'på', 'som', 'er', 'en', 'til', 'å', 'av', 'for', 'med', 'har', 'at', 'den', 'ikke', 'de', 'om', 'et', 'var', 'vi', 'fra', 'han', 'men', 'jeg', 'kan', 'seg', 'hun', 'etter', 'skal', 'også', 'når', 'eller', 'være', 'ble', 'blir', 'ved', 'mot', 'nå', 'over', 'hvor', 'deg', 'din', 'ditt', 'dine', 'du', 'vår', 'vårt', 'våre', 'hvis', 'bare', 'mye', 'mer', 'sin', 'sitt', 'sine'],
};

const SETS = new Map<string, ReadonlySet<string>>(
  Object.entries(STOPWORDS).map(([language, words]) => [language, new Set(words)]),
);

export function stopwordsOf(language: string): ReadonlySet<string> {
  return SETS.get(language) ?? SETS.get('eng')!;
}

export function isStopword(word: string, language: string): boolean {
  const words = stopwordsOf(language);
  // Most words are looked up as written; lower-casing only when needed saves an allocation a word.
  return words.has(word) || (word !== word.toLowerCase() && words.has(word.toLowerCase()));
}

export const PROFILED_LANGUAGES: readonly string[] = Object.keys(STOPWORDS);
