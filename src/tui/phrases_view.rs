//! How the Phrasebook pane is drawn: the search box and its filter chips, the results with
//! the letters each query word matched, and the selected phrase filled in.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::Verb;
use super::keymap::{Scope, key_for};
use super::layout::phrases_rows;
use super::phrases::{Phrases, Results};
use super::theme;
use super::widgets::{pane_block, window};
use crate::lang::Lang;
use crate::phrasebook::{PhraseRef, Phrasebook, Segment, segments};
use crate::present::names;
use crate::text;
use crate::tr;

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
    pub lang: Lang,
}

impl Widget for PhrasesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let count = if state.results == Results::Ready {
            format!(" {}/{} ", state.hits.len(), self.total)
        } else {
            " … ".to_string()
        };
        let lang = self.lang;
        let title = tr!(lang, "pane-phrasebook");
        let block = pane_block(self.focused, &title, count);
        let inner = block.inner(area);
        block.render(area, buf);
        let [search, list, rule, preview] = phrases_rows(inner);
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
            let hint = tr!(
                lang,
                "phrases-none",
                clear = key_for(Verb::Backspace, Scope::Text, lang),
                widen = key_for(Verb::Cancel, Scope::Normal, lang)
            );
            Paragraph::new(hint).style(theme::dim()).render(list, buf);
        } else {
            Paragraph::new(rows).render(list, buf);
        }
        if let Some(phrase) = state.selected_phrase(self.book) {
            let gray = theme::dim();
            let label = format!(
                "{} · {} · {} ",
                phrase.id,
                names::stage(lang, phrase.stage),
                phrase.tags.join(" ")
            );
            // Pasted into a shell, each line of a multi-line phrase runs on its own: said
            // first, so that a narrow pane cuts the id rather than the warning.
            let lines = phrase.text.lines().count();
            let warning = (lines > 1).then(|| {
                let key = key_for(Verb::CopyOneLine, Scope::Normal, lang);
                Span::styled(
                    format!("{} ", tr!(lang, "phrases-lines", lines = lines, key = key)),
                    theme::warning(),
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
        let lang = self.lang;
        let key = format!("{} ", key_for(Verb::Search, Scope::Normal, lang));
        let key_width = key.chars().count() as u16;
        let prefix = Span::styled(key, theme::accent());
        let filter = self.filter.map(|title| {
            Span::styled(
                format!(
                    "  {}",
                    tr!(
                        lang,
                        "phrases-step",
                        title = title,
                        key = key_for(Verb::Cancel, Scope::Normal, lang)
                    )
                ),
                theme::accent(),
            )
        });
        if self.typing {
            // The input scrolls within what the step filter leaves of the line.
            // What is typed keeps at least half the line; the step filter is cut first.
            let filter_width = filter
                .as_ref()
                .map_or(0, |f| f.width() as u16)
                .min(area.width / 2);
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
            line.push(Span::styled(tr!(lang, "phrases-to-search"), theme::dim()));
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
    let strong = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
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
