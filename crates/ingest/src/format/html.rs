//! HTML: the article body as lines, the headline from `<h1>` (or `<title>`), the date
//! from meta tags or `<time datetime>`.
//!
//! Hostile nesting is bounded twice: [`depth::limit_nesting`] flattens elements nested
//! deeper than [`depth::MAX_DEPTH`] before html5ever sees them (its tree builder looks
//! through all open elements at each tag, quadratic in the depth), and the tree is
//! walked with an explicit stack, never recursion.

mod chrome_date;
mod depth;
mod publisher;

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use scraper::{ElementRef, Html, Node, Selector};

use super::{iso_date, squash_spaces, Parsed};
use crate::budget::{Budget, OutOfTime};

/// Elements that never hold the article: navigation, chrome, code, forms.
const SKIPPED: &[&str] = &[
    "nav", "footer", "aside", "script", "style", "noscript", "form", "template", "svg", "iframe",
    "button", "select", "dialog", "canvas", "object", "embed", "head", "title",
];

/// Words in an `id` or `class` that mark chrome: cookie and consent banners, and the
/// breadcrumb trail ("breadcrumbs", "crumbs", the Swedish "brödsmulor" as "brodsmulor"),
/// whose last item repeats the headline (and its sum) above the article.
const BANNER_WORDS: &[&str] = &["cookie", "consent", "banner", "crumb", "brodsmul"];

/// Words in an `id` or `class` that mark a site's menu ("leftnav", "mainnav",
/// "nav-menu", "huvudmeny"): the menus of a government site list every department and
/// minister ("Fredrik Reinfeldt / Statsminister"), none of them the release's.
const MENU_WORDS: &[&str] = &["nav", "menu", "meny"];

/// The least share of a menu's text that its links hold: a menu is links (a title
/// under a name is the rest), while a page's wrapper named for its menu ("has-leftnav")
/// holds the article's prose.
const MENU_LINK_SHARE: f64 = 0.4;

/// ARIA roles of page chrome.
const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
];

/// Elements that end a paragraph (a blank line follows their text).
const PARAGRAPHS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "table",
    "figure",
    "figcaption",
    "address",
    "hr",
    "details",
    "summary",
    "caption",
    "body",
];

/// Elements that end a line.
const LINES: &[&str] = &["li", "dt", "dd", "tr", "br"];

/// `<meta>` names and properties that state the publication date, most specific first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "dcterms.date",
    "dcterms.issued",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publish-date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
];

/// True if the start of a file looks like an HTML document whatever its extension.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let lower = head[start..].to_ascii_lowercase();
    let starts = |p: &[u8]| lower.starts_with(p);
    starts(b"<!doctype html")
        || starts(b"<html")
        || starts(b"<head>")
        || starts(b"<body")
        || ((starts(b"<?xml") || starts(b"<!--")) && lower.windows(5).any(|w| w == b"<html"))
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Parses an HTML document into its article text and markup metadata.
pub(crate) fn parse(source: &str, budget: &mut Budget) -> Result<Parsed<'static>, OutOfTime> {
    let unframed = unframe(source);
    let source = unframed.as_deref().unwrap_or(source);
    let doc = Html::parse_document(&depth::limit_nesting(source, budget)?);
    let body = choose_body(&doc);
    let mut writer = Writer::default();
    walk(body, &mut writer, budget)?;
    let mut text = writer.finish();

    let h1 = headline_h1(body)
        .or_else(|| headline_h1(doc.root_element()))
        .or_else(|| headline_heading(body));
    if let Some(h1) = &h1 {
        // The page header may hold the headline outside <main>: keep it as the first line
        // so the text-level extraction finds it too.
        if !text.contains(h1.as_str()) {
            text = format!("{h1}\n\n{text}");
        }
    }
    let fallback_title = first_text(doc.root_element(), "title").map(|t| strip_site_name(&t));
    let published = meta_date(&doc)
        .or_else(|| time_date(body))
        .or_else(|| time_date(doc.root_element()));
    // The chrome's date counts only where the markup states none: the walk is spared.
    let chrome_published = published
        .is_none()
        .then(|| chrome_date::chrome_date(&doc, source))
        .flatten();
    Ok(Parsed {
        text: Cow::Owned(text),
        title: h1,
        fallback_title: fallback_title.filter(|t| !t.is_empty()),
        published,
        publisher: publisher::publisher(&doc),
        chrome_published,
    })
}

/// The tags of a framed page, in the two cases pages of the time wrote them.
static FRAMESET: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new(b"<frameset"), Finder::new(b"<FRAMESET")]);
static NOFRAMES: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new(b"<noframes"), Finder::new(b"</noframes")]);
static NOFRAMES_UPPER: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new(b"<NOFRAMES"), Finder::new(b"</NOFRAMES")]);

