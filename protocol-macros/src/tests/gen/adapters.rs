//! Types that conform through their inherent methods (`#[conforms]` on a type, `conform!`).

use super::*;

/// The shape of a type definition under `#[conforms(P)]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TypeKind {
    Named,
    Tuple,
    Unit,
    Enum,
}

/// A type definition that conforms to a generated trait through its inherent methods, and
/// which of the trait's `#[field]` members it declares a field for.
#[derive(Clone, Debug)]
pub(crate) struct AdapterDef {
    pub(crate) def: TraitDef,
    pub(crate) kind: TypeKind,
    pub(crate) has_field: Vec<bool>,
    pub(crate) generic: bool,
}

pub(crate) fn adapter_def() -> impl Strategy<Value = AdapterDef> {
    trait_def(Profile {
        unsafe_trait: true,
        gats: false,
        raw_names: true,
    })
    .prop_flat_map(|def| {
        let n = def.items.len();
        (
            Just(def),
            select(vec![
                TypeKind::Named,
                TypeKind::Named,
                TypeKind::Tuple,
                TypeKind::Unit,
                TypeKind::Enum,
            ]),
            prop::collection::vec(any::<bool>(), n),
            any::<bool>(),
        )
    })
    .prop_map(|(def, kind, has_field, generic)| AdapterDef {
        def,
        kind,
        has_field,
        generic: generic && kind != TypeKind::Unit,
    })
}

impl AdapterDef {
    /// The struct fields, in order (a named struct's only).
    pub(crate) fn fields(&self) -> Vec<String> {
        if self.kind != TypeKind::Named {
            return Vec::new();
        }
        let mut fields: Vec<String> = self
            .def
            .items
            .iter()
            .zip(&self.has_field)
            .filter_map(|(item, has)| match item {
                ItemDef::Field(f) if *has => Some(f.field.clone()),
                _ => None,
            })
            .collect();
        fields.dedup();
        fields.push("unrelated".to_owned());
        fields
    }

    /// Whether the type has a field for item `index`.
    pub(crate) fn has_field_for(&self, index: usize) -> bool {
        match &self.def.items[index] {
            ItemDef::Field(f) => self.fields().contains(&f.field),
            _ => false,
        }
    }

    pub(crate) fn self_ty(&self) -> &'static str {
        if self.generic {
            "Duck<X>"
        } else {
            "Duck"
        }
    }

    /// `#[derive(Clone)] pub struct Duck<X: Clone> where X: Send { pub age: u8, … }`.
    pub(crate) fn render_type(&self) -> String {
        let mut out = String::from("\n/// A duck.\n#[derive(Clone)]\npub ");
        let generics = if self.generic { "<X: Clone>" } else { "" };
        let where_clause = if self.generic { " where X: Send" } else { "" };
        let payload = if self.generic { "X" } else { "u8" };
        match self.kind {
            TypeKind::Named => {
                let _ = write!(out, "struct Duck{generics}{where_clause} {{");
                for field in self.fields() {
                    let _ = write!(out, "\n    pub {field}: {payload},");
                }
                out.push_str("\n}");
            }
            TypeKind::Tuple => {
                let _ = write!(
                    out,
                    "struct Duck{generics}(pub {payload}, String){where_clause};"
                );
            }
            TypeKind::Unit => out.push_str("struct Duck;"),
            TypeKind::Enum => {
                let _ = write!(
                    out,
                    "enum Duck{generics}{where_clause} {{ A({payload}), B {{ b: u8 }}, C }}"
                );
            }
        }
        out
    }
}

/// `conform!` input: `impl<T> Len for Vec<T>;` lines and newtype forms.
pub(crate) fn conform_input() -> impl Strategy<Value = String> {
    let line = (
        select(PROTOCOL_PATHS),
        select(vec![
            "String",
            "Vec<T>",
            "::std::collections::HashMap<K, V, S>",
            "[u8; 4]",
            "&'static str",
            "dyn Named",
        ]),
        any::<bool>(),
        select(vec![
            "",
            "#[derive(Clone)] ",
            "/// Bytes.\n",
            "#[repr(transparent)] ",
        ]),
        select(vec!["pub ", "pub(crate) ", ""]),
    )
        .prop_map(|(path, ty, newtype, attrs, vis)| {
            let params: Vec<&str> = ["T", "K", "V", "S"]
                .into_iter()
                .filter(|p| ty.contains(&format!("{p}>")) || ty.contains(&format!("{p},")))
                .collect();
            let generics = if params.is_empty() {
                String::new()
            } else {
                format!("<{}>", params.join(", "))
            };
            if newtype {
                format!("impl{generics} {path} for {attrs}{vis}struct Wrapper{generics}({ty})")
            } else {
                let bound = if params.contains(&"T") {
                    " where T: Clone"
                } else {
                    ""
                };
                format!("impl{generics} {path} for {ty}{bound}")
            }
        });
    (prop::collection::vec(line, 1..4), any::<bool>()).prop_map(|(lines, trailing)| {
        let mut text = format!("\n  {}", lines.join(";\n  "));
        if trailing {
            text.push(';');
        }
        text
    })
}
