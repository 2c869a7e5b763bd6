//! The Phrasebook pane: search box, results, and the selected phrase filled in.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::{Effect, Query, Verb};
use super::input::LineInput;
use super::keymap::{Scope, key_for};
use super::widgets::{pane_block, window};
use crate::lang::Lang;
use crate::phrasebook::{Hit, PhraseRef, Phrasebook, Segment, segments};
use crate::text;

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

/// What the pane shows.
pub struct PhrasesView<'a> {
    pub state: &'a Phrases,
    pub book: &'a Phrasebook,
    /// Phrases in the current language.
    pub total: usize,
    /// The search box has the keyboard.
    pub typing: bool,
    /// The title of the step the list is limited to.
    pub filter: Option<&'a str>,
    /// What fills the preview's placeholders.
    pub values: &'a BTreeMap<String, String>,
    pub focused: bool,
}

impl Widget for PhrasesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let count = if state.results == Results::Ready {
            format!(" {}/{} ", state.hits.len(), self.total)
        } else {
            " … ".to_string()
        };
        let block = pane_block(self.focused, "Phrasebook", count);
        let inner = block.inner(area);
        block.render(area, buf);
        let preview_rows = (inner.height / 2).clamp(1, 8);
        let [search, list, rule, preview] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(preview_rows),
        ])
        .areas(inner);
        self.search_line(search, buf);

        let (start, end) = window(state.hits.len(), state.selected, list.height as usize);
        let words = crate::phrasebook::Query::parse(&state.query.text()).words;
        let rows: Vec<Line> = state.hits[start..end]
            .iter()
            .enumerate()
            .map(|(offset, hit)| {
                let phrase = self.book.phrases.at(hit.index);
                let selected = start + offset == state.selected;
                let marker = if selected { "▸ " } else { "  " };
                let style = if selected {
                    Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    Style::new()
                };
                let mut spans = vec![Span::styled(marker, style)];
                spans.extend(highlighted(&text::one_line(phrase.text), &words, style));
                Line::from(spans)
            })
            .collect();
        if rows.is_empty() && state.results == Results::Ready {
            let hint = format!(
                "no phrase matches; {} or {} to widen",
                key_for(Verb::Backspace, Scope::Text),
                key_for(Verb::Cancel, Scope::Normal)
            );
            Paragraph::new(hint).fg(Color::DarkGray).render(list, buf);
        } else {
            Paragraph::new(rows).render(list, buf);
        }
        if let Some(phrase) = state.selected_phrase(self.book) {
            let gray = Style::new().fg(Color::DarkGray);
            let label = format!(
                "{} · {} · {} ",
                phrase.id,
                phrase.stage,
                phrase.tags.join(" ")
            );
            // Pasted into a shell, each line of a multi-line phrase runs on its own: said
            // first, so that a narrow pane cuts the id rather than the warning.
            let lines = phrase.text.lines().count();
            let warning = (lines > 1).then(|| {
                let key = key_for(Verb::CopyOneLine, Scope::Normal);
                Span::styled(
                    format!("{lines} lines, {key} copies one line "),
                    Style::new().fg(Color::Yellow),
                )
            });
            let spans = [Span::styled("─ ", gray)]
                .into_iter()
                .chain(warning)
                .chain([Span::styled(label, gray)]);
            Paragraph::new(Line::from_iter(spans)).render(rule, buf);
            Paragraph::new(filled(phrase, self.values))
                .wrap(Wrap { trim: false })
                .render(preview, buf);
        }
    }
}

impl PhrasesView<'_> {
    fn search_line(&self, area: Rect, buf: &mut Buffer) {
        // The search key opens the box, so it also stands in front of it.
        let key = format!("{} ", key_for(Verb::Search, Scope::Normal));
        let key_width = key.chars().count() as u16;
        let prefix = Span::styled(key, Style::new().fg(Color::Cyan).bold());
        let filter = self.filter.map(|title| {
            Span::styled(
                format!(
                    "  [step: {title} · {} clears]",
                    key_for(Verb::Cancel, Scope::Normal)
                ),
                Style::new().fg(Color::Yellow),
            )
        });
        if self.typing {
            // The input scrolls within what the step filter leaves of the line.
            let filter_width = filter.as_ref().map_or(0, |f| f.width() as u16);
            let [p, input, f] = Layout::horizontal([
                Constraint::Length(key_width),
                Constraint::Min(1),
                Constraint::Length(filter_width),
            ])
            .areas(area);
            Paragraph::new(Line::from(prefix)).render(p, buf);
            if self.state.fresh {
                // The previous query, selected: what is typed next replaces it.
                let query = text::one_line(&self.state.query.text());
                Paragraph::new(Span::styled(query, Style::new().reversed())).render(input, buf);
            } else {
                self.state.query.widget().render(input, buf);
            }
            if let Some(filter) = filter {
                Paragraph::new(Line::from(filter)).render(f, buf);
            }
            return;
        }
        let query = self.state.query.text();
        let mut line = vec![prefix];
        if query.is_empty() {
            line.push(Span::styled("to search", Style::new().fg(Color::DarkGray)));
        } else {
            line.extend(chips(&text::one_line(&query)));
        }
        line.extend(filter);
        Paragraph::new(Line::from(line)).render(area, buf);
    }
}

