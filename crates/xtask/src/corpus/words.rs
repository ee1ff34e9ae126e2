//! The vocabulary generated releases are made of: real ministers with the years they
//! held their title, Sweden's 21 regions, agencies, agreement topics, and the running
//! text's nouns, verbs and adjectives (hand-written, Swedish).

/// A minister: name, title as the text writes it before the name, the department that
/// publishes for them, and the years (inclusive) the title fits.
pub struct Minister {
    pub name: &'static str,
    pub title: &'static str,
    pub department: &'static str,
    pub years: (u16, u16),
}

macro_rules! minister {
    ($name:expr, $title:expr, $department:expr, $from:expr, $to:expr) => {
        Minister {
            name: $name,
            title: $title,
            department: $department,
            years: ($from, $to),
        }
    };
}

pub const MINISTERS: &[Minister] = &[
    minister!(
        "Annika Strandhäll",
        "socialminister",
        "Socialdepartementet",
        2016,
        2019
    ),
    minister!(
        "Lena Hallengren",
        "socialminister",
        "Socialdepartementet",
        2019,
        2022
    ),
    minister!(
        "Jakob Forssmed",
        "socialminister",
        "Socialdepartementet",
        2022,
        2025
    ),
    minister!(
        "Acko Ankarberg Johansson",
        "sjukvårdsminister",
        "Socialdepartementet",
        2022,
        2025
    ),
    minister!(
        "Camilla Waltersson Grönvall",
        "socialtjänstminister",
        "Socialdepartementet",
        2022,
        2025
    ),
    minister!(
        "Ardalan Shekarabi",
        "socialförsäkringsminister",
        "Socialdepartementet",
        2019,
        2022
    ),
    minister!(
        "Magdalena Andersson",
        "finansminister",
        "Finansdepartementet",
        2014,
        2021
    ),
    minister!(
        "Mikael Damberg",
        "finansminister",
        "Finansdepartementet",
        2021,
        2022
    ),
    minister!(
        "Elisabeth Svantesson",
        "finansminister",
        "Finansdepartementet",
        2022,
        2025
    ),
    minister!(
        "Lena Micko",
        "civilminister",
        "Finansdepartementet",
        2019,
        2022
    ),
    minister!(
        "Gustav Fridolin",
        "utbildningsminister",
        "Utbildningsdepartementet",
        2014,
        2019
    ),
    minister!(
        "Anna Ekström",
        "utbildningsminister",
        "Utbildningsdepartementet",
        2019,
        2022
    ),
    minister!(
        "Johan Pehrson",
        "utbildningsminister",
        "Utbildningsdepartementet",
        2022,
        2024
    ),
    minister!(
        "Lotta Edholm",
        "skolminister",
        "Utbildningsdepartementet",
        2022,
        2025
    ),
    minister!(
        "Morgan Johansson",
        "justitieminister",
        "Justitiedepartementet",
        2014,
        2022
    ),
    minister!(
        "Gunnar Strömmer",
        "justitieminister",
        "Justitiedepartementet",
        2022,
        2025
    ),
    minister!(
        "Peter Hultqvist",
        "försvarsminister",
        "Försvarsdepartementet",
        2014,
        2022
    ),
    minister!(
        "Pål Jonson",
        "försvarsminister",
        "Försvarsdepartementet",
        2022,
        2025
    ),
    minister!(
        "Mikael Damberg",
        "näringsminister",
        "Näringsdepartementet",
        2014,
        2019
    ),
    minister!(
        "Ibrahim Baylan",
        "näringsminister",
        "Näringsdepartementet",
        2019,
        2022
    ),
    minister!(
        "Tomas Eneroth",
        "infrastrukturminister",
        "Infrastrukturdepartementet",
        2017,
        2022
    ),
    minister!(
        "Andreas Carlson",
        "infrastrukturminister",
        "Landsbygds- och infrastrukturdepartementet",
        2022,
        2025
    ),
    minister!(
        "Ann Linde",
        "utrikesminister",
        "Utrikesdepartementet",
        2019,
        2022
    ),
    minister!(
        "Tobias Billström",
        "utrikesminister",
        "Utrikesdepartementet",
        2022,
        2024
    ),
];

