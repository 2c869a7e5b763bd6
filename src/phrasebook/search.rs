//! Searching a book: each query word must match a word of a phrase's text, tags or id, by
//! its start or, from four letters, within one edit, or by its stem; filters in the query
//! (`@email`, `#client`, `!update`) keep the phrases of a channel, an audience or a stage.
//!
//! Ranking, best first: the sum over the query words of how well each matched (an exact word,
//! then a prefix or stem, then one edit; in the text, then the tags, then the id); then the
//! phrases of the context (the current step and stage, the incident's audience and channel);
//! then shorter phrases; then book order. Accents and case never matter.

use super::index::{mark, words};
use super::packed::Phrases;
use crate::lang::{Lang, Stage};
use crate::text::fold;

/// A phrase that matched, by its index in the book, with the score it was ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// What the search is for besides its words: phrases that fit it rank first among equals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The phrases of the step at hand.
    pub step: Vec<String>,
    pub stage: Option<Stage>,
    /// The incident's audience and channel, as tags.
    pub tags: Vec<String>,
}

/// A query, read: its words (folded) and its filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<String>,
    /// `@email`, `#client`: tags a phrase must carry (channels and audiences are tags).
    pub tags: Vec<String>,
    /// `!update`: the stages a phrase may be at, any of them.
    pub stages: Vec<Stage>,
    /// Filters that name nothing, such as `!later`: nothing can match them.
    pub unknown: Vec<String>,
}

/// The characters that start a filter, and what each filters on.
pub const CHANNEL: char = '@';
pub const AUDIENCE: char = '#';
pub const STAGE: char = '!';

impl Query {
    pub fn parse(text: &str) -> Query {
        let mut query = Query::default();
        for token in text.split_whitespace() {
            let mut chars = token.chars();
            let (first, rest) = (chars.next(), chars.as_str());
            match first {
                // A filter still being typed, a lone `@`, filters nothing yet.
                Some(CHANNEL | AUDIENCE | STAGE) if rest.is_empty() => {}
                // Our own team is tagged `internal`; `#team` says the same.
                Some(AUDIENCE) if fold(rest) == "team" => query.tags.push("internal".into()),
                Some(CHANNEL | AUDIENCE) => query.tags.push(fold(rest)),
                Some(STAGE) => match fold(rest).parse() {
                    Ok(stage) => query.stages.push(stage),
                    Err(_) => query.unknown.push(token.to_owned()),
                },
                _ => query.words.extend(words(&fold(token)).map(str::to_owned)),
            }
        }
        // A word said twice asks nothing more; past a few words a query is a paste, not a
        // search, and each word costs a pass.
        let mut seen = std::collections::HashSet::new();
        query.words.retain(|w| seen.insert(w.clone()));
        query.words.truncate(MAX_WORDS);
        query
    }

    pub fn has_filters(&self) -> bool {
        !(self.tags.is_empty() && self.stages.is_empty() && self.unknown.is_empty())
    }
}

/// The most query words searched for; the rest are left out.
pub const MAX_WORDS: usize = 16;

/// How many phrases a pass goes through between two looks at its cancellation flag.
const CANCEL_EVERY: usize = 4096;

impl Phrases {
    /// The best `limit` phrases of `lang` for `query`, best first. `only`, when given,
    /// restricts the search to those phrase ids (a step's phrases).
    pub fn search(
        &self,
        query: &str,
        lang: Lang,
        only: Option<&[String]>,
        limit: usize,
    ) -> Vec<Hit> {
        self.search_until(query, lang, only, &Context::default(), limit, &|| false)
            .unwrap_or_default()
    }

