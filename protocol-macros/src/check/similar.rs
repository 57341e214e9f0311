//! "`eat_bred` is similar to `eat_bread`": edit distance between member names.

/// Edit distance by characters, where swapping two neighbours counts as one edit
/// (optimal string alignment): `Itme` is one edit from `Item`.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
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
        assert!(is_similar("Itme", "Item"));
    }

    proptest! {
        #[test]
        fn distance_is_symmetric_and_bounded(a in "[a-z_]{0,12}", b in "[a-z_]{0,12}") {
            prop_assert_eq!(distance(&a, &a), 0);
            prop_assert_eq!(distance(&a, &b), distance(&b, &a));
            prop_assert!(distance(&a, &b) <= a.len().max(b.len()));
            prop_assert!(distance(&a, &b) >= a.len().abs_diff(b.len()));
        }

        #[test]
        fn a_swap_of_neighbours_is_one_edit(name in "[a-z]{2,12}", at in 0usize..11) {
            let at = at % (name.len() - 1);
            let mut chars: Vec<char> = name.chars().collect();
            chars.swap(at, at + 1);
            let swapped: String = chars.into_iter().collect();
            prop_assert!(distance(&swapped, &name) <= 1);
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