/// A region: its canonical name (as extraction reports it) and how prose names it.
pub struct Region {
    pub canonical: &'static str,
    pub in_prose: &'static str,
}

macro_rules! region {
    ($canonical:expr, $prose:expr) => {
        Region {
            canonical: $canonical,
            in_prose: $prose,
        }
    };
}

pub const REGIONS: &[Region] = &[
    region!("Stockholm", "Region Stockholm"),
    region!("Uppsala", "Region Uppsala"),
    region!("Sörmland", "Region Sörmland"),
    region!("Östergötland", "Region Östergötland"),
    region!("Jönköpings län", "Region Jönköpings län"),
    region!("Kronoberg", "Region Kronoberg"),
    region!("Kalmar län", "Region Kalmar län"),
    region!("Gotland", "Region Gotland"),
    region!("Blekinge", "Region Blekinge"),
    region!("Skåne", "Region Skåne"),
    region!("Halland", "Region Halland"),
    region!("Västra Götaland", "Västra Götalandsregionen"),
    region!("Värmland", "Region Värmland"),
    region!("Örebro län", "Region Örebro län"),
    region!("Västmanland", "Region Västmanland"),
    region!("Dalarna", "Region Dalarna"),
    region!("Gävleborg", "Region Gävleborg"),
    region!("Västernorrland", "Region Västernorrland"),
    region!("Jämtland Härjedalen", "Region Jämtland Härjedalen"),
    region!("Västerbotten", "Region Västerbotten"),
    region!("Norrbotten", "Region Norrbotten"),
];

pub const ORGANIZATIONS: &[&str] = &[
    "Sveriges Kommuner och Regioner",
    "Socialstyrelsen",
    "Folkhälsomyndigheten",
    "Inspektionen för vård och omsorg",
    "Läkemedelsverket",
    "E-hälsomyndigheten",
    "Skolverket",
    "Trafikverket",
    "Försäkringskassan",
    "Arbetsförmedlingen",
    "Myndigheten för vård- och omsorgsanalys",
    "Statens beredning för medicinsk och social utvärdering",
    "Länsstyrelsen",
    "Polismyndigheten",
];

/// What an agreement is about: "Överenskommelse om …".
pub const AGREEMENT_TOPICS: &[&str] = &[
    "ökad tillgänglighet i hälso- och sjukvården",
    "en god och nära vård",
    "en jämlik och effektiv cancervård med kortare väntetider",
    "försörjningsberedskap för läkemedel",
    "insatser inom området psykisk hälsa",
    "stärkt tandvård för unga vuxna",
    "kompetensförsörjning inom äldreomsorgen",
    "förlossningsvården och kvinnors hälsa",
    "digital vård i glesbygd",
    "en sammanhållen och säker vård för barn och unga",
    "stöd till nationella kvalitetsregister",
    "ambulanssjukvård i hela landet",
    "förebyggande insatser mot ensamhet bland äldre",
    "vårdplatser och bemanning på sjukhusen",
];

/// Subjects of a release, in the definite form ("vården").
pub const TOPICS: &[&str] = &[
    "cancervården",
    "primärvården",
    "psykiatrin",
    "förlossningsvården",
    "tandvården",
    "äldreomsorgen",
    "ambulanssjukvården",
    "vårdköerna",
    "läkemedelsförsörjningen",
    "kompetensförsörjningen",
    "digitaliseringen",
    "folkhälsan",
    "skolan",
    "förskolan",
    "yrkesutbildningen",
    "kollektivtrafiken",
    "järnvägen",
    "bredbandsutbyggnaden",
    "polisen",
    "brottsbekämpningen",
    "totalförsvaret",
    "bostadsbyggandet",
    "klimatomställningen",
    "landsbygden",
    "elnätet",
    "barnhälsovården",
    "missbruksvården",
    "rehabiliteringen",
    "hemtjänsten",
    "elevhälsan",
];