    /// [`search`](Self::search) in a context, giving up (`None`) as soon as `cancelled`
    /// says so: the cockpit's worker stops a search that a newer keystroke made useless.
    pub fn search_until(
        &self,
        query: &str,
        lang: Lang,
        only: Option<&[String]>,
        context: &Context,
        limit: usize,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<Vec<Hit>> {
        let query = Query::parse(query);
        if !query.unknown.is_empty() {
            return Some(Vec::new());
        }
        // Per phrase, the sum of its words' qualities; 0 once a word missed it.
        let mut total: Vec<u16> = Vec::new();
        let mut best = vec![
            0u8;
            if query.words.is_empty() {
                0
            } else {
                self.len()
            }
        ];
        for (n, word) in query.words.iter().enumerate() {
            if cancelled() {
                return None;
            }
            best.fill(0);
            // The index was checked when the book opened, but `fst` trusts its own nodes: a
            // forged cache file could make it panic, which must cost the results, not the program.
            let marked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                mark(self, word, lang, &mut best)
            }));
            if marked.is_err() {
                return Some(Vec::new());
            }
            if n == 0 {
                total = best.iter().map(|&q| u16::from(q)).collect();
            } else {
                for (t, &q) in total.iter_mut().zip(&best) {
                    *t = if q == 0 {
                        0
                    } else {
                        t.saturating_add(u16::from(q))
                    };
                }
            }
        }
        let wants_strings = !query.tags.is_empty()
            || only.is_some()
            || !context.step.is_empty()
            || !context.tags.is_empty();
        let mut hits = Vec::new();
        for i in 0..self.len() {
            if i % CANCEL_EVERY == 0 && cancelled() {
                return None;
            }
            let quality = if query.words.is_empty() {
                0
            } else {
                match total.get(i) {
                    Some(&q) if q > 0 => i64::from(q),
                    _ => continue,
                }
            };
            let Some((phrase_lang, stage, text_len)) = self.summary(i) else {
                continue;
            };
            if phrase_lang != lang || !(query.stages.is_empty() || query.stages.contains(&stage)) {
                continue;
            }
            // Only the phrases that passed have their strings read, and only if needed.
            let p = wants_strings.then(|| self.get(i)).flatten();
            let tags = || p.iter().flat_map(|p| p.tags.iter());
            let id = p.map_or("", |p| p.id);
            if !query.tags.iter().all(|t| tags().any(|pt| same_word(pt, t)))
                || only.is_some_and(|ids| !ids.iter().any(|i| i == id))
            {
                continue;
            }
            let fits =
                2 * i64::from(context.step.iter().any(|i| i == id) || context.stage == Some(stage))
                    + i64::from(context.tags.iter().any(|t| tags().any(|pt| pt == t)));
            // An empty query lists the book in its order, the context first.
            let shortness = if query.words.is_empty() {
                0
            } else {
                0xf_ffff - (text_len as i64).min(0xf_ffff)
            };
            hits.push(Hit {
                index: i,
                score: quality << 24 | fits << 20 | shortness,
            });
        }
        top(&mut hits, limit);
        Some(hits)
    }
}

