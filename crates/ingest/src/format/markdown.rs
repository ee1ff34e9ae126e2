//! Markdown: markup stripped, each heading, paragraph line, list item and table row kept
//! as its own line; the headline from the first `#` heading, else front matter `title:`.

use std::borrow::Cow;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{iso_date, Parsed};
use crate::budget::{Budget, OutOfTime};

/// Parses Markdown into plain text and the metadata its front matter or first heading
/// states. pulldown-cmark keeps its tree in a vector and yields flat events, so deep
/// nesting (quotes in quotes, lists in lists) costs no stack here.
pub(crate) fn parse(source: &str, budget: &mut Budget) -> Result<Parsed<'static>, OutOfTime> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES;
    let mut out = Lines::default();
    let mut parsed = Parsed::default();
    let mut in_metadata = false;
    let mut heading: Option<(HeadingLevel, String)> = None;
    // The page's `#` headline is what readers see; front matter `title:` is often the
    // CMS's shorter or older label for it, so it counts only where no `#` stands.
    let mut front_title: Option<String> = None;
    let mut cells = 0usize;
    let mut masthead = Masthead::default();

    for event in Parser::new_ext(source, options) {
        budget.tick()?;
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(text) if in_metadata => {
                read_front_matter(&text, &mut front_title, &mut parsed)
            }
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                match heading.take() {
                    Some((HeadingLevel::H1, text))
                        if parsed.title.is_none() && !text.trim().is_empty() =>
                    {
                        masthead.first_h1(text.trim());
                        parsed.title = Some(text.trim().to_owned());
                    }
                    Some((HeadingLevel::H2, text)) => {
                        if let Some(headline) = masthead.headline_under(text.trim()) {
                            parsed.title = Some(headline);
                        }
                    }
                    _ => {}
                }
                out.end(true);
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&text);
                } else {
                    masthead.body_text(&text);
                }
                out.push(&text);
            }
            Event::SoftBreak | Event::HardBreak => out.end(false),
            Event::Start(Tag::TableRow | Tag::TableHead) => cells = 0,
            Event::Start(Tag::TableCell) => {
                if cells > 0 {
                    out.push("\t");
                }
                cells += 1;
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead | TagEnd::Item) => out.end(false),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Table,
            )
            | Event::Rule => out.end(true),
            _ => {}
        }
    }
    parsed.title = parsed.title.or(front_title);
    parsed.text = Cow::Owned(out.finish());
    Ok(parsed)
}

/// Reads `title:` (into `title`) and `date:` from YAML front matter (flat keys only).
fn read_front_matter(yaml: &str, title: &mut Option<String>, parsed: &mut Parsed) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if !value.is_empty() => *title = Some(value.to_owned()),
            "date" | "published" => parsed.published = iso_date(value).or(parsed.published.take()),
            _ => {}
        }
    }
}

/// Most words of a site's name set as a saved page's `#` ("Landstinget Blekinge",
/// "Region Halland", "Sundbybergs stad"); a headline is longer.
const MASTHEAD_WORDS: usize = 3;

/// Whether a saved page's first `#` is the site's name over its menu rather than the
/// release's headline: a Markdown save of a web page of the 2000s sets the site's name as
/// `#` and, below the menu, breadcrumb and date, the headline as `##`. A `##` that comes
/// after a short `#` ([`MASTHEAD_WORDS`]) with no sentence between them is the headline; a
/// `##` after the first sentence of the text is a subheading.
#[derive(Default)]
struct Masthead {
    /// The first `#` is short and no sentence has followed it yet.
    open: bool,
}

impl Masthead {
    fn first_h1(&mut self, text: &str) {
        self.open = text.split_whitespace().count() <= MASTHEAD_WORDS;
    }

    /// Text outside a heading: a sentence (words and a full stop, "!" or "?") closes the
    /// page's head; menus, breadcrumbs and dates hold none.
    fn body_text(&mut self, text: &str) {
        if self.open && text.contains(' ') && text.trim_end().ends_with(['.', '!', '?']) {
            self.open = false;
        }
    }

    /// The headline a `##` gives while the head is open, once.
    fn headline_under(&mut self, text: &str) -> Option<String> {
        if !self.open || text.is_empty() {
            return None;
        }
        self.open = false;
        Some(text.to_owned())
    }
}

/// Lines of text with a blank line between paragraphs.
#[derive(Default)]
struct Lines {
    out: String,
    line: String,
    paragraph_pending: bool,
}

impl Lines {
    fn push(&mut self, text: &str) {
        self.line.push_str(text);
    }

    fn end(&mut self, paragraph: bool) {
        let line = self.line.trim();
        if !line.is_empty() {
            if !self.out.is_empty() {
                self.out
                    .push_str(if self.paragraph_pending { "\n\n" } else { "\n" });
            }
            self.out.push_str(line);
            self.paragraph_pending = false;
        }
        self.line.clear();
        self.paragraph_pending |= paragraph;
    }

    fn finish(mut self) -> String {
        self.end(false);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Parsed<'static> {
        super::parse(source, &mut Budget::unlimited()).unwrap()
    }

    #[test]
    fn headings_stay_lines_and_markup_goes() {
        let parsed =
            parse("# Rubrik *här*\n\nEn **fet** [länk](http://x).\nRad två.\n\n- ett\n- två\n");
        assert_eq!(
            parsed.text,
            "Rubrik här\n\nEn fet länk.\nRad två.\n\nett\ntvå"
        );
        assert_eq!(parsed.title.as_deref(), Some("Rubrik här"));
    }

    #[test]
    fn a_short_top_heading_over_the_menu_is_the_sites_name() {
        let parsed = parse(
            "# Region Halland\n\n[Vård](/vard) · [Nyheter](/nyheter)\n\nPublicerad 3 maj 2008\n\n\
             ## Nytt badhus i Laholm\n\nRegionen bygger ett badhus.\n\n## Bakgrund\n\nText.\n",
        );
        assert_eq!(parsed.title.as_deref(), Some("Nytt badhus i Laholm"));
        // A `##` after the text's first sentence is a subheading.
        let parsed =
            parse("# Badhus i Laholm\n\nRegionen bygger ett badhus.\n\n## Bakgrund\n\nText.\n");
        assert_eq!(parsed.title.as_deref(), Some("Badhus i Laholm"));
        // A long `#` is a headline whatever follows it.
        let parsed =
            parse("# Regionen bygger ett nytt badhus i Laholm\n\n## Tre bassänger\n\nText.\n");
        assert_eq!(
            parsed.title.as_deref(),
            Some("Regionen bygger ett nytt badhus i Laholm")
        );
    }

    #[test]
    fn tables_become_tab_separated_rows() {
        let parsed = parse("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(parsed.text, "a\tb\n1\t2");
    }

    #[test]
    fn the_headline_wins_over_the_front_matter_title() {
        let parsed = parse("---\ntitle: Kort etikett\n---\n\n# Rubriken på sidan\n\nText.\n");
        assert_eq!(parsed.title.as_deref(), Some("Rubriken på sidan"));
    }

    #[test]
    fn front_matter_gives_title_and_date() {
        let parsed = parse("---\ntitle: \"Hej\"\ndate: 2015-03-04\n---\n\nText.\n");
        assert_eq!(parsed.title.as_deref(), Some("Hej"));
        assert_eq!(parsed.published.as_deref(), Some("2015-03-04"));
        assert_eq!(parsed.text, "Text.");
    }
}
