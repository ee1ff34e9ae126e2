//! Pure text functions for pressarkiv: a Swedish press release in, clean text and
//! entities out. No file or index I/O happens here, so every rule is testable on a string.
//!
//! The main entry point is [`extract`], which returns an [`Extraction`]: the cleaned
//! body ([`Extraction::text`]), the headline, the publication date, and the entities
//! ([`Amount`], [`Minister`], [`Agreement`], [`Region`], [`Organization`], [`Person`]),
//! each with the byte [`Span`]s where it stands in the cleaned text.
//! [`Date`] (and [`parse_iso_date`]) is the workspace's one check that a date exists;
//! [`holds_date`] tells whether a line states one in any form the text is read in.
//! [`parse_sek`] reads a Swedish amount ("1 miljard", "500mnkr", "2,5 miljarder") for
//! query parsing, and [`format_sek`] and [`format_mnkr`] write one with the same unit
//! words. [`region_canonical`] and [`org_canonical`] give the canonical name of
//! a region or organization for any name it goes by ("södermanland", "VGR", "MSB"), so
//! a query can accept what the text accepts; [`sender_canonical`] and [`sender_region`]
//! read the name a page is signed with outside its text.
//!
//! Each rule lives in its own module: clean-up and web-page chrome, numbers and units,
//! amounts in prose and in tables, regions, organizations, ministers, quoted people,
//! agreements, dates and the headline. Patterns are compiled once per process, so
//! [`extract`] is cheap to call from many threads. [`extract_owned`] is the same for a
//! text the caller hands over, freed as soon as it is cleaned.
//!
//! ```
//! let release = "44 miljoner kronor till Region Östergötland\n\n\
//!                Det säger socialminister Annika Strandhäll.";
//! let extraction = pressarkiv_normalize::extract(release);
//! assert_eq!(extraction.title.as_deref(), Some("44 miljoner kronor till Region Östergötland"));
//! assert_eq!(extraction.amounts[0].sek, 44_000_000);
//! assert_eq!(extraction.amounts[0].region.as_deref(), Some("Östergötland"));
//! assert_eq!(extraction.ministers[0].name, "Annika Strandhäll");
//! assert_eq!(extraction.regions[0].name, "Östergötland");
//! let span = extraction.amounts[0].span;
//! assert_eq!(&extraction.text[span.start..span.end], "44 miljoner kronor");
//! assert_eq!(pressarkiv_normalize::parse_sek("1 miljard"), Some(1_000_000_000));
//! ```
#![deny(missing_docs)]

mod agreements;
mod amounts;
mod boilerplate;
mod clean;
mod date;
mod dates;
mod entities;
mod extract;
mod gazetteer;
mod ministers;
mod names;
mod numbers;
mod organizations;
mod people;
mod regions;
mod sek;
mod tables;
mod text;
mod ties;
mod title;
mod units;

pub use clean::{clean_text, fold_diacritics};
pub use date::{parse_iso_date, Date, DateError};
pub use dates::{chrome_published, holds_date};
pub use entities::{Agreement, Amount, Extraction, Minister, Organization, Person, Region, Span};
pub use extract::{extract, extract_owned};
pub use organizations::{org_canonical, sender_canonical};
pub use regions::{region_canonical, sender_region};
pub use sek::parse_sek;
pub use units::{format_grouped, format_mnkr, format_sek, format_signed};