/// A framed page of the 1990s–2000s (`<frameset>` with a `<noframes>` fallback) carries
/// the release in `<noframes>`, which an HTML5 parser keeps as raw text, markup and all:
/// the page before the frameset (its `<head>`, with title and meta) followed by the
/// fallback's markup, to be parsed as the document. None for any other page.
fn unframe(source: &str) -> Option<String> {
    let bytes = source.as_bytes();
    let frameset = FRAMESET.iter().filter_map(|f| f.find(bytes)).min()?;
    let (open, close) = [&*NOFRAMES, &*NOFRAMES_UPPER]
        .iter()
        .find_map(|[open, close]| Some((open.find(bytes)?, close)))?;
    // The open tag's own end, then its content up to the close tag (or the end of a
    // truncated page). Both tags are ASCII, so these are char boundaries.
    let start = open + memchr::memchr(b'>', &bytes[open..])? + 1;
    let end = close
        .find(&bytes[start..])
        .map_or(bytes.len(), |i| start + i);
    let head = &source[..frameset.min(open)];
    Some(format!("{head}{}", &source[start..end]))
}

/// `<main>`, else the `<article>` with the most text, else `<body>`, else the root.
fn choose_body(doc: &Html) -> ElementRef<'_> {
    let first = |css: &str| selector(css).and_then(|s| doc.select(&s).next());
    if let Some(main) = first("main") {
        return main;
    }
    let articles = selector("article")
        .map(|s| doc.select(&s).collect::<Vec<_>>())
        .unwrap_or_default();
    if let Some(article) = articles
        .into_iter()
        .filter(|a| !is_chrome(a))
        .max_by_key(|a| a.text().map(str::len).sum::<usize>())
    {
        return article;
    }
    first("body").unwrap_or_else(|| doc.root_element())
}

/// Chrome by role, or a cookie / consent banner or breadcrumb trail by id or class.
fn is_chrome(element: &ElementRef<'_>) -> bool {
    let el = element.value();
    if el
        .attr("role")
        .is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    let marks = [el.attr("id"), el.attr("class")];
    let marked = |words: &[&str]| {
        marks.iter().flatten().any(|value| {
            let value = value.to_ascii_lowercase();
            words.iter().any(|w| value.contains(w))
        })
    };
    marked(BANNER_WORDS)
        || (marked(MENU_WORDS) && is_menu(element))
        || (matches!(el.name(), "ul" | "ol") && is_dated_link_list(element))
        || (el.name() == "p" && is_dated_link_paragraph(element))
}

/// Most words beside an item's link that name its sender and date ("Kalmar kommun •
/// 3 maj 2011"): more make a sentence of the release's own list.
const SENDER_AND_DATE_WORDS: usize = 8;

/// True when `text` has at most `most` words.
fn has_words_at_most(text: &str, most: usize) -> bool {
    text.split_whitespace().nth(most).is_none()
}

/// Fewest items of a list of bare links that make it a site map or an A–Ö index rather
/// than the release's attachments ("Beslut (pdf)", "Karta").
const LINK_INDEX_ITEMS: usize = 6;

/// True for a list of other pages' headlines, each item a link and its date ("2009-02-05
/// <a>Kalkningen av sjöar fortsätter – 5,2 miljoner kronor</a>"): a side box of recent
/// news ("Senaste nytt", "Aktuellt"), whose sums and names are other releases'. Two
/// items at least, every one a link beside nothing but figures and marks, one of them
/// dated, or each item a link beside a `<time>` and its labels ("Pressmeddelande · 16
/// november 2017 · Socialdepartementet", regeringen.se's "Läs också"). A list of links
/// alone is a site map or an index of the sender's units when long
/// ([`LINK_INDEX_ITEMS`]), and the release's attachments when short.
fn is_dated_link_list(element: &ElementRef<'_>) -> bool {
    let mut items = 0usize;
    let mut dated = false;
    for child in element.children().filter_map(ElementRef::wrap) {
        if child.value().name() != "li" {
            continue;
        }
        items += 1;
        match link_item(&child) {
            Some(item_dated) => dated |= item_dated,
            None => return false,
        }
    }
    (items >= 2 && dated) || items >= LINK_INDEX_ITEMS
}

/// For an item of a list of links (a `<li>`, or a `<p>` a wire sets one item in): `None`
/// unless it is a link beside nothing but a date, a `<time>` and its labels, or a sender
/// and a date (at most [`SENDER_AND_DATE_WORDS`] words); otherwise whether it is dated.
fn link_item(item: &ElementRef<'_>) -> Option<bool> {
    let mut linked = false;
    let mut rest = String::new();
    for node in item.descendants() {
        let Node::Text(chunk) = node.value() else {
            continue;
        };
        if in_link(node, item) {
            linked |= !chunk.trim().is_empty();
        } else {
            rest.push_str(chunk);
        }
    }
    let rest = rest.trim();
    let date_like = rest.chars().all(|c| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '.' | '/' | ':' | ',')
    });
    let timed = holds_element(item, "time")
        || (has_words_at_most(rest, SENDER_AND_DATE_WORDS)
            && pressarkiv_normalize::holds_date(rest));
    (linked && (date_like || timed)).then(|| timed || rest.chars().any(|c| c.is_ascii_digit()))
}

/// Fewest words of a link that is another release's headline; a release's own date
/// line links its department or sender ("<a>Socialdepartementet</a> 23 april 2009").
const HEADLINE_LINK_WORDS: usize = 4;

/// True for a paragraph that is one item of another page's list, as a wire's side column
/// sets each in a `<p>` of its own ("<a>Länsstyrelsen beviljar 2,3 miljoner kronor</a>
/// Länsstyrelsen Skåne – 2007-04-05"): a link of a headline's length beside its sender
/// and date.
fn is_dated_link_paragraph(element: &ElementRef<'_>) -> bool {
    let headline = element
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "a")
        .any(|a| !has_words_at_most(&a.text().collect::<String>(), HEADLINE_LINK_WORDS - 1));
    headline && link_item(element) == Some(true)
}

