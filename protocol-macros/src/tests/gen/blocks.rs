//! A block that conforms to a generated trait (or misses some of its members).

use super::*;

/// What the block does with one of the trait's members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Supply {
    /// Writes it, with the trait's signature and the arguments filled in.
    Write,
    /// Leaves it out.
    Omit,
    /// Writes it under a misspelled name (the edit is the `usize`).
    Misspell(usize),
}

/// A conformance: the trait, what the block does with each member, and the self type.
#[derive(Clone, Debug)]
pub(crate) struct ConformanceDef {
    pub(crate) def: TraitDef,
    pub(crate) supply: Vec<Supply>,
    pub(crate) generic_self: bool,
    pub(crate) extra_method: bool,
    /// The attribute names the protocol alone (`#[conforms(Source)]`), leaving its
    /// arguments and associated types to inference.
    pub(crate) infer: bool,
}

pub(crate) fn conformance_def() -> impl Strategy<Value = ConformanceDef> {
    trait_def(Profile {
        unsafe_trait: false,
        gats: false,
        raw_names: true,
    })
    .prop_flat_map(|def| {
        let n = def.items.len();
        let supply = prop_oneof![
            5 => Just(Supply::Write),
            2 => Just(Supply::Omit),
            2 => any::<usize>().prop_map(Supply::Misspell),
        ];
        (
            Just(def),
            prop::collection::vec(supply, n),
            any::<bool>(),
            any::<bool>(),
            prop::bool::weighted(0.3),
        )
    })
    .prop_map(
        |(def, supply, generic_self, extra_method, infer)| ConformanceDef {
            def,
            supply,
            generic_self,
            extra_method,
            infer,
        },
    )
}

/// `name` with one edit, chosen by `edit`: swap two neighbours, replace or delete a
/// character, or change the case.
pub(crate) fn misspell(name: &str, edit: usize) -> String {
    let chars: Vec<char> = name.chars().collect();
    let n = chars.len();
    let at = (edit / 4) % n;
    let mut out = chars.clone();
    match edit % 4 {
        0 if n > 1 => out.swap(at % (n - 1), at % (n - 1) + 1),
        1 => {
            let replacement = if chars[at] == 'q' { 'x' } else { 'q' };
            out[at] = replacement;
        }
        2 if n > 3 => {
            out.remove(at);
        }
        _ => {
            return if name.chars().any(char::is_lowercase) {
                name.to_uppercase()
            } else {
                name.to_lowercase()
            };
        }
    }
    out.into_iter().collect()
}

impl ConformanceDef {
    /// The attribute's argument: the protocol's path, with its arguments unless inferred.
    pub(crate) fn path(&self) -> String {
        if self.infer {
            self.def.name.to_owned()
        } else {
            self.def.conforms_path()
        }
    }

    pub(crate) fn self_ty(&self) -> &'static str {
        if self.generic_self {
            "Stack<X>"
        } else {
            "Duck"
        }
    }

    /// The name the block writes for item `index`, if it writes one.
    pub(crate) fn written_name(&self, index: usize) -> Option<String> {
        let item = &self.def.items[index];
        match (self.supply[index], item) {
            (_, ItemDef::Type(_)) | (Supply::Omit, _) => None,
            (Supply::Write, _) => Some(item.name().to_owned()),
            (Supply::Misspell(edit), _) => Some(misspell(item.name(), edit)),
        }
    }

    /// The inherent impl block.
    pub(crate) fn render_impl(&self) -> String {
        let mut out = String::from("\n");
        if self.generic_self {
            out.push_str("impl<X: Clone> Stack<X> where X: Send {\n");
        } else {
            out.push_str("impl Duck {\n");
        }
        let ctx = |local| Ctx {
            side: Side::Impl,
            def: &self.def,
            local,
        };
        for (index, item) in self.def.items.iter().enumerate() {
            let Some(name) = self.written_name(index) else {
                continue;
            };
            render_attrs(item.attrs(), matches!(item, ItemDef::Fn(_)), &mut out);
            out.push_str("    ");
            match item {
                ItemDef::Fn(f) => {
                    let f = FnDef { name, ..f.clone() };
                    render_fn(&f, "pub ", &ctx(f.generic), &mut out);
                    out.push_str(" { ::core::panic!() }");
                }
                ItemDef::Field(f) => {
                    let f = FieldDef { name, ..f.clone() };
                    out.push_str("pub ");
                    render_field(&f, &ctx(false), &mut out);
                    out.push_str(" { ::core::panic!() }");
                }
                ItemDef::Const(c) => {
                    let (ty, value) = CONST_TYPES[c.ty];
                    let _ = write!(out, "pub const {name}: {ty} = {value};");
                }
                ItemDef::Type(_) => {}
            }
            out.push('\n');
        }
        if self.extra_method {
            out.push_str("    pub fn unrelated_helper_routine(&self) -> usize { 0 }\n");
        }
        out.push('}');
        out
    }
}
