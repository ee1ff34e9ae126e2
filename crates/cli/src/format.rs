//! How amounts and hits look on a terminal.

// Sums are written by normalize, beside the unit words it reads, so that what the
// terminal shows a query can type back.
pub use pressarkiv_normalize::{
    format_grouped as grouped, format_mnkr as mnkr, format_sek as sek, format_signed as signed,
};

/// Escapes text for HTML.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
