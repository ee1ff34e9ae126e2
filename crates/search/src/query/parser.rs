//! Tokens → a syntax tree: AND binds tighter than OR, juxtaposition means AND,
//! NOT (or a leading `-`) negates, parentheses group.

use super::lexer::{Comparison, Token, TokenKind};
use crate::error::SearchError;

/// The entity fields a query can filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Minister,
    Agreement,
    Region,
    Org,
    Amount,
    Published,
    Title,
}

const FIELD_NAMES: &str = "minister, agreement, region, org, amount, published, title";

impl FieldName {
    fn parse(name: &str) -> Option<FieldName> {
        Some(match name {
            "minister" => FieldName::Minister,
            "agreement" | "overenskommelse" => FieldName::Agreement,
            "region" => FieldName::Region,
            "org" | "organization" => FieldName::Org,
            "amount" | "belopp" => FieldName::Amount,
            "published" | "date" | "year" => FieldName::Published,
            "title" => FieldName::Title,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    Compare(Comparison, String),
    Range {
        low: Option<String>,
        high: Option<String>,
        inclusive: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Free text: a word, or a phrase when quoted.
    Text {
        text: String,
        phrase: bool,
    },
    Field {
        field: FieldName,
        value: FieldValue,
        position: usize,
    },
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
    All,
}

pub fn parse(query: &str, tokens: &[Token]) -> Result<Node, SearchError> {
    let mut parser = Parser {
        query,
        tokens,
        next: 0,
    };
    if tokens.is_empty() {
        return Err(SearchError::query(query, 0, "the query is empty"));
    }
    let node = parser.or()?;
    if let Some(token) = parser.peek() {
        return Err(parser.error_at(token, "this closing parenthesis has no opening one"));
    }
    Ok(node)
}

struct Parser<'a> {
    query: &'a str,
    tokens: &'a [Token],
    next: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.next)
    }

    fn bump(&mut self) -> Option<&Token> {
        let token = self.tokens.get(self.next);
        self.next += 1;
        token
    }

    fn error_at(&self, token: &Token, message: impl Into<String>) -> SearchError {
        SearchError::query(self.query, token.position, message)
    }

    fn end_error(&self, message: impl Into<String>) -> SearchError {
        SearchError::query(self.query, self.query.len(), message)
    }

    fn or(&mut self) -> Result<Node, SearchError> {
        let mut alternatives = vec![self.and()?];
        while self.peek().is_some_and(|t| t.kind == TokenKind::Or) {
            self.bump();
            alternatives.push(self.and()?);
        }
        Ok(flatten(alternatives, Node::Or))
    }

    fn and(&mut self) -> Result<Node, SearchError> {
        let mut all = vec![self.unary()?];
        loop {
            match self.peek().map(|t| &t.kind) {
                None | Some(TokenKind::Or) | Some(TokenKind::CloseParen) => break,
                Some(TokenKind::And) => {
                    self.bump();
                }
                Some(_) => {}
            }
            all.push(self.unary()?);
        }
        Ok(flatten(all, Node::And))
    }

    fn unary(&mut self) -> Result<Node, SearchError> {
        let Some(token) = self.peek().cloned() else {
            return Err(self.end_error("the query ends where a word was expected"));
        };
        match token.kind {
            TokenKind::Not => {
                self.bump();
                Ok(Node::Not(Box::new(self.unary()?)))
            }
            _ => self.primary(),
        }
    }

    fn primary(&mut self) -> Result<Node, SearchError> {
        let Some(token) = self.bump().cloned() else {
            return Err(self.end_error("the query ends where a word was expected"));
        };
        match token.kind {
            TokenKind::OpenParen => {
                let inner = self.or()?;
                match self.bump() {
                    Some(Token {
                        kind: TokenKind::CloseParen,
                        ..
                    }) => Ok(inner),
                    _ => Err(self.error_at(&token, "this parenthesis is never closed")),
                }
            }
            TokenKind::Word(word) if word == "*" => Ok(Node::All),
            TokenKind::Word(text) => Ok(Node::Text {
                text,
                phrase: false,
            }),
            TokenKind::Phrase(text) => Ok(Node::Text { text, phrase: true }),
            TokenKind::Field(ref name) => self.field(&token, name),
            TokenKind::CloseParen => {
                Err(self.error_at(&token, "this closing parenthesis has no opening one"))
            }
            TokenKind::And | TokenKind::Or => {
                Err(self.error_at(&token, "AND/OR needs a word on both sides"))
            }
            TokenKind::Compare(_) | TokenKind::Range { .. } | TokenKind::Not => Err(self.error_at(
                &token,
                "a comparison or range belongs after a field, e.g. amount:>1000000",
            )),
        }
    }

    fn field(&mut self, token: &Token, name: &str) -> Result<Node, SearchError> {
        let field = FieldName::parse(name).ok_or_else(|| {
            self.error_at(
                token,
                format!("unknown field '{name}:'; the fields are {FIELD_NAMES}"),
            )
        })?;
        let missing = || format!("{name}: needs a value, e.g. {name}:{}", example(field));
        let value = match self.bump().cloned() {
            Some(Token {
                kind: TokenKind::Compare(comparison),
                ..
            }) => match self.bump().cloned() {
                Some(Token {
                    kind: TokenKind::Word(text) | TokenKind::Phrase(text),
                    ..
                }) => FieldValue::Compare(comparison, text),
                _ => return Err(self.error_at(token, missing())),
            },
            Some(Token {
                kind: TokenKind::Word(text) | TokenKind::Phrase(text),
                ..
            }) => FieldValue::Text(text),
            Some(Token {
                kind:
                    TokenKind::Range {
                        low,
                        high,
                        inclusive,
                    },
                ..
            }) => FieldValue::Range {
                low,
                high,
                inclusive,
            },
            _ => return Err(self.error_at(token, missing())),
        };
        Ok(Node::Field {
            field,
            value,
            position: token.position,
        })
    }
}

fn example(field: FieldName) -> &'static str {
    match field {
        FieldName::Minister => "hallengren",
        FieldName::Agreement => "cancervård",
        FieldName::Region => "östergötland",
        FieldName::Org => "skr",
        FieldName::Amount => ">=\"1 miljard\"",
        FieldName::Published => "2022",
        FieldName::Title => "miljard",
    }
}

fn flatten(mut nodes: Vec<Node>, combine: fn(Vec<Node>) -> Node) -> Node {
    if nodes.len() == 1 {
        nodes.remove(0)
    } else {
        combine(nodes)
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn tree(query: &str) -> Result<Node, SearchError> {
        parse(query, &tokenize(query)?)
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let node = tree("a b OR c").unwrap();
        assert!(matches!(node, Node::Or(ref parts) if matches!(parts[0], Node::And(_))));
    }

    #[test]
    fn unknown_field_is_named() {
        let err = tree("vard foo:bar").unwrap_err().to_string();
        assert!(err.contains("unknown field 'foo:'"), "{err}");
        assert!(err.contains("position 5"), "{err}");
    }

    #[test]
    fn stray_parenthesis_is_an_error() {
        assert!(tree("vård)").is_err());
        assert!(tree("(vård").is_err());
        assert!(tree("minister:").is_err());
        assert!(tree("").is_err());
    }
}
