//! How amounts and hits look on a terminal.

/// Swedish style: "2 miljarder kr", "44,3 miljoner kr", "20 000 kr".
pub fn sek(value: u64) -> String {
    const MILJARD: u64 = 1_000_000_000;
    const MILJON: u64 = 1_000_000;
    if value >= MILJARD {
        let unit = if value == MILJARD {
            "miljard"
        } else {
            "miljarder"
        };
        format!("{} {unit} kr", decimal(value, MILJARD))
    } else if value >= MILJON {
        let unit = if value == MILJON {
            "miljon"
        } else {
            "miljoner"
        };
        format!("{} {unit} kr", decimal(value, MILJON))
    } else {
        format!("{} kr", grouped(value))
    }
}

/// Millions of kronor, the unit of Swedish budget tables: "2 221 mnkr", "53,1 mnkr";
/// sums under a million in kronor.
pub fn mnkr(value: u64) -> String {
    const MILJON: u64 = 1_000_000;
    if value < MILJON {
        return format!("{} kr", grouped(value));
    }
    let tenths = (value % MILJON) / 100_000;
    if tenths == 0 {
        format!("{} mnkr", grouped(value / MILJON))
    } else {
        format!("{},{tenths} mnkr", grouped(value / MILJON))
    }
}

/// `value / unit` with a decimal comma and at most three decimals: 6 370 000 000 / 1e9 → "6,37".
fn decimal(value: u64, unit: u64) -> String {
    let whole = value / unit;
    let fraction = (value % unit) * 1000 / unit;
    if fraction == 0 {
        return grouped(whole);
    }
    let digits = format!("{fraction:03}");
    format!("{},{}", grouped(whole), digits.trim_end_matches('0'))
}

/// Thousands separated by spaces: 9842 → "9 842".
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_the_swedish_way() {
        assert_eq!(sek(11_000_000_000), "11 miljarder kr");
        assert_eq!(sek(6_370_000_000), "6,37 miljarder kr");
        assert_eq!(sek(1_000_000_000), "1 miljard kr");
        assert_eq!(sek(44_300_000), "44,3 miljoner kr");
        assert_eq!(sek(20_000), "20 000 kr");
        assert_eq!(grouped(9_842), "9 842");
        assert_eq!(mnkr(2_221_000_000), "2 221 mnkr");
        assert_eq!(mnkr(53_100_000), "53,1 mnkr");
        assert_eq!(mnkr(20_000), "20 000 kr");
    }
}
