//! `assert_conforms!` and `members!`.

use super::*;

/// `Duck: EatsBread, Swims; for<T: Clone> Stack<T>: Len + Source<u32>`, and how many
/// checks it asks for.
pub(crate) fn assert_input() -> impl Strategy<Value = (String, usize)> {
    let assertion = (
        prop::bool::weighted(0.3),
        select(vec![
            "Duck",
            "Stack<T>",
            "&'static str",
            "Vec<T>",
            "crate::zoo::Goose",
            "[u8; 4]",
            "dyn Named",
        ]),
        prop::sample::subsequence(PROTOCOL_PATHS, 1..4),
        select(vec![", ", " + "]),
    )
        .prop_map(|(generic, ty, protocols, separator)| {
            let generic = generic || ty.contains('T');
            let head = if generic { "for<T: Clone> " } else { "" };
            (
                format!("{head}{ty}: {}", protocols.join(separator)),
                protocols.len(),
            )
        });
    (prop::collection::vec(assertion, 1..4), any::<bool>()).prop_map(|(assertions, trailing)| {
        let count = assertions.iter().map(|(_, n)| n).sum();
        let mut text: Vec<String> = assertions.into_iter().map(|(a, _)| a).collect();
        if trailing {
            text.push(String::new());
        }
        (format!("\n  {}", text.join(";\n  ")), count)
    })
}

/// `members!` input: a path and maybe `crate = path`.
pub(crate) fn members_request() -> impl Strategy<Value = (String, &'static str)> {
    (
        select(PROTOCOL_PATHS),
        prop::option::of(select(CRATE_PATHS)),
        any::<bool>(),
    )
        .prop_map(|(path, krate, trailing)| {
            let mut text = format!("\n  {path}");
            if let Some(krate) = krate {
                let _ = write!(text, ", crate = {krate}");
            }
            if trailing {
                text.push(',');
            }
            (text, path)
        })
}