/// A node of the parsed tree, as scraper's elements deref to (its tree crate unnamed).
type TreeNode<'a> = <ElementRef<'a> as std::ops::Deref>::Target;

/// True when `node`, below `scope`, stands inside a link (`<a>`) within `scope`.
fn in_link(node: TreeNode<'_>, scope: &ElementRef<'_>) -> bool {
    node.ancestors()
        .take_while(|a| a.id() != scope.id())
        .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"))
}

/// True when an element named `name` stands below `element`.
fn holds_element(element: &ElementRef<'_>, name: &str) -> bool {
    element
        .descendants()
        .any(|d| d.value().as_element().is_some_and(|e| e.name() == name))
}

/// True for an element marked as a menu ([`MENU_WORDS`]) that is one: no headline
/// inside, and a list whose items are links (two at least, half its items or more:
/// "Anna Ek" linked, her title beside it) or links for at least [`MENU_LINK_SHARE`]
/// of its text.
fn is_menu(element: &ElementRef<'_>) -> bool {
    let mut text = 0usize;
    let mut linked = 0usize;
    let (mut items, mut linked_items) = (0usize, 0usize);
    for node in element.descendants() {
        if let Some(inner) = ElementRef::wrap(node) {
            match inner.value().name() {
                "h1" => return false,
                "li" => {
                    items += 1;
                    linked_items += usize::from(holds_element(&inner, "a"));
                }
                _ => {}
            }
            continue;
        }
        let Node::Text(chunk) = node.value() else {
            continue;
        };
        let len = chunk.trim().len();
        text += len;
        if in_link(node, element) {
            linked += len;
        }
    }
    (linked_items >= 2 && 2 * linked_items >= items)
        || (text > 0 && linked as f64 >= MENU_LINK_SHARE * text as f64)
}

