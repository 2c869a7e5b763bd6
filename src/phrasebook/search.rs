//! Fuzzy search over phrases: fzf-style words that must each match, in any order.
//!
//! Text is folded once when the index is built (accents and case removed), never per keystroke.
//! Each query word is checked as a plain subsequence with memchr before the full fuzzy score,
//! which settles most non-matching phrases at a fraction of the scoring cost.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::Phrase;
use crate::lang::Lang;
use crate::text::fold;

/// A phrase that matched, by its index in the phrase list it was searched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// Folded haystacks (text, tags and id) parallel to a phrase list, end to end in one string.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    folded: String,
    entries: Vec<Entry>,
}

/// Where one phrase's haystack lies in `folded`: its folded text, then tags and id, then the
/// id as written (for `only`).
#[derive(Debug, Clone)]
struct Entry {
    lang: Lang,
    start: u32,
    text_end: u32,
    end: u32,
    id_end: u32,
}

/// Appends the folded form of `text`.
fn push_folded(out: &mut String, text: &str) {
    if text.is_ascii() {
        let from = out.len();
        out.push_str(text);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&fold(text));
    }
}

/// A word found in the text itself scores in full; one found only through tags or id
/// scores half, so that the sentence that says "sorry" ranks above the one tagged `sorry`.
fn score(matcher: &SkimMatcherV2, text: &str, haystack: &str, word: &str) -> Option<i64> {
    if is_subsequence(word.as_bytes(), text.as_bytes())
        && let Some(score) = matcher.fuzzy_match(text, word)
    {
        return Some(score);
    }
    if !is_subsequence(word.as_bytes(), haystack.as_bytes()) {
        return None;
    }
    matcher.fuzzy_match(haystack, word).map(|s| s / 2)
}

/// How many phrases a scan goes through between two looks at its cancellation flag.
const CANCEL_EVERY: usize = 2048;

/// Above this many candidates a search is split over the machine's cores.
const PARALLEL_FROM: usize = 1_000;