/// A result row with the letters the query words matched in bold yellow, as
/// `fuzzy-matcher` finds them in the folded text (one folded character per character, so
/// the positions are the row's own).
fn highlighted(row: &str, words: &[String], style: Style) -> Vec<Span<'static>> {
    use fuzzy_matcher::FuzzyMatcher;
    let folded: String = row
        .chars()
        .map(|c| {
            crate::text::fold(c.encode_utf8(&mut [0; 4]))
                .chars()
                .next()
                .unwrap_or(c)
        })
        .collect();
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default().ignore_case();
    let mut lit = vec![false; row.chars().count()];
    for word in words {
        if let Some((_, at)) = matcher.fuzzy_indices(&folded, word) {
            for i in at {
                if let Some(l) = lit.get_mut(i) {
                    *l = true;
                }
            }
        }
    }
    let strong = style.fg(Color::Yellow).add_modifier(Modifier::BOLD);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_lit = false;
    for (c, &l) in row.chars().zip(&lit) {
        if l != run_lit && !run.is_empty() {
            let s = if run_lit { strong } else { style };
            spans.push(Span::styled(std::mem::take(&mut run), s));
        }
        run_lit = l;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_lit { strong } else { style }));
    }
    spans
}

/// The query with its filters (`@email`, `#client`, `!update`) drawn as chips.
fn chips(query: &str) -> Vec<Span<'static>> {
    use crate::phrasebook::search::{AUDIENCE, CHANNEL, STAGE};
    let mut spans = Vec::new();
    for (n, word) in query.split_whitespace().enumerate() {
        if n > 0 {
            spans.push(Span::raw(" "));
        }
        let chip = match word.chars().next() {
            Some(CHANNEL) => Some(Color::Cyan),
            Some(AUDIENCE) => Some(Color::Magenta),
            Some(STAGE) => Some(Color::Yellow),
            _ => None,
        };
        spans.push(match chip {
            Some(colour) if word.len() > 1 => Span::styled(
                format!(" {word} "),
                Style::new().fg(Color::Black).bg(colour),
            ),
            _ => Span::raw(word.to_owned()),
        });
    }
    spans
}

/// The phrase with its placeholders filled (green) or left to fill (yellow).
fn filled<'a>(phrase: PhraseRef<'a>, values: &BTreeMap<String, String>) -> Text<'a> {
    let missing = Style::new().fg(Color::Black).bg(Color::Yellow);
    let filled = Style::new().fg(Color::Green);
    let mut lines = Text::default();
    let mut current = Line::default();
    for segment in segments(phrase.text, values) {
        let (raw, style) = match segment {
            Segment::Literal(s) if phrase.lang == crate::lang::Lang::Fr => {
                (text::french_spacing(s), Style::new())
            }
            Segment::Literal(s) => (s.to_owned(), Style::new()),
            Segment::Filled(v) => (text::one_line(&v), filled),
            Segment::Missing(m) => (m.to_owned(), missing),
        };
        let mut parts = raw.split('\n').peekable();
        while let Some(part) = parts.next() {
            current.push_span(Span::styled(part.to_owned(), style));
            if parts.peek().is_some() {
                lines.push_line(std::mem::take(&mut current));
            }
        }
    }
    lines.push_line(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letters_a_query_matched_are_highlighted_accents_and_case_aside() {
        let spans = highlighted(
            "Je suis Désolé pour la gêne.",
            &["desole".into()],
            Style::new(),
        );
        let lit: String = spans
            .iter()
            .filter(|s| s.style.add_modifier.contains(Modifier::BOLD))
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(lit, "Désolé");
        let whole: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(whole, "Je suis Désolé pour la gêne.");
        assert_eq!(highlighted("Plain.", &[], Style::new()).len(), 1);
    }
}