/// True when a tag as written is the folded word `folded`: tags are nearly always lowercase
/// ASCII, which needs no folding.
fn same_word(tag: &str, folded: &str) -> bool {
    if tag.is_ascii() {
        tag.eq_ignore_ascii_case(folded)
    } else {
        fold(tag) == folded
    }
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
    use crate::phrasebook::Phrase;

    fn phrase(id: &str, lang: Lang, text: &str, tags: &[&str]) -> Phrase {
        Phrase {
            id: id.into(),
            lang,
            stage: Stage::Acknowledge,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            text: text.into(),
            slots: Vec::new(),
        }
    }

    fn book() -> Phrases {
        let mut list = vec![
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
            phrase(
                "w.offer",
                Lang::En,
                "Meanwhile, a workaround: export by hand.",
                &["client"],
            ),
            phrase(
                "r.good",
                Lang::En,
                "Good news regarding {incident}: it is resolved.",
                &[],
            ),
        ];
        list[6].stage = Stage::Resolve;
        Phrases::pack(&list)
    }

    fn ids(book: &Phrases, query: &str, lang: Lang) -> Vec<String> {
        book.search(query, lang, None, 10)
            .iter()
            .map(|h| book.at(h.index).id.to_owned())
            .collect()
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let book = book();
        assert_eq!(ids(&book, "desole", Lang::Fr), ["a.sorry"]);
        assert_eq!(ids(&book, "EQUIPE", Lang::Fr), ["a.team"]);
        assert_eq!(ids(&book, "Désolé", Lang::Fr), ["a.sorry"]);
    }

    #[test]
    fn words_match_in_any_order_and_each_must_match() {
        let book = book();
        assert_eq!(ids(&book, "fix thank", Lang::En), ["u.wait"]);
        assert!(ids(&book, "thank xqz", Lang::En).is_empty());
    }

    #[test]
    fn a_word_matches_by_its_start_or_one_edit_never_as_a_scattered_subsequence() {
        let book = book();
        assert_eq!(ids(&book, "sorr", Lang::En), ["a.sorry", "u.next"]);
        assert_eq!(ids(&book, "wrokaround", Lang::En), ["w.offer"]);
        assert_eq!(ids(&book, "desloe", Lang::Fr), ["a.sorry"]);
        // Once a subsequence of "regarding" and of the whole of u.wait; neither is a word.
        assert!(ids(&book, "rdg", Lang::En).is_empty());
        assert!(
            ids(&book, "eta", Lang::En).is_empty(),
            "not inside \"meta\" or a placeholder"
        );
        assert!(ids(&book, "contact", Lang::En).is_empty());
    }

    #[test]
    fn text_ranks_before_tags_and_exact_before_prefix() {
        let book = book();
        assert_eq!(
            ids(&book, "sorry", Lang::En),
            ["a.sorry", "u.next"],
            "text before tag"
        );
        let hits = book.search("sorry", Lang::En, None, 10);
        assert!(hits[0].score > hits[1].score);
        // "news" is exact in r.good; "no" only a prefix of nothing here.
        assert_eq!(ids(&book, "news", Lang::En), ["r.good"]);
    }

    #[test]
    fn filters_keep_a_channel_an_audience_or_a_stage() {
        let book = book();
        assert_eq!(ids(&book, "@chat", Lang::En), ["u.wait"]);
        assert_eq!(ids(&book, "#client", Lang::En), ["w.offer"]);
        assert_eq!(ids(&book, "!resolve", Lang::En), ["r.good"]);
        assert_eq!(ids(&book, "sorry @status", Lang::En), ["u.next"]);
        assert!(
            ids(&book, "!later", Lang::En).is_empty(),
            "a stage that does not exist"
        );
        assert_eq!(
            ids(&book, "sorry @", Lang::En).len(),
            2,
            "a filter being typed"
        );
        let query = Query::parse("Sorry @Email #client !update");
        assert_eq!(query.words, ["sorry"]);
        assert_eq!(query.tags, ["email", "client"]);
        assert_eq!(query.stages, [Stage::Update]);
    }

    #[test]
    fn the_context_ranks_first_among_equals() {
        let book = book();
        let context = Context {
            step: vec!["u.next".into()],
            ..Context::default()
        };
        let hits = book
            .search_until("sorry", Lang::En, None, &context, 10, &|| false)
            .unwrap();
        // Text before tag still outweighs the context.
        assert_eq!(book.at(hits[0].index).id, "a.sorry");
        let hits = book
            .search_until("", Lang::En, None, &context, 10, &|| false)
            .unwrap();
        assert_eq!(book.at(hits[0].index).id, "u.next");
    }

    #[test]
    fn empty_query_lists_the_language_in_order_and_limit_applies() {
        let book = book();
        let hits = book.search("  ", Lang::En, None, 2);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [0, 3]);
    }

    #[test]
    fn only_restricts_to_given_ids() {
        let book = book();
        let only = vec!["u.next".to_string()];
        let hits = book.search("", Lang::En, Some(&only), 10);
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [4]);
    }

    /// `n` English phrases "phrase I sorry", each with its own number.
    fn numbered(n: usize) -> Phrases {
        let list: Vec<_> = (0..n)
            .map(|i| {
                phrase(
                    &format!("p{i}"),
                    Lang::En,
                    &format!("phrase {i} sorry"),
                    &[],
                )
            })
            .collect();
        Phrases::pack(&list)
    }

    #[test]
    fn a_cancelled_search_gives_up() {
        let book = numbered(5000);
        let context = Context::default();
        assert!(
            book.search_until("sorry", Lang::En, None, &context, 10, &|| true)
                .is_none()
        );
        assert_eq!(
            book.search_until("sorry", Lang::En, None, &context, 10, &|| false)
                .map(|h| h.len()),
            Some(10)
        );
    }

    #[test]
    fn a_large_search_keeps_the_best_hits_in_order() {
        let book = numbered(20_007);
        let hits = book.search("sorry 1234", Lang::En, None, 5);
        assert_eq!(hits.len(), 5);
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(
            book.at(hits[0].index).text,
            "phrase 1234 sorry",
            "the exact number first"
        );
        assert!(hits.iter().all(|h| book.at(h.index).text.contains("1234")));
    }
}