impl SearchIndex {
    pub fn new(phrases: &[Phrase]) -> SearchIndex {
        let size = phrases
            .iter()
            .map(|p| {
                p.text.len()
                    + 2 * p.id.len()
                    + p.tags.iter().map(|t| t.len() + 1).sum::<usize>()
                    + 2
            })
            .sum();
        let mut folded = String::with_capacity(size);
        let at = |s: &String| s.len() as u32;
        let entries = phrases
            .iter()
            .map(|p| {
                let start = at(&folded);
                push_folded(&mut folded, &p.text);
                let text_end = at(&folded);
                folded.push(' ');
                push_folded(&mut folded, &p.tags.join(" "));
                folded.push(' ');
                push_folded(&mut folded, &p.id);
                let end = at(&folded);
                folded.push_str(&p.id);
                Entry {
                    lang: p.lang,
                    start,
                    text_end,
                    end,
                    id_end: at(&folded),
                }
            })
            .collect();
        SearchIndex { folded, entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` phrases of `lang` for `query`, best first; ties keep list order.
    /// `only`, when given, restricts the search to those phrase ids (a step's phrases).
    pub fn search(
        &self,
        query: &str,
        lang: Lang,
        only: Option<&[String]>,
        limit: usize,
    ) -> Vec<Hit> {
        self.search_until(query, lang, only, limit, &|| false)
            .unwrap_or_default()
    }

    /// [`search`](Self::search) that gives up, returning `None`, as soon as `cancelled` says
    /// so: the cockpit's worker stops a search that a newer keystroke made useless.
    pub fn search_until(
        &self,
        query: &str,
        lang: Lang,
        only: Option<&[String]>,
        limit: usize,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        let folded = self.folded.as_str();
        let wanted = |e: &Entry| {
            e.lang == lang
                && only.is_none_or(|ids| {
                    let id = &folded[e.end as usize..e.id_end as usize];
                    ids.iter().any(|i| i == id)
                })
        };
        let matcher = SkimMatcherV2::default();
        let scan = |offset: usize, chunk: &[Entry]| -> Option<Vec<Hit>> {
            let mut hits = Vec::new();
            for (i, e) in chunk.iter().enumerate() {
                if i % CANCEL_EVERY == 0 && cancelled() {
                    return None;
                }
                if !wanted(e) {
                    continue;
                }
                let text = &folded[e.start as usize..e.text_end as usize];
                let haystack = &folded[e.start as usize..e.end as usize];
                // Every word must be there at all before any is scored: a cheap no first.
                if !words
                    .iter()
                    .all(|w| is_subsequence(w.as_bytes(), haystack.as_bytes()))
                {
                    continue;
                }
                let score: Option<i64> = words
                    .iter()
                    .map(|w| self::score(&matcher, text, haystack, w))
                    .sum();
                if let Some(score) = score {
                    hits.push(Hit {
                        index: offset + i,
                        score,
                    });
                }
            }
            Some(hits)
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(4);
        let mut hits = if self.entries.len() < PARALLEL_FROM || threads == 1 || words.is_empty() {
            scan(0, &self.entries)?
        } else {
            let size = self.entries.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let mut chunks = self.entries.chunks(size).enumerate();
                let first = chunks.next();
                let workers: Vec<_> = chunks
                    .map(|(n, chunk)| scope.spawn(move || scan(n * size, chunk)))
                    .collect();
                // The calling thread takes the first chunk rather than wait idle.
                let mut hits = first.map_or_else(|| Some(Vec::new()), |(_, chunk)| scan(0, chunk));
                for worker in workers {
                    let part = worker.join().ok().flatten();
                    match (&mut hits, part) {
                        (Some(hits), Some(part)) => hits.extend(part),
                        _ => hits = None,
                    }
                }
                hits
            })?
        };
        top(&mut hits, limit);
        Some(hits)
    }
}

/// Convenience for one-off searches: builds the index and searches it.
pub fn search(phrases: &[Phrase], query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
    SearchIndex::new(phrases).search(query, lang, None, limit)
}

fn is_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &b in needle {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

/// Keeps the best `limit` hits, sorted; a partial selection first so a long list is not fully sorted.
fn top(hits: &mut Vec<Hit>, limit: usize) {
    let order = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.index.cmp(&b.index));
    if limit == 0 {
        hits.clear();
        return;
    }
    if hits.len() > limit {
        hits.select_nth_unstable_by(limit - 1, order);
        hits.truncate(limit);
    }
    hits.sort_unstable_by(order);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::Stage;

    fn phrase(id: &str, lang: Lang, text: &str, tags: &[&str]) -> Phrase {
        Phrase {
            id: id.into(),
            lang,
            stage: Stage::Acknowledge,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            text: text.into(),
        }
    }

    fn book() -> Vec<Phrase> {
        vec![
            phrase(
                "a.sorry",
                Lang::En,
                "I'm sorry for the disruption.",
                &["email"],
            ),
            phrase(
                "a.sorry",
                Lang::Fr,
                "Je suis désolé pour la gêne.",
                &["email"],
            ),
            phrase(
                "a.team",
                Lang::Fr,
                "Toute l'Équipe est mobilisée.",
                &["internal"],
            ),
            phrase(
                "u.wait",
                Lang::En,
                "Thank you for waiting while we fix it.",
                &["chat"],
            ),
            phrase(
                "u.next",
                Lang::En,
                "Next update at {next_update}.",
                &["status", "sorry"],
            ),
        ]
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let phrases = book();
        let hits = search(&phrases, "desole", Lang::Fr, 10);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [1]);
        let hits = search(&phrases, "EQUIPE", Lang::Fr, 10);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn words_match_in_any_order_and_each_must_match() {
        let phrases = book();
        let hits = search(&phrases, "fix thank", Lang::En, 10);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [3]);
        assert!(search(&phrases, "thank xqz", Lang::En, 10).is_empty());
    }

    #[test]
    fn tags_and_ids_are_searched_and_the_text_match_ranks_first() {
        let phrases = book();
        let hits = search(&phrases, "sorry", Lang::En, 10);
        let order: Vec<_> = hits.iter().map(|h| h.index).collect();
        assert_eq!(order, [0, 4], "text match before tag match");
        assert!(hits[0].score > hits[1].score);
    }

    #[test]
    fn empty_query_lists_the_language_in_order_and_limit_applies() {
        let phrases = book();
        let hits = search(&phrases, "  ", Lang::En, 2);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [0, 3]);
    }

    #[test]
    fn only_restricts_to_given_ids() {
        let phrases = book();
        let index = SearchIndex::new(&phrases);
        let only = vec!["u.next".to_string()];
        let hits = index.search("", Lang::En, Some(&only), 10);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [4]);
    }

    /// `n` English phrases "phrase I sorry", each with its own number.
    fn numbered(n: usize) -> Vec<Phrase> {
        (0..n)
            .map(|i| {
                phrase(
                    &format!("p{i}"),
                    Lang::En,
                    &format!("phrase {i} sorry"),
                    &[],
                )
            })
            .collect()
    }

    #[test]
    fn a_cancelled_search_gives_up() {
        let phrases = numbered(5000);
        let index = SearchIndex::new(&phrases);
        assert!(
            index
                .search_until("sorry", Lang::En, None, 10, &|| true)
                .is_none()
        );
        assert_eq!(
            index
                .search_until("sorry", Lang::En, None, 10, &|| false)
                .map(|h| h.len()),
            Some(10)
        );
    }

    #[test]
    fn a_large_search_keeps_the_best_hits_in_order() {
        let phrases = numbered(PARALLEL_FROM.max(20_000) + 7);
        let hits = search(&phrases, "sorry 1234", Lang::En, 5);
        assert_eq!(hits.len(), 5);
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(hits.iter().all(|h| phrases[h.index].text.contains("1234")));
    }
}
