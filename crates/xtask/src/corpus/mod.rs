//! Generated Swedish press releases with a truth record of what each one holds.
//!
//! A release is a function of `(seed, number)` alone: the same pair gives the same bytes
//! on every run, and any release can be made without the others. Its size is drawn
//! between 1 and 20 KB; its words are drawn with Zipfian weights from hand-written lists
//! and compounds of them, and from [`lexicon`]'s unbounded tail, so that new words keep
//! coming as in a real archive.

mod lexicon;
mod rng;
mod words;

use std::fmt::Write as _;

use serde::Serialize;

use rng::Rng;
use words::{Minister, Region};

/// Smallest and largest release, in bytes.
const MIN_BYTES: usize = 1_000;
const MAX_BYTES: usize = 20_000;
/// Bytes kept for the press contact block at the end.
const CONTACT_BYTES: usize = 160;
/// Percent of releases with a table of sums per region, and with a list of agreements.
const TABLE_PERCENT: usize = 35;
const AGREEMENTS_PERCENT: usize = 30;
/// The years releases are dated in (inclusive).
const YEARS: (usize, usize) = (2014, 2025);

/// One generated release: where it goes, its text, and what it holds.
pub struct Release {
    /// Path relative to the corpus root: `year/month/number.txt`.
    pub path: String,
    pub text: String,
    pub truth: Truth,
}