/// One step of the walk: open an element, write a text node, or close an element.
enum Step<'a> {
    Open(ElementRef<'a>, bool),
    Text(&'a str),
    Close(&'a str),
}

/// Writes the text under `root` in document order, with an explicit stack so that no
/// nesting depth can overflow the thread's stack.
fn walk(root: ElementRef<'_>, w: &mut Writer, budget: &mut Budget) -> Result<(), OutOfTime> {
    let mut stack = vec![Step::Open(root, false)];
    while let Some(step) = stack.pop() {
        budget.tick()?;
        match step {
            Step::Text(text) => w.text(text),
            Step::Close(name) => close(name, w),
            Step::Open(element, in_article) => {
                let name = element.value().name();
                // A <header> inside an <article> holds its headline and date; elsewhere
                // it is the site's banner.
                if (SKIPPED.contains(&name)
                    && !is_release_aside(&element, in_article)
                    && !is_page_form(&element))
                    || (name == "header" && !in_article)
                    || is_chrome(&element)
                {
                    continue;
                }
                let in_article = in_article || matches!(name, "article" | "main");
                if is_field_after_field(&element) {
                    w.text(" ");
                }
                // A block opens on a line of its own, as a browser sets it: inline text
                // before it in the same parent ("<span>12 maj</span><h1>Rubrik</h1>")
                // is a paragraph apart, not the start of the block's first line.
                if PARAGRAPHS.contains(&name) {
                    w.break_before_block();
                }
                match name {
                    "br" => {
                        w.end_line(false);
                        continue;
                    }
                    "sup" => {
                        if let Some(mark) = superscript_figures(&element) {
                            w.text(&mark);
                            continue;
                        }
                    }
                    "tr" => w.end_line(false),
                    "td" | "th" if holds_heading(&element) => w.layout_cell(),
                    "td" | "th" => w.cell(),
                    "pre" => w.pre += 1,
                    _ => {}
                }
                stack.push(Step::Close(name));
                // Children go on the stack last first, so they come off in order.
                for child in element.children().rev() {
                    match child.value() {
                        Node::Text(text) => stack.push(Step::Text(text)),
                        Node::Element(_) => {
                            if let Some(child) = ElementRef::wrap(child) {
                                stack.push(Step::Open(child, in_article));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(())
}

/// The superscript figures, "⁰" to "⁹".
const SUPERSCRIPT_FIGURES: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// Most figures of a `<sup>` read as superscript figures: a footnote's number
/// ("Övriga regioner<sup>1</sup>") or an exponent ("m<sup>2</sup>").
const MAX_SUPERSCRIPT_FIGURES: usize = 2;

/// The text of a `<sup>` of figures alone, as superscript figures ("¹"), as a browser
/// sets them above the line: glued to the word before as plain figures, a footnote's
/// number would read as part of the word ("regioner1") or of a number after it.
fn superscript_figures(element: &ElementRef<'_>) -> Option<String> {
    let text: String = element.text().collect();
    let figures = text.trim();
    if figures.is_empty()
        || figures.len() > MAX_SUPERSCRIPT_FIGURES
        || !figures.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some(
        figures
            .bytes()
            .map(|b| SUPERSCRIPT_FIGURES[usize::from(b - b'0')])
            .collect(),
    )
}

/// Fewest paragraphs that make a `<form>` the page rather than a form on it.
const PAGE_FORM_PARAGRAPHS: usize = 3;

/// True for a `<form>` that wraps the page, as ASP.NET sites (EPiServer, many
/// municipalities' and regions' sites of 2003–2016) wrap all of `<body>` in `<form
/// id="aspnetForm">`: it holds the headline, an `<article>` or `<main>`, or paragraphs
/// of prose ([`PAGE_FORM_PARAGRAPHS`]). A search or contact form holds none of them.
fn is_page_form(element: &ElementRef<'_>) -> bool {
    if element.value().name() != "form" {
        return false;
    }
    let mut paragraphs = 0;
    for node in element.descendants() {
        let Some(inner) = node.value().as_element() else {
            continue;
        };
        match inner.name() {
            "h1" | "article" | "main" => return true,
            "p" => {
                paragraphs += 1;
                if paragraphs >= PAGE_FORM_PARAGRAPHS {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The opening of the first heading of the sender's about-box that closes a release on
/// a news wire's page ("Om Bodens kommun", "Om oss"): part of the release, which it names
/// the sender's county in.
const ABOUT_BOX: &str = "Om ";

/// The opening of the first heading of a fact box ("Fakta", "Faktaruta", "Fakta om
/// satsningen"), which states the release's sums and agreements in short.
const FACT_BOX: &str = "Fakta";

/// True for an `<aside>` that is part of the release, unlike the related news or contact
/// cards other asides hold, by its first heading: a fact box ([`FACT_BOX`]) wherever the
/// page sets it (a page without `<article>` or `<main>` as well); an about-box
/// ([`ABOUT_BOX`]) inside the article, or anywhere when a name follows "Om " ("Om Statens
/// maritima museer", after the article on a wire's page as often as inside it), while
/// "Om oss" or "Om webbplatsen" outside the article is the site's.
fn is_release_aside(element: &ElementRef<'_>, in_article: bool) -> bool {
    if element.value().name() != "aside" {
        return false;
    }
    let Some(heading) = element
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| HEADINGS.contains(&e.value().name()))
        .map(|h| h.text().collect::<String>())
    else {
        return false;
    };
    let heading = heading.trim_start();
    let about = heading.strip_prefix(ABOUT_BOX);
    heading.starts_with(FACT_BOX)
        || about.is_some_and(|name| in_article || name.starts_with(char::is_uppercase))
}

/// Headings: a table cell that holds one lays out the page, not data.
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// True if a table cell holds a heading: the page of a layout table of the early 2000s
/// sets its menu in one cell and the article, headline and all, in the next
/// ("<TD>…menu…</TD><TD><FONT>Nyheter | 2003-05-06</FONT><H2>Rubrik</H2>…</TD>"); a data
/// table's cell never holds a headline.
fn holds_heading(cell: &ElementRef<'_>) -> bool {
    cell.descendants().any(|node| {
        node.value()
            .as_element()
            .is_some_and(|e| HEADINGS.contains(&e.name()))
    })
}

/// Inline elements that a page's meta line sets side by side as separate fields.
const FIELDS: &[&str] = &[
    "span", "time", "a", "strong", "em", "b", "i", "small", "label",
];

/// True for an inline element of [`FIELDS`] right after another element, under a parent
/// that holds no text of its own: a meta line laid out as fields, `<span>Pressmeddelande
/// </span><span><time>29 augusti 2024</time></span><span>Från Finansdepartementet</span>`,
/// which a browser sets apart by style. Their words are not one word: a space goes
/// between them.
fn is_field_after_field(element: &ElementRef<'_>) -> bool {
    if !FIELDS.contains(&element.value().name()) {
        return false;
    }
    let is_blank = |node: &Node| matches!(node, Node::Text(t) if t.trim().is_empty());
    let after_element = element
        .prev_siblings()
        .find(|n| !is_blank(n.value()))
        .is_some_and(|n| n.value().is_element());
    let parent_has_text = element.parent().is_some_and(|parent| {
        parent
            .children()
            .any(|c| matches!(c.value(), Node::Text(t) if !t.trim().is_empty()))
    });
    after_element && !parent_has_text
}

/// What ends with an element: a preformatted block, a paragraph or a line.
fn close(name: &str, w: &mut Writer) {
    if name == "pre" {
        w.pre -= 1;
    }
    if PARAGRAPHS.contains(&name) {
        w.end_line(true);
    } else if LINES.contains(&name) {
        w.end_line(false);
    }
}

/// Accumulates text into lines: white space collapsed, table cells tab-separated,
/// a blank line between paragraphs.
#[derive(Default)]
struct Writer {
    out: String,
    line: String,
    cells_in_line: usize,
    paragraph_pending: bool,
    pre: usize,
}

impl Writer {
    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            let mut parts = text.split('\n');
            if let Some(first) = parts.next() {
                self.line.push_str(first);
            }
            for part in parts {
                self.end_line(false);
                self.line.push_str(part);
            }
            return;
        }
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with([' ', '\t']) {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    fn cell(&mut self) {
        if self.cells_in_line > 0 {
            let kept = self.line.trim_end_matches(' ').len();
            self.line.truncate(kept);
            self.line.push('\t');
        }
        self.cells_in_line += 1;
    }

    /// Opens a cell that lays out the page: its text starts a paragraph of its own, apart
    /// from the cell before it (a menu), and the blocks inside it break lines as they do
    /// outside a table.
    fn layout_cell(&mut self) {
        self.end_line(true);
    }

    /// Ends the line before a block element opens, when it holds text; not inside a
    /// table row, whose cells stay on one line whatever blocks they hold.
    fn break_before_block(&mut self) {
        if self.cells_in_line == 0 && self.pre == 0 && !self.line.trim().is_empty() {
            self.end_line(true);
        }
    }

    fn end_line(&mut self, paragraph: bool) {
        let line = self.line.trim_matches([' ', '\t']).trim_end();
        if !line.is_empty() {
            if !self.out.is_empty() {
                self.out
                    .push_str(if self.paragraph_pending { "\n\n" } else { "\n" });
            }
            self.out.push_str(line);
            self.paragraph_pending = false;
        }
        self.line.clear();
        self.cells_in_line = 0;
        self.paragraph_pending |= paragraph;
    }

    fn finish(mut self) -> String {
        self.end_line(false);
        self.out
    }
}

fn first_text(scope: ElementRef<'_>, css: &str) -> Option<String> {
    let sel = selector(css)?;
    scope
        .select(&sel)
        .map(|e| squash_spaces(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// The page's headline in `<h1>`: the first one that is not the sender's name alone, as
/// a wire's newsroom sets its sender in an `<h1>` of its own above the release's
/// ("Gullspångs kommun", then the headline); the sender's name where it is the only one.
fn headline_h1(scope: ElementRef<'_>) -> Option<String> {
    let sel = selector("h1")?;
    let mut first = None;
    for heading in scope.select(&sel) {
        let text = squash_spaces(&heading.text().collect::<String>());
        if text.is_empty() {
            continue;
        }
        if pressarkiv_normalize::sender_canonical(&text).is_none() {
            return Some(text);
        }
        first.get_or_insert(text);
    }
    first
}

/// The lower headings a page without `<h1>` sets its headline in.
const LOWER_HEADINGS: &str = "h2, h3, h4";

/// Fewest words of a headline set in a lower heading: the headings of boxes and
/// columns ("Aktuellt", "Senaste nytt", "Kontakt") are shorter.
const HEADLINE_WORDS: usize = 3;

/// The headline of a page without `<h1>` (sites of the 2000s set it in `<h2>` or
/// `<h3>`): the first lower heading of [`HEADLINE_WORDS`] or more outside the page's
/// chrome.
fn headline_heading(body: ElementRef<'_>) -> Option<String> {
    let sel = selector(LOWER_HEADINGS)?;
    body.select(&sel)
        .filter(|heading| {
            !heading.ancestors().filter_map(ElementRef::wrap).any(|a| {
                (SKIPPED.contains(&a.value().name()) && !is_page_form(&a)) || is_chrome(&a)
            })
        })
        .map(|heading| squash_spaces(&heading.text().collect::<String>()))
        .find(|text| text.split_whitespace().count() >= HEADLINE_WORDS)
}

/// What separates a page's headline from its site's name in its `<title>`.
const TITLE_SEPARATORS: [&str; 4] = [" | ", " – ", " - ", " — "];

/// "Headline - Regeringen.se" → "Headline": a `<title>` usually ends with the site name.
fn strip_site_name(title: &str) -> String {
    TITLE_SEPARATORS
        .iter()
        .find_map(|sep| {
            title
                .split_once(sep)
                .map(|(head, _)| head.trim().to_owned())
        })
        .filter(|head| !head.is_empty())
        .unwrap_or_else(|| title.trim().to_owned())
}

/// "Headline | Ängelholms kommun" → "Ängelholms kommun": the site's name a `<title>`
/// ends with, after its last separator.
fn site_name(title: &str) -> Option<&str> {
    TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| at + sep.len()))
        .max()
        .map(|start| title[start..].trim())
        .filter(|site| !site.is_empty())
}

fn meta_date(doc: &Html) -> Option<String> {
    let sel = selector("meta")?;
    let metas: Vec<_> = doc.select(&sel).map(|m| m.value()).collect();
    DATE_META.iter().find_map(|wanted| {
        metas.iter().find_map(|m| {
            let key = m
                .attr("property")
                .or_else(|| m.attr("name"))
                .or_else(|| m.attr("itemprop"))?;
            (key.eq_ignore_ascii_case(wanted)
                || (*wanted == "date" && key.eq_ignore_ascii_case("datePublished")))
            .then(|| m.attr("content").and_then(iso_date))
            .flatten()
        })
    })
}

/// Elements whose dates belong to other pages: related news and archives in an aside,
/// menus. Read by the `<time>` test below and by the chrome's labelled dates.
const OTHER_PAGES: &[&str] = &["aside", "nav"];

/// Elements that hold no text a reader sees: code, styles, templates, the head.
const NOT_TEXT: &[&str] = &["script", "style", "noscript", "template", "head"];

/// True for a `<time>` that dates another page than this one: inside
/// [`OTHER_PAGES`], in the site's footer (an article's own `<footer>` carries its
/// byline and counts), or in a list item that links elsewhere (a list of related
/// releases: "<li><time>9 oktober</time> <a href=…>Annan nyhet</a></li>"). A byline's
/// list ("<li>Nyhet</li><li><time>…</time></li>") links nowhere and still counts.
fn dates_another_page(time: &ElementRef<'_>) -> bool {
    time.ancestors().filter_map(ElementRef::wrap).any(|e| {
        let name = e.value().name();
        OTHER_PAGES.contains(&name)
            || (name == "footer"
                && !e
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| matches!(a.value().name(), "article" | "main")))
            || (name == "li"
                && e.descendants()
                    .filter_map(ElementRef::wrap)
                    .any(|d| d.value().name() == "a"))
    })
}

fn time_date(scope: ElementRef<'_>) -> Option<String> {
    let sel = selector("time")?;
    scope
        .select(&sel)
        .filter(|t| !dates_another_page(t))
        .find_map(|t| {
            t.value()
                .attr("datetime")
                .and_then(iso_date)
                .or_else(|| iso_date(&t.text().collect::<String>()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Parsed<'static> {
        super::parse(source, &mut Budget::unlimited()).unwrap()
    }

    #[test]
    fn a_framed_pages_noframes_fallback_is_its_document() {
        let parsed = parse(
            "<html><head><title>Hamnstöd</title></head>\
             <FRAMESET cols=\"20%,*\"><FRAME src=\"menu.htm\"><NOFRAMES><BODY>\
             <P><B>Nytt stöd till hamnar</B></P><P>Verket ger 3 miljoner kronor.</P>\
             </BODY></NOFRAMES></FRAMESET></html>",
        );
        assert_eq!(
            parsed.text,
            "Nytt stöd till hamnar\n\nVerket ger 3 miljoner kronor."
        );
        assert_eq!(parsed.fallback_title.as_deref(), Some("Hamnstöd"));
        // A page without a frameset keeps its text as it is.
        assert!(unframe("<body><p>Om <noframes>-taggen</p></body>").is_none());
    }

    #[test]
    fn a_layout_cell_with_a_headline_is_a_block_of_its_own() {
        let parsed = parse(
            "<TABLE><TR><TD><A HREF=\"/\">Hem</A><BR><A HREF=\"/a\">Arkiv</A></TD>\
             <TD><FONT SIZE=\"1\">Aktuellt | 2004-09-14</FONT><H3>Ny simhall i Vik</H3>\
             Bygget kostar 40 miljoner kronor.</TD></TR></TABLE>",
        );
        assert_eq!(
            parsed.text,
            "Hem\nArkiv\n\nAktuellt | 2004-09-14\n\nNy simhall i Vik\n\nBygget kostar 40 miljoner kronor."
        );
        // A data cell stays on its row's line.
        let data = parse("<table><tr><td>Kalmar län</td><td><p>12,5</p></td></tr></table>");
        assert_eq!(data.text, "Kalmar län\t12,5");
    }

    #[test]
    fn table_cells_are_tab_separated_rows() {
        let parsed =
            parse("<table><tr><th>a</th><th> b </th></tr><tr><td>1</td><td>2</td></tr></table>");
        assert_eq!(parsed.text, "a\tb\n1\t2");
    }

    #[test]
    fn figures_set_above_the_line_are_superscript_figures() {
        let parsed = parse(
            "<table><tr><td>Övriga regioner<sup>1</sup></td><td>1 835</td></tr></table>\
             <p>Ytan är 120 m<sup>2</sup>, se not<sup>a</sup>.</p>",
        );
        assert_eq!(
            parsed.text,
            "Övriga regioner¹\t1 835\n\nYtan är 120 m², se nota."
        );
    }

    #[test]
    fn blocks_are_paragraphs_and_br_a_line() {
        let parsed = parse(
            "<body><div>ett <i>två</i></div><p>tre<br>fyra</p><ul><li>a</li><li>b</li></ul></body>",
        );
        assert_eq!(parsed.text, "ett två\n\ntre\nfyra\n\na\nb");
    }

    #[test]
    fn an_about_box_or_a_fact_box_in_an_aside_is_read_and_other_asides_are_not() {
        let parsed = parse(
            "<main><article><h1>Rubrik</h1><p>Text.</p>\
             <aside class=\"box\"><h3>Om Exempelby kommun</h3><p>Kommunen ligger i Värmland.</p></aside>\
             <aside><h3>Fler nyheter</h3><p>Annan nyhet om 5 miljoner kronor.</p></aside>\
             <aside class=\"factbox\"><h2>Fakta</h2><ul><li>Stöd: 2 miljoner kronor</li></ul></aside>\
             </article></main><aside><h2>Om oss</h2><p>Sidfot.</p></aside>",
        );
        assert_eq!(
            parsed.text,
            "Rubrik\n\nText.\n\nOm Exempelby kommun\n\nKommunen ligger i Värmland.\n\nFakta\n\nStöd: 2 miljoner kronor"
        );
    }

    #[test]
    fn a_fact_box_and_a_named_about_box_count_outside_an_article() {
        let parsed = parse(
            "<div class=\"content\"><h1>Rubrik</h1><p>Text.</p>\
             <aside class=\"faktaruta\"><h3>Fakta</h3><p>Stöd: 2 miljoner kronor.</p></aside>\
             <aside><h3>Om oss</h3><p>Sidfot.</p></aside></div>",
        );
        assert_eq!(
            parsed.text,
            "Rubrik\n\nText.\n\nFakta\n\nStöd: 2 miljoner kronor."
        );
    }

    #[test]
    fn fields_side_by_side_are_apart() {
        let parsed = parse(
            "<main><div class=\"meta\"><span>Pressmeddelande</span><span><time>3 maj 2024</time></span>\
             <span>Från <a href=\"#\">Socialdepartementet</a></span></div>\
             <p>Det <b>nya</b>stödet och <em>Region</em>s andel.</p></main>",
        );
        assert_eq!(
            parsed.text,
            "Pressmeddelande 3 maj 2024 Från Socialdepartementet\n\nDet nyastödet och Regions andel."
        );
    }

    #[test]
    fn a_time_in_related_news_or_the_footer_dates_another_page() {
        let parsed = parse(
            "<main><h1>Rubrik</h1><p>Publicerad 3 maj 2024</p><p>Text.</p>\
             <ul class=\"related\"><li><time datetime=\"2024-04-28\">28 apr</time> \
             <a href=\"/annan\">Annan nyhet</a></li></ul></main>\
             <aside><time datetime=\"2024-04-20\">20 apr</time></aside>\
             <footer><time datetime=\"2024-01-01\">2024</time></footer>",
        );
        assert_eq!(parsed.published, None);
        // An article's own footer carries its byline and dates it.
        let parsed = parse(
            "<article><h1>Rubrik</h1><p>Text.</p>\
             <footer><time datetime=\"2024-05-06\">6 maj</time></footer></article>",
        );
        assert_eq!(parsed.published.as_deref(), Some("2024-05-06"));
        // A byline's list that links nowhere still dates the page.
        let parsed = parse(
            "<main><ul class=\"meta\"><li>Nyhet</li><li><time datetime=\"2024-05-03\">3 maj</time></li></ul>\
             <h1>Rubrik</h1><p>Text.</p></main>",
        );
        assert_eq!(parsed.published.as_deref(), Some("2024-05-03"));
    }

    #[test]
    fn a_block_after_inline_text_opens_its_own_paragraph() {
        let parsed = parse(
            "<body><div class=\"post\"><span>4 april 2011</span> <span>Nyhet</span>\
             <h2>Ny rubrik</h2>Sista raden <p>Stycke.</p></div></body>",
        );
        assert_eq!(
            parsed.text,
            "4 april 2011 Nyhet\n\nNy rubrik\n\nSista raden\n\nStycke."
        );
        // Blocks inside a table's cells keep the row on one line.
        let parsed = parse("<body><table><tr><td>Skola</td><td><p>12</p></td></tr></table></body>");
        assert_eq!(parsed.text, "Skola\t12");
    }

    #[test]
    fn breadcrumb_trails_go_by_id_or_class() {
        let parsed = parse(
            "<body><ol class=\"breadcrumb\"><li>Start</li><li>Tio miljoner till skolan</li></ol>\
             <div id=\"Breadcrumbs\">Hem / Nyheter</div><div id=\"crumbs\">Du är här: Press</div>\
             <h1>Tio miljoner till skolan</h1></body>",
        );
        assert!(!parsed.text.contains("Start"));
        assert!(!parsed.text.contains("Hem"));
        assert!(!parsed.text.contains("Du är här"));
        assert_eq!(parsed.text.matches("Tio miljoner").count(), 1);
    }

    #[test]
    fn a_senders_name_in_an_h1_of_its_own_is_no_headline() {
        let parsed = parse(
            "<body><h1 class=\"pressroom-name\">Gullspångs kommun</h1>\
             <h1>Ny förskola i Hova för 26 miljoner kronor</h1><p>Text.</p></body>",
        );
        assert_eq!(
            parsed.title.as_deref(),
            Some("Ny förskola i Hova för 26 miljoner kronor")
        );
        let parsed = parse("<body><h1>Gullspångs kommun</h1><p>Text.</p></body>");
        assert_eq!(parsed.title.as_deref(), Some("Gullspångs kommun"));
    }

    #[test]
    fn a_page_without_h1_takes_its_headline_from_a_lower_heading() {
        let parsed = parse(
            "<html><head><title>Landstinget - Nyheter</title></head><body>\
             <div id=\"header\"><span>Ett friskare län</span></div>\
             <div class=\"box\"><h3>Senaste nytt</h3></div>\
             <div id=\"main\"><h2>Ambulansen i östra länet förstärks</h2>\
             <p>Landstinget satsar 12 miljoner kronor.</p></div></body></html>",
        );
        assert_eq!(
            parsed.title.as_deref(),
            Some("Ambulansen i östra länet förstärks")
        );
    }

    #[test]
    fn a_form_wrapping_the_page_is_read_and_a_search_form_is_not() {
        let parsed = parse(
            "<body><form action=\"/sok\"><label>Sök på webbplatsen</label><input name=\"q\">\
             </form><form id=\"aspnetForm\" method=\"post\">\
             <div class=\"content\"><h1>Ny förskola i Tallbacken</h1>\
             <p>Kommunen bygger en förskola för 40 miljoner kronor.</p></div></form></body>",
        );
        assert!(
            parsed.text.contains("40 miljoner kronor"),
            "{}",
            parsed.text
        );
        assert!(
            !parsed.text.contains("Sök på webbplatsen"),
            "{}",
            parsed.text
        );
    }

    #[test]
    fn a_list_of_dated_headlines_goes_and_a_list_of_attachments_stays() {
        let parsed = parse(
            "<body><h1>Nya regler</h1><p>Länsstyrelsen ändrar reglerna.</p>\
             <ul><li><a href=\"/a.pdf\">Beslut om bidrag (pdf)</a></li>\
             <li><a href=\"/b.pdf\">Karta</a></li></ul>\
             <div class=\"box\"><h3>Aktuellt</h3><ul>\
             <li>2009-02-12 <a href=\"/1\">Nya regler för jaktkort</a></li>\
             <li><span>2009-02-05</span> <a href=\"/2\">Kalkningen fortsätter – 5,2 miljoner kronor</a></li>\
             </ul></div></body>",
        );
        assert!(
            parsed.text.contains("Beslut om bidrag (pdf)"),
            "{}",
            parsed.text
        );
        assert!(!parsed.text.contains("5,2 miljoner"), "{}", parsed.text);
        // A long list of bare links is a site map.
        let units: String = [
            "Område Nord",
            "Område Mitt",
            "Område Väst",
            "Område Syd",
            "Område Öst",
            "Skog",
        ]
        .iter()
        .map(|unit| format!("<li><a href=\"/u\">{unit}</a></li>"))
        .collect();
        let parsed = parse(&format!("<body><p>Text.</p><ul>{units}</ul></body>"));
        assert!(!parsed.text.contains("Område"), "{}", parsed.text);
        // Each item a link beside its date in `<time>` and its labels.
        let parsed = parse(
            "<body><h1>Rubrik</h1><p>Text.</p><h2>Läs också</h2><ul>\
             <li><a href=\"/1\">Regeringen och SKL överens om vården</a>\
             <p>Pressmeddelande · <time datetime=\"2017-11-16\">16 november 2017</time> · \
             Socialdepartementet</p></li>\
             <li><a href=\"/2\">Ny samordnare</a><p>Pressmeddelande · \
             <time datetime=\"2017-11-02\">2 november 2017</time></p></li></ul></body>",
        );
        assert!(
            !parsed.text.contains("överens om vården"),
            "{}",
            parsed.text
        );
        // A wire's list of other senders' releases: a link, then the sender and the date.
        let parsed = parse(
            "<body><h1>Rubrik</h1><p>Text.</p><ul>\
             <li><a href=\"/1\">Region Värmland inför gratis resor</a><br>Region Värmland • 2011-05-03</li>\
             <li><a href=\"/2\">Lotteriet delar ut 24 miljoner kronor</a><br>Postkodlotteriet • 2 maj 2011</li>\
             </ul></body>",
        );
        assert!(!parsed.text.contains("24 miljoner"), "{}", parsed.text);
        // The same items set in paragraphs of their own.
        let parsed = parse(
            "<body><h1>Rubrik</h1><p>Text om 5 miljoner kronor.</p>\
             <p><a href=\"/1\">Länsstyrelsen beviljar 2,3 miljoner kronor</a><br>\
             Länsstyrelsen Skåne – 2007-04-05</p></body>",
        );
        assert!(!parsed.text.contains("2,3 miljoner"), "{}", parsed.text);
        assert!(parsed.text.contains("5 miljoner"), "{}", parsed.text);
        // A release's own date line links its department: it stays.
        let parsed = parse(
            "<body><p><a href=\"/d\">Socialdepartementet</a><br>23 april 2009</p>\
             <h1>Rubrik</h1><p>Text.</p></body>",
        );
        assert!(
            parsed.text.contains("Socialdepartementet"),
            "{}",
            parsed.text
        );
        // Items that say more than a date are the release's own list.
        let parsed = parse(
            "<body><ul><li>2024: <a href=\"/x\">Region Dalarna</a> får 3 miljoner kronor</li>\
             <li>2025: <a href=\"/y\">Region Gävleborg</a> får 2 miljoner kronor</li></ul></body>",
        );
        assert!(parsed.text.contains("3 miljoner"), "{}", parsed.text);
    }

    #[test]
    fn a_menu_goes_by_id_or_class_and_its_links() {
        let parsed = parse(
            "<body><div id=\"leftnav\"><h3>Statsråd</h3><ul class=\"ministerlist\">\
             <li><a href=\"/1\">Anna Ek</a><br><span>Statsminister</span></li>\
             <li><a href=\"/2\">Per Holm</a><br><span>Finansminister</span></li></ul></div>\
             <div id=\"content\" class=\"page has-leftnav\"><h1>Nytt stöd</h1>\
             <p>Regeringen ger <a href=\"/r\">regionerna</a> tio miljoner kronor.</p></div></body>",
        );
        assert!(!parsed.text.contains("Anna Ek"), "{}", parsed.text);
        assert!(parsed
            .text
            .contains("Regeringen ger regionerna tio miljoner kronor."));
        // Marked as a menu but written as prose: kept.
        let parsed = parse(
            "<body><div class=\"menu-text\"><p>Kommunen bygger en ny skola för 40 miljoner \
             kronor, skriver <a href=\"/k\">kommunen</a>.</p></div></body>",
        );
        assert!(parsed.text.contains("40 miljoner"));
    }

    #[test]
    fn cookie_banners_go_by_id_or_class() {
        let parsed = parse("<body><div class=\"CookieBar\">kakor</div><section id=\"consent\">ok</section><p>text</p></body>");
        assert_eq!(parsed.text, "text");
    }
}
