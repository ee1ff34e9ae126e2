//! Splits a query string into tokens, remembering where each one starts so that errors
//! can point at the problem.

use crate::error::SearchError;

/// A comparison in `amount:>=500mnkr` or `published:<2020`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    OpenParen,
    CloseParen,
    And,
    Or,
    Not,
    /// `field:` — the value follows as the next token(s).
    Field(String),
    Compare(Comparison),
    Word(String),
    Phrase(String),
    /// `[low TO high]` (inclusive) or `{low TO high}` (exclusive); `*` leaves a side open.
    Range {
        low: Option<String>,
        high: Option<String>,
        inclusive: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offset in the query.
    pub position: usize,
}

pub fn tokenize(query: &str) -> Result<Vec<Token>, SearchError> {
    let mut tokens = Vec::new();
    let mut rest = query.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        let token = |kind| Token {
            kind,
            position: start,
        };
        match c {
            c if c.is_whitespace() => {
                rest.next();
            }
            '(' => {
                rest.next();
                tokens.push(token(TokenKind::OpenParen));
            }
            ')' => {
                rest.next();
                tokens.push(token(TokenKind::CloseParen));
            }
            '"' => {
                let end = closing(query, start, '"').ok_or_else(|| {
                    SearchError::query(query, start, "this quote is never closed")
                })?;
                tokens.push(token(TokenKind::Phrase(query[start + 1..end].to_string())));
                skip_to(&mut rest, end + 1);
            }
            '[' | '{' => {
                let close = if c == '[' { ']' } else { '}' };
                let end = closing(query, start, close).ok_or_else(|| {
                    SearchError::query(
                        query,
                        start,
                        format!("this range is never closed with '{close}'"),
                    )
                })?;
                tokens.push(token(range(
                    query,
                    start,
                    &query[start + 1..end],
                    c == '[',
                )?));
                skip_to(&mut rest, end + 1);
            }
            '-' if tokens_may_follow(query, start) => {
                rest.next();
                tokens.push(token(TokenKind::Not));
            }
            _ => {
                let end = bare_word_end(query, start);
                push_bare(start, &query[start..end], &mut tokens);
                skip_to(&mut rest, end);
            }
        }
    }
    Ok(tokens)
}

/// A `-` negates when a word follows right after it ("-cancer"), not inside "2018-2021".
fn tokens_may_follow(query: &str, start: usize) -> bool {
    query[start + 1..]
        .chars()
        .next()
        .is_some_and(|next| !next.is_whitespace() && !next.is_ascii_digit())
}

fn closing(query: &str, start: usize, close: char) -> Option<usize> {
    query[start + 1..]
        .find(close)
        .map(|offset| start + 1 + offset)
}

fn skip_to(rest: &mut std::iter::Peekable<std::str::CharIndices<'_>>, end: usize) {
    while rest.peek().is_some_and(|&(at, _)| at < end) {
        rest.next();
    }
}

fn bare_word_end(query: &str, start: usize) -> usize {
    query[start..]
        .char_indices()
        .find(|&(offset, c)| {
            c.is_whitespace()
                || matches!(c, '(' | ')' | '[' | '{')
                // A quote ends a word only where a field's value starts: minister:"a b".
                || (c == '"' && offset > 0)
        })
        .map_or(query.len(), |(offset, _)| start + offset)
}

fn push_bare(start: usize, word: &str, tokens: &mut Vec<Token>) {
    let at = |kind, offset: usize| Token {
        kind,
        position: start + offset,
    };
    match word {
        "AND" | "&&" => return tokens.push(at(TokenKind::And, 0)),
        "OR" | "||" => return tokens.push(at(TokenKind::Or, 0)),
        "NOT" => return tokens.push(at(TokenKind::Not, 0)),
        _ => {}
    }
    let field_end = word
        .find(':')
        .filter(|&colon| colon > 0 && word[..colon].chars().all(|c| c.is_ascii_alphabetic()));
    let Some(colon) = field_end else {
        return tokens.push(at(TokenKind::Word(word.to_string()), 0));
    };
    tokens.push(at(TokenKind::Field(word[..colon].to_ascii_lowercase()), 0));
    let mut value_start = colon + 1;
    let value = &word[value_start..];
    let comparison = [
        (">=", Comparison::GreaterOrEqual),
        ("<=", Comparison::LessOrEqual),
        (">", Comparison::Greater),
        ("<", Comparison::Less),
    ]
    .into_iter()
    .find(|(symbol, _)| value.starts_with(symbol));
    if let Some((symbol, comparison)) = comparison {
        tokens.push(at(TokenKind::Compare(comparison), value_start));
        value_start += symbol.len();
    }
    let value = &word[value_start..];
    if !value.is_empty() {
        tokens.push(at(TokenKind::Word(value.to_string()), value_start));
    }
}

fn range(
    query: &str,
    start: usize,
    inner: &str,
    inclusive: bool,
) -> Result<TokenKind, SearchError> {
    let parts: Vec<&str> = inner.split(" TO ").collect();
    let [low, high] = parts.as_slice() else {
        return Err(SearchError::query(
            query,
            start,
            "a range is written [low TO high], e.g. amount:[5000000 TO 50000000]",
        ));
    };
    let bound = |side: &str| {
        let side = side.trim().trim_matches('"').trim();
        (side != "*" && !side.is_empty()).then(|| side.to_string())
    };
    Ok(TokenKind::Range {
        low: bound(low),
        high: bound(high),
        inclusive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(query: &str) -> Vec<TokenKind> {
        tokenize(query)
            .unwrap()
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn field_with_comparison_and_quoted_value() {
        assert_eq!(
            kinds(r#"amount:>"1 miljard""#),
            vec![
                TokenKind::Field("amount".into()),
                TokenKind::Compare(Comparison::Greater),
                TokenKind::Phrase("1 miljard".into()),
            ]
        );
    }

    #[test]
    fn range_with_open_side() {
        assert_eq!(
            kinds("published:[2015-01-01 TO *]"),
            vec![
                TokenKind::Field("published".into()),
                TokenKind::Range {
                    low: Some("2015-01-01".into()),
                    high: None,
                    inclusive: true
                },
            ]
        );
    }

    #[test]
    fn unbalanced_quote_points_at_it() {
        let err = tokenize(r#"vard "god och"#).unwrap_err();
        assert!(
            matches!(err, SearchError::Query { position: 5, .. }),
            "{err}"
        );
    }

    #[test]
    fn minus_negates_words_but_not_year_ranges() {
        assert_eq!(
            kinds("-cancer 2018-2021"),
            vec![
                TokenKind::Not,
                TokenKind::Word("cancer".into()),
                TokenKind::Word("2018-2021".into())
            ]
        );
    }
}
