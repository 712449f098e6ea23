/**
 * Utterances no longer than this: browsers cut off or stall long ones (Chrome falls silent after
 * about 15 seconds of one utterance), and short ones let pause, stop and the caption follow closely.
 */
const MAX_LENGTH = 60;

/** Splits text into short utterances at sentence and clause punctuation, in Chinese and in English. */
export function utterances(text: string, lang: string): string[] {
  const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  return sentences.flatMap((sentence) => {
    if (sentence.trim().length <= MAX_LENGTH) return [sentence.trim()];
    // After a clause mark, or else between words (a clause with no punctuation at all).
    const clauses = sentence.split(/(?<=[，、；：,;:])/u).flatMap((clause) => (clause.length <= MAX_LENGTH ? [clause] : words(clause, lang)));
    return pack(clauses);
  }).filter(Boolean);
}

function words(clause: string, lang: string): string[] {
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(clause)].map((s) => s.segment);
}

/** Joins pieces back into utterances of at most `MAX_LENGTH` characters. */
function pack(pieces: string[]): string[] {
  const packed: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && (current + piece).trim().length > MAX_LENGTH) {
      packed.push(current.trim());
      current = '';
    }
    current += piece;
  }
  return [...packed, current.trim()];
}
