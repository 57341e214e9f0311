//! "`eat_bred` is similar to `eat_bread`": edit distance between member names.

/// Levenshtein distance, by characters.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// Whether `found` is close enough to `wanted` to be a typo of it: at most one edit for short
/// names, a third of the length for longer ones; case-only differences always count.
pub(crate) fn is_similar(found: &str, wanted: &str) -> bool {
    if found == wanted {
        return false;
    }
    if found.eq_ignore_ascii_case(wanted) {
        return true;
    }
    let limit = (wanted.chars().count() / 3).max(1);
    distance(found, wanted) <= limit
}

#[cfg(test)]
mod tests {
    use super::{distance, is_similar};
    use proptest::prelude::*;

    #[test]
    fn typos_are_similar() {
        assert!(is_similar("eat_bred", "eat_bread"));
        assert!(is_similar("eatbread", "eat_bread"));
        assert!(is_similar("Eat_Bread", "eat_bread"));
        assert!(!is_similar("swim", "eat_bread"));
        assert!(!is_similar("len", "is_empty"));
        assert!(!is_similar("eat_bread", "eat_bread"));
    }

    proptest! {
        #[test]
        fn distance_is_a_metric(a in "[a-z_]{0,12}", b in "[a-z_]{0,12}", c in "[a-z_]{0,12}") {
            prop_assert_eq!(distance(&a, &a), 0);
            prop_assert_eq!(distance(&a, &b), distance(&b, &a));
            prop_assert!(distance(&a, &c) <= distance(&a, &b) + distance(&b, &c));
            prop_assert!(distance(&a, &b) <= a.len().max(b.len()));
        }

        #[test]
        fn one_edit_is_always_similar(name in "[a-z]{3,12}", at in 0usize..12, ch in "[a-z]") {
            let at = at % name.len();
            let mut typo = name.clone();
            typo.replace_range(at..=at, &ch);
            prop_assert!(typo == name || is_similar(&typo, &name));
        }
    }
}
