//! The Phrasebook pane's state: the query, the step filter, the results and the selection,
//! and the searches it asks the worker for (`phrases_view.rs` draws it).

use ratatui::style::{Color, Style};

use super::action::{Effect, Query, Verb};
use super::input::LineInput;
use crate::lang::Lang;
use crate::phrasebook::{Hit, PhraseRef, Phrasebook};

/// Where the results of the current query stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Results {
    #[default]
    Ready,
    /// Results for the current generation have not arrived yet.
    Pending,
    /// Enter was pressed before they arrived: copy on arrival (as one line or not), so the
    /// phrase copied is the one the query finds, not the one shown before.
    PendingThenCopy { one_line: bool },
}

#[derive(Debug, Clone)]
pub struct Phrases {
    pub query: LineInput,
    pub hits: Vec<Hit>,
    pub selected: usize,
    pub generation: u64,
    pub results: Results,
    /// The step whose phrases the list is limited to.
    pub filter: Option<String>,
    /// The query was there before `/`: shown selected, replaced by what is typed.
    pub fresh: bool,
    /// Earlier queries, oldest first, and which one ↑ has brought back.
    pub history: Vec<String>,
    pub recalled: Option<usize>,
}

impl Default for Phrases {
    fn default() -> Phrases {
        Phrases {
            query: LineInput::styled(Style::new(), Style::new().fg(Color::Black).bg(Color::Cyan)),
            hits: Vec::new(),
            selected: 0,
            generation: 0,
            results: Results::Ready,
            filter: None,
            fresh: false,
            history: Vec::new(),
            recalled: None,
        }
    }
}

impl Phrases {
    /// A new search generation for the current query in `lang`, limited to `only` ids.
    pub fn search(
        &mut self,
        lang: Lang,
        only: Option<Vec<String>>,
        context: crate::phrasebook::Context,
    ) -> Effect {
        self.generation += 1;
        if self.results == Results::Ready {
            self.results = Results::Pending;
        }
        Effect::Search(Query {
            generation: self.generation,
            text: self.query.text(),
            lang,
            only,
            context,
        })
    }

    /// Types into the query: over a fresh (selected) query, the text replaces it.
    pub fn type_text(&mut self, text: &str) {
        if std::mem::take(&mut self.fresh) {
            self.query.clear();
        }
        self.recalled = None;
        self.query.insert(text);
    }

    /// An editing verb on the query. On a fresh query a deletion clears it whole and a
    /// cursor move keeps it, as in fzf and television.
    pub fn edit(&mut self, verb: Verb) -> bool {
        let fresh = std::mem::take(&mut self.fresh);
        if fresh
            && matches!(
                verb,
                Verb::Backspace | Verb::DeleteWord | Verb::DeleteForward
            )
        {
            self.query.clear();
            return true;
        }
        let edited = self.query.edit(verb);
        if edited {
            self.recalled = None;
        } else {
            self.fresh = fresh;
        }
        edited
    }

    /// True when ↑ and ↓ go through earlier queries rather than the results: on an empty
    /// query, or once one was recalled.
    pub fn recalling(&self) -> bool {
        !self.history.is_empty() && (self.query.is_empty() || self.recalled.is_some())
    }

    /// Brings back the query `delta` steps back (−1) or forward (+1) in the history; past the
    /// newest, the query is empty again.
    pub fn recall(&mut self, delta: isize) {
        let len = self.history.len();
        let at = match (self.recalled, delta < 0) {
            (None, true) => Some(len - 1),
            (None, false) => None,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) => (i + 1 < len).then_some(i + 1),
        };
        self.recalled = at;
        self.fresh = false;
        self.query.clear();
        if let Some(i) = at {
            self.query.insert(&self.history[i]);
        }
    }

    /// Keeps the query in the history when the search is left (a repeat is kept once).
    pub fn remember(&mut self) {
        self.fresh = false;
        self.recalled = None;
        let query = self.query.text();
        if !query.trim().is_empty() && self.history.last() != Some(&query) {
            self.history.retain(|q| *q != query);
            self.history.push(query);
        }
    }

    /// Takes the results of a search; `Some(one_line)` when a copy waits for them.
    pub fn receive(&mut self, generation: u64, hits: Vec<Hit>) -> Option<bool> {
        // A newer query is on its way; this answer is to an older one.
        if generation != self.generation {
            return None;
        }
        self.hits = hits;
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        match std::mem::take(&mut self.results) {
            Results::PendingThenCopy { one_line } => Some(one_line),
            Results::Ready | Results::Pending => None,
        }
    }

    /// True when the selection can be copied now; otherwise the copy waits for the results.
    pub fn ready_to_copy(&mut self, one_line: bool) -> bool {
        if self.results == Results::Ready {
            return true;
        }
        self.results = Results::PendingThenCopy { one_line };
        false
    }

    pub fn move_by(&mut self, delta: isize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.hits.len().saturating_sub(1));
    }

    pub fn selected_phrase<'a>(&self, book: &'a Phrasebook) -> Option<PhraseRef<'a>> {
        book.phrases.get(self.hits.get(self.selected)?.index)
    }
}