/// First parts of compounds; joined to [`COMPOUND_HEADS`] they give the long tail of
/// vocabulary a real archive has.
pub const COMPOUND_HEADS_FIRST: &[&str] = &[
    "vård",
    "sjukhus",
    "patient",
    "läkemedels",
    "hälso",
    "skol",
    "elev",
    "lärar",
    "trafik",
    "järnvägs",
    "bostads",
    "klimat",
    "energi",
    "försvars",
    "polis",
    "kommun",
    "region",
    "stats",
    "budget",
    "forsknings",
    "utbildnings",
    "arbetsmarknads",
    "barn",
    "äldre",
    "kvinno",
    "miljö",
    "landsbygds",
    "digitaliserings",
    "kompetens",
    "beredskaps",
    "kvalitets",
    "tillgänglighets",
    "personal",
    "ambulans",
    "tandvårds",
    "cancer",
];

pub const COMPOUND_HEADS: &[&str] = &[
    "satsningen",
    "reformen",
    "plattformen",
    "planen",
    "strategin",
    "arbetet",
    "insatsen",
    "programmet",
    "stödet",
    "bidraget",
    "frågorna",
    "kostnaderna",
    "behoven",
    "köerna",
    "verksamheten",
    "personalen",
    "utvecklingen",
    "uppföljningen",
    "myndigheten",
    "beredskapen",
    "kapaciteten",
    "investeringen",
    "utredningen",
    "lagstiftningen",
    "kvaliteten",
    "tillgången",
    "samverkan",
    "resurserna",
    "målen",
    "systemet",
];

pub const NOUNS: &[&str] = &[
    "regeringen",
    "riksdagen",
    "regionerna",
    "kommunerna",
    "patienterna",
    "invånarna",
    "medarbetarna",
    "verksamheterna",
    "myndigheterna",
    "eleverna",
    "lärarna",
    "familjerna",
    "barnen",
    "de äldre",
    "företagen",
    "forskarna",
    "sjuksköterskorna",
    "läkarna",
    "ungdomarna",
    "brukarna",
    "arbetsgivarna",
    "huvudmännen",
    "vårdgivarna",
    "länen",
];

pub const VERBS: &[&str] = &[
    "stärker",
    "förbättrar",
    "utvecklar",
    "följer upp",
    "prioriterar",
    "säkerställer",
    "underlättar",
    "främjar",
    "effektiviserar",
    "förenklar",
    "breddar",
    "moderniserar",
    "samordnar",
    "förstärker",
    "bygger ut",
    "kartlägger",
    "utvärderar",
    "finansierar",
];

pub const ADJECTIVES: &[&str] = &[
    "långsiktiga",
    "jämlika",
    "tillgängliga",
    "trygga",
    "hållbara",
    "nationella",
    "regionala",
    "lokala",
    "digitala",
    "förebyggande",
    "personcentrerade",
    "säkra",
    "effektiva",
    "moderna",
    "gemensamma",
    "nya",
    "ökade",
    "tydliga",
    "samlade",
    "riktade",
];

pub const OBJECTS: &[&str] = &[
    "arbetet med",
    "förutsättningarna för",
    "kvaliteten i",
    "tillgången till",
    "kunskapen om",
    "uppföljningen av",
    "samverkan kring",
    "resurserna till",
    "kapaciteten inom",
    "styrningen av",
];

/// Sentence openers that tie a paragraph to the one before.
pub const OPENERS: &[&str] = &[
    "Samtidigt",
    "Dessutom",
    "Därför",
    "Under året",
    "På sikt",
    "Enligt regeringen",
    "I budgetpropositionen",
    "Sedan tidigare",
    "Framöver",
    "Inom ramen för satsningen",
];

pub const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// Given and family names for press contacts (never ministers).
pub const GIVEN_NAMES: &[&str] = &[
    "Joel", "Sara", "Anders", "Maria", "Erik", "Karin", "Johan", "Emma", "Lars", "Elin", "Oskar",
    "Ida", "Fredrik", "Hanna", "Nils", "Linnea",
];
pub const FAMILY_NAMES: &[&str] = &[
    "Apelthun",
    "Lindqvist",
    "Bergström",
    "Nyström",
    "Holm",
    "Sandberg",
    "Ek",
    "Wallin",
    "Forsberg",
    "Lundgren",
    "Hedlund",
    "Sjöberg",
];