/// What the generator put into a release, in the shape of the gold standard (one JSON
/// object per line in the truth file).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Truth {
    pub file: String,
    pub published: String,
    pub department: String,
    pub ministers: Vec<TruthMinister>,
    /// Canonical region names, each once, in order of first mention.
    pub regions: Vec<String>,
    /// Agreements as the text names them, each once.
    pub agreements: Vec<String>,
    pub organizations: Vec<String>,
    /// Every mention of money, in document order.
    pub amounts: Vec<TruthAmount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TruthMinister {
    pub name: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TruthAmount {
    pub sek: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sek_max: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub is_total: bool,
}

/// Release `number` of the corpus generated from `seed`.
pub fn release(seed: u64, number: u64) -> Release {
    let mut rng = Rng::for_release(seed, number);
    let year = rng.range(YEARS.0, YEARS.1);
    let month = rng.range(1, 12);
    let day = rng.range(1, 28);
    let path = format!("{year}/{month:02}/{number:07}.txt");
    let mut writer = Writer {
        rng,
        year,
        text: String::new(),
        truth: Truth {
            file: path.clone(),
            published: format!("{year}-{month:02}-{day:02}"),
            ..Truth::default()
        },
    };
    writer.write(day, month);
    Release {
        path,
        text: writer.text,
        truth: writer.truth,
    }
}

struct Writer {
    rng: Rng,
    year: usize,
    text: String,
    truth: Truth,
}

impl Writer {
    fn write(&mut self, day: usize, month: usize) {
        let minister = self.minister();
        let region = self.region();
        let topic = *self.rng.pick_zipf(words::TOPICS);
        let lead = self.amount();
        self.truth.department = minister.department.to_string();

        self.title(&lead, region, topic, minister);
        let _ = write!(
            self.text,
            "Pressmeddelande från {}\n\nPublicerad {day} {} {}\n\n",
            minister.department,
            words::MONTHS[month - 1],
            self.year
        );
        self.mention_amount(&lead, Some(region));
        let sentence = self.sentence();
        let _ = writeln!(
            self.text,
            "Regeringen avsätter {} till {} för att stärka {topic}. {sentence}\n",
            lead.text, region.in_prose,
        );
        self.quote(minister);

        let target = MIN_BYTES
            + ((MAX_BYTES - MIN_BYTES) as f64 * self.rng.unit().powi(2)) as usize
            - CONTACT_BYTES;
        let mut table_done = !self.rng.chance(TABLE_PERCENT);
        let mut agreements_done = !self.rng.chance(AGREEMENTS_PERCENT);
        while self.text.len() < target {
            match self.rng.below(10) {
                0..=3 => self.paragraph(),
                4 | 5 => self.money_paragraph(),
                6 => self.agency_paragraph(topic),
                7 if !table_done => {
                    self.table();
                    table_done = true;
                }
                8 if !agreements_done => {
                    self.agreements();
                    agreements_done = true;
                }
                _ => {
                    let other = self.minister();
                    self.quote(other);
                }
            }
        }
        self.contact(minister);
    }

    fn title(&mut self, lead: &Amount, region: &Region, topic: &str, minister: &Minister) {
        match self.rng.below(4) {
            0 => {
                self.mention_amount(lead, Some(region));
                let _ = write!(
                    self.text,
                    "{} till {} för {topic}",
                    capitalized(&lead.text),
                    region.in_prose
                );
            }
            1 => {
                let _ = write!(self.text, "Regeringen förstärker {topic} i hela landet");
            }
            2 => {
                let _ = write!(
                    self.text,
                    "Nya medel ska {} {topic}",
                    self.rng.pick(&["korta köerna inom", "stärka", "utveckla"])
                );
            }
            _ => {
                let _ = write!(
                    self.text,
                    "{}: {} behöver {}",
                    capitalized(minister.title),
                    capitalized(topic),
                    self.rng
                        .pick(&["en långsiktig plan", "mer resurser", "tydligare styrning"])
                );
            }
        }
        self.text.push_str("\n\n");
    }

    /// A minister in office in the release's year.
    fn minister(&mut self) -> &'static Minister {
        let year = self.year as u16;
        let serving: Vec<&'static Minister> = words::MINISTERS
            .iter()
            .filter(|m| m.years.0 <= year && year <= m.years.1)
            .collect();
        let minister = *self.rng.pick_zipf(&serving);
        if !self.truth.ministers.iter().any(|m| m.name == minister.name) {
            self.truth.ministers.push(TruthMinister {
                name: minister.name.to_string(),
                title: minister.title.to_string(),
            });
        }
        minister
    }

    fn region(&mut self) -> &'static Region {
        let region = self.rng.pick_zipf(words::REGIONS);
        self.note_region(region.canonical);
        region
    }

    fn note_region(&mut self, canonical: &str) {
        if !self.truth.regions.iter().any(|r| r == canonical) {
            self.truth.regions.push(canonical.to_string());
        }
    }

    fn organization(&mut self) -> &'static str {
        let org = *self.rng.pick_zipf(words::ORGANIZATIONS);
        if !self.truth.organizations.iter().any(|o| o == org) {
            self.truth.organizations.push(org.to_string());
        }
        org
    }

    /// A sum in one of the forms releases write: "44,3 miljoner kronor", "2 miljarder
    /// kronor", "350 000 kronor", "cirka 12 miljoner kronor", "10–15 miljoner kronor".
    fn amount(&mut self) -> Amount {
        let hedge = match self.rng.below(6) {
            0 => "cirka ",
            1 => "drygt ",
            2 => "minst ",
            _ => "",
        };
        match self.rng.below(8) {
            0 => {
                let tenths = self.rng.range(10, 60) as u64;
                let sek = tenths * 100_000_000;
                Amount::new(format!("{hedge}{} miljarder kronor", decimal(tenths)), sek)
            }
            1 => {
                let thousands = self.rng.range(50, 950) as u64;
                Amount::new(format!("{hedge}{thousands} 000 kronor"), thousands * 1_000)
            }
            2 => {
                let low = self.rng.range(2, 40) as u64 * 5;
                let high = low + self.rng.range(1, 10) as u64 * 5;
                let text = match self.rng.chance(50) {
                    true => format!("{low}–{high} miljoner kronor"),
                    false => format!("mellan {low} och {high} miljoner kronor"),
                };
                Amount {
                    text,
                    sek: low * 1_000_000,
                    sek_max: Some(high * 1_000_000),
                }
            }
            _ => {
                let tenths = self.rng.range(10, 9_990) as u64;
                let sek = tenths * 100_000;
                Amount::new(format!("{hedge}{} miljoner kronor", decimal(tenths)), sek)
            }
        }
    }

    fn mention_amount(&mut self, amount: &Amount, region: Option<&Region>) {
        self.truth.amounts.push(TruthAmount {
            sek: amount.sek,
            sek_max: amount.sek_max,
            region: region.map(|r| r.canonical.to_string()),
            is_total: false,
        });
    }

    /// A sentence of running text with no entities in it.
    fn sentence(&mut self) -> String {
        let compound = format!(
            "{}{}",
            self.rng.pick_zipf(words::COMPOUND_HEADS_FIRST),
            self.rng.pick_zipf(words::COMPOUND_HEADS)
        );
        match self.rng.below(6) {
            0 => format!(
                "{} {} {} {} {compound}.",
                self.rng.pick(words::OPENERS),
                self.rng.pick_zipf(words::VERBS),
                self.rng.pick_zipf(words::NOUNS),
                self.rng.pick_zipf(words::OBJECTS),
            ),
            1 => format!(
                "Det behövs {} insatser för att {} ska få {} förutsättningar.",
                self.rng.pick_zipf(words::ADJECTIVES),
                self.rng.pick_zipf(words::NOUNS),
                self.rng.pick_zipf(words::ADJECTIVES),
            ),
            2 => format!(
                "{} har länge efterfrågat {} besked om {compound} och {}.",
                capitalized(self.rng.pick_zipf::<&str>(words::NOUNS)),
                self.rng.pick_zipf(words::ADJECTIVES),
                self.rng.pick_zipf(words::TOPICS),
            ),
            4 => format!(
                "Arbetet omfattar även {}, {} och {}.",
                lexicon::tail_word(&mut self.rng),
                lexicon::tail_word(&mut self.rng),
                lexicon::tail_word(&mut self.rng),
            ),
            5 => format!(
                "Även {} och {} berörs av {}.",
                lexicon::tail_word(&mut self.rng),
                lexicon::tail_word(&mut self.rng),
                self.rng.pick_zipf(words::TOPICS),
            ),
            _ => format!(
                "Satsningen {} {} {} och ger {} ett {} stöd i arbetet.",
                self.rng.pick_zipf(words::VERBS),
                self.rng.pick_zipf(words::OBJECTS),
                self.rng.pick_zipf(words::TOPICS),
                self.rng.pick_zipf(words::NOUNS),
                self.rng
                    .pick::<&str>(&["tydligt", "långsiktigt", "samlat", "viktigt"]),
            ),
        }
    }

    fn paragraph(&mut self) {
        let sentences = self.rng.range(2, 5);
        for at in 0..sentences {
            if at > 0 {
                self.text.push(' ');
            }
            let sentence = self.sentence();
            self.text.push_str(&sentence);
        }
        self.text.push_str("\n\n");
    }

    fn money_paragraph(&mut self) {
        let amount = self.amount();
        match self.rng.below(3) {
            0 => {
                let region = self.region();
                self.mention_amount(&amount, Some(region));
                let _ = write!(
                    self.text,
                    "För {} innebär detta {}.",
                    region.in_prose, amount.text
                );
            }
            1 => {
                self.mention_amount(&amount, None);
                let from = self.year + 1;
                let _ = write!(
                    self.text,
                    "Totalt avsätts {} under perioden {from}–{}.",
                    amount.text,
                    from + 2
                );
            }
            _ => {
                self.mention_amount(&amount, None);
                let _ = write!(
                    self.text,
                    "{} fördelas {} till {}.",
                    self.rng.pick(words::OPENERS),
                    amount.text,
                    self.rng.pick_zipf(words::NOUNS)
                );
            }
        }
        let sentence = self.sentence();
        let _ = write!(self.text, " {sentence}\n\n");
    }

    fn agency_paragraph(&mut self, topic: &str) {
        let org = self.organization();
        let _ = write!(
            self.text,
            "{org} får i uppdrag att {} {} {topic}. ",
            self.rng
                .pick(&["följa upp", "utvärdera", "stödja", "kartlägga"]),
            self.rng.pick_zipf(words::OBJECTS),
        );
        let sentence = self.sentence();
        let _ = write!(self.text, "{sentence}\n\n");
    }

    fn quote(&mut self, minister: &Minister) {
        let sentence = self.sentence();
        let sentence = sentence.trim_end_matches('.');
        let _ = write!(
            self.text,
            "– {sentence}, säger {} {}.\n\n",
            minister.title, minister.name
        );
    }

    /// Sums per region under a "Miljoner kronor" header, then their total.
    fn table(&mut self) {
        let _ = write!(
            self.text,
            "{}\nMiljoner kronor\n",
            self.rng.pick(&[
                "Region Fördelning av medel per region",
                "Region Sammanlagda medel per region",
                "Län Medel till regionerna per län",
            ])
        );
        let mut total = 0u64;
        for region in words::REGIONS {
            if !self.rng.chance(60) {
                continue;
            }
            let millions = self.rng.range(5, 2_500) as u64;
            total += millions;
            self.note_region(region.canonical);
            self.truth.amounts.push(TruthAmount {
                sek: millions * 1_000_000,
                sek_max: None,
                region: Some(region.canonical.to_string()),
                is_total: false,
            });
            let _ = writeln!(self.text, "{} {}", region.canonical, grouped(millions));
        }
        self.truth.amounts.push(TruthAmount {
            sek: total * 1_000_000,
            sek_max: None,
            region: None,
            is_total: true,
        });
        let _ = write!(self.text, "Totalt {}\n\n", grouped(total));
    }

    fn agreements(&mut self) {
        let count = self.rng.range(2, 4);
        let _ = write!(
            self.text,
            "Regeringen och Sveriges Kommuner och Regioner har idag träffat {} överenskommelser.\n\n",
            ["två", "tre", "fyra"][count - 2]
        );
        let first = self.rng.below(words::AGREEMENT_TOPICS.len());
        for at in 0..count {
            let topic = words::AGREEMENT_TOPICS[(first + at) % words::AGREEMENT_TOPICS.len()];
            let name = format!("Överenskommelse om {topic}");
            let sentence = self.sentence();
            let _ = write!(self.text, "{name}:\n{sentence}\n\n");
            self.truth.agreements.push(name);
        }
        if !self
            .truth
            .organizations
            .iter()
            .any(|o| o == "Sveriges Kommuner och Regioner")
        {
            self.truth
                .organizations
                .push("Sveriges Kommuner och Regioner".to_string());
        }
    }

    fn contact(&mut self, minister: &Minister) {
        let _ = write!(
            self.text,
            "Presskontakt\n\n{} {}\nPressekreterare hos {} {}\nTelefon (växel) 08-405 10 00\n",
            self.rng.pick(words::GIVEN_NAMES),
            self.rng.pick(words::FAMILY_NAMES),
            minister.title,
            minister.name
        );
    }
}

struct Amount {
    text: String,
    sek: u64,
    sek_max: Option<u64>,
}

impl Amount {
    fn new(text: String, sek: u64) -> Amount {
        Amount {
            text,
            sek,
            sek_max: None,
        }
    }
}

/// Tenths as Swedish writes them: 443 → "44,3", 20 → "2".
fn decimal(tenths: u64) -> String {
    match tenths % 10 {
        0 => grouped(tenths / 10),
        rest => format!("{},{rest}", grouped(tenths / 10)),
    }
}

/// Thousands separated by a space: 2111 → "2 111".
fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
