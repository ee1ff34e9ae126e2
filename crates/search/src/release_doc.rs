//! [`ReleaseDoc`]: the tantivy document of one release, holding each text once.
//!
//! tantivy's own `TantivyDocument` copies every value into one buffer, so the body, which
//! one field indexes and another stores, sat in memory twice until an indexing thread
//! took it: the extraction's text and its copy, also for each of the thousands of
//! releases waiting in tantivy's queue. Here a value is moved in once and any number of
//! fields point at it.

use tantivy::schema::{Field, OwnedValue};
use tantivy::Document;

/// Values, each owned once, and the fields that index or store them.
#[derive(Debug, Default)]
pub(crate) struct ReleaseDoc {
    values: Vec<OwnedValue>,
    /// (field, index into `values`), in the order added.
    fields: Vec<(Field, usize)>,
}

impl ReleaseDoc {
    /// Adds `value` under every one of `fields`, without copying it.
    pub(crate) fn add(&mut self, fields: &[Field], value: OwnedValue) {
        let index = self.values.len();
        self.values.push(value);
        self.fields
            .extend(fields.iter().map(|&field| (field, index)));
    }

    pub(crate) fn add_text(&mut self, field: Field, text: impl Into<String>) {
        self.add(&[field], OwnedValue::Str(text.into()));
    }
}

impl Document for ReleaseDoc {
    type Value<'a> = &'a OwnedValue;
    type FieldsValuesIter<'a> = FieldValues<'a>;

    fn iter_fields_and_values(&self) -> FieldValues<'_> {
        FieldValues {
            values: &self.values,
            fields: self.fields.iter(),
        }
    }
}

/// Iterator over a [`ReleaseDoc`]'s (field, value) pairs.
pub(crate) struct FieldValues<'a> {
    values: &'a [OwnedValue],
    fields: std::slice::Iter<'a, (Field, usize)>,
}

impl<'a> Iterator for FieldValues<'a> {
    type Item = (Field, &'a OwnedValue);

    fn next(&mut self) -> Option<Self::Item> {
        // Every index was pushed with its value in `add`.
        self.fields
            .by_ref()
            .find_map(|&(field, index)| Some((field, self.values.get(index)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, Value, STORED, TEXT};

    #[test]
    fn a_value_added_under_two_fields_is_seen_under_both() {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT | STORED);
        let folded = schema.add_text_field("folded", TEXT);
        let title = schema.add_text_field("title", TEXT);
        let mut doc = ReleaseDoc::default();
        doc.add_text(title, "Rubrik");
        doc.add(&[body, folded], OwnedValue::Str("Vården får mer".into()));
        let seen: Vec<(Field, Option<&str>)> = doc
            .iter_fields_and_values()
            .map(|(field, value)| (field, value.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (title, Some("Rubrik")),
                (body, Some("Vården får mer")),
                (folded, Some("Vården får mer")),
            ]
        );
    }
}
