//! The entity types [`crate::extract`] returns. They are plain data with serde support,
//! so the CLI and the JSON API can print them as they are.

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` in [`Extraction::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Everything pressarkiv reads out of one press release.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The cleaned body: NFC, tidy white space, boilerplate removed. Every span points here.
    pub text: String,
    /// The real headline, if one was found.
    pub title: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`, only when the text states one.
    pub published: Option<String>,
    /// Issuing department, e.g. "Socialdepartementet".
    pub department: Option<String>,
    /// Every mention of money, in document order, repeats included.
    pub amounts: Vec<Amount>,
    /// Each minister once.
    pub ministers: Vec<Minister>,
    /// Each agreement once, merged across its mentions.
    pub agreements: Vec<Agreement>,
    /// Each region once, by canonical name.
    pub regions: Vec<Region>,
    /// Each organization once, by canonical name.
    pub organizations: Vec<Organization>,
    /// People quoted ("…, säger X"), each once.
    pub people: Vec<Person>,
}

/// A sum of money in Swedish kronor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    /// The words as they stand in the text, qualifier included.
    pub text: String,
    /// The value in whole kronor (the lower bound of a range); negative for a table cell
    /// written with a minus sign (a reduction, a deficit, a cost in a result table).
    pub sek: i64,
    /// The upper bound, for a range such as "10–15 miljoner kronor".
    pub sek_max: Option<i64>,
    /// Hedge word in base form: cirka, nära, närmare, drygt, knappt, minst, högst,
    /// över, upp till, totalt, preliminärt, ytterligare.
    pub qualifier: Option<String>,
    /// Canonical region the sum is tied to.
    pub region: Option<String>,
    /// Name of the table the row belongs to; for a table of several money columns,
    /// "caption / column", so that each column is money of its own.
    pub table: Option<String>,
    /// True for a table's "Totalt" row or a sum stated as a total: it restates others.
    pub is_total: bool,
    /// Where it stands.
    pub span: Span,
}

impl Amount {
    /// The sum as money granted, paid or received, for range filters, sorting and sums:
    /// none for a negative cell, a reduction or a cost that no total should include.
    pub fn granted(&self) -> Option<u64> {
        u64::try_from(self.sek).ok()
    }

    /// The upper bound of a range, as [`Amount::granted`].
    pub fn granted_max(&self) -> Option<u64> {
        self.sek_max.and_then(|sek| u64::try_from(sek).ok())
    }
}

/// A government minister.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minister {
    /// Full name as written, e.g. "Acko Ankarberg Johansson".
    pub name: String,
    /// Title in full base form, e.g. "socialminister".
    pub title: Option<String>,
    /// Every mention.
    pub spans: Vec<Span>,
}

/// An agreement (överenskommelse) or named fund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// Name as the text names it.
    pub name: String,
    /// Every mention.
    pub spans: Vec<Span>,
}

/// One of Sweden's 21 regions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Canonical short name, e.g. "Östergötland", "Västra Götaland", "Jönköpings län".
    pub name: String,
    /// Every mention.
    pub spans: Vec<Span>,
}

/// An organization, abbreviations resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// Canonical name: the full name an abbreviation or a former name stands for.
    pub name: String,
    /// Every mention.
    pub spans: Vec<Span>,
}

/// A person quoted in the release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Name as written.
    pub name: String,
    /// Role as written after the name, if any (a title, a post: "regiondirektör").
    pub role: Option<String>,
    /// Every mention.
    pub spans: Vec<Span>,
}
