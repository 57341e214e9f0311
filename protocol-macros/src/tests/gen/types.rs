//! Types for signatures.

use super::*;

/// A type in a generated signature. Indices into the trait's parameters are taken modulo
/// their count when rendered; a trait without such a parameter renders a plain type.
#[derive(Clone, Debug)]
pub(crate) enum Ty {
    Prim(&'static str),
    /// The trait's type parameter `T`, `U` …
    Param(usize),
    /// `Self::Item`: one of the trait's associated types.
    Assoc(usize),
    /// `&'a T` / `&mut T`: the lifetime is one of the trait's, if it has any.
    Ref {
        lifetime: Option<usize>,
        mutable: bool,
        inner: Box<Ty>,
    },
    Vec(Box<Ty>),
    Option(Box<Ty>),
    Tuple(Vec<Ty>),
    /// `[T; N]` with one of the trait's const parameters (else `4`).
    Array(Box<Ty>, usize),
    SelfType,
    /// The method's own type parameter `G` (else `u8`).
    Local,
}

pub(crate) const PRIMS: &[&str] = &["u8", "String", "bool", "usize", "()", "&'static str", "f64"];
pub(crate) const TYPE_PARAMS: &[&str] = &["T", "U", "V"];
pub(crate) const CONST_PARAMS: &[&str] = &["N", "M"];
pub(crate) const LIFETIMES: &[&str] = &["'a", "'b"];
/// What a conforming block writes for the trait's type parameters, const parameters and
/// associated types (by index).
pub(crate) const TYPE_ARGS: &[&str] = &["u32", "String", "Vec<u16>"];
pub(crate) const CONST_ARGS: &[&str] = &["3", "7"];
pub(crate) const ASSOC_ARGS: &[&str] = &["u16", "bool", "char", "i64"];

/// What a conforming block writes for the trait's associated type `index`.
pub(crate) fn assoc_arg(index: usize) -> &'static str {
    ASSOC_ARGS[index % ASSOC_ARGS.len()]
}

pub(crate) fn ty() -> impl Strategy<Value = Ty> {
    let leaf = prop_oneof![
        4 => select(PRIMS).prop_map(Ty::Prim),
        2 => (0..3usize).prop_map(Ty::Param),
        1 => (0..4usize).prop_map(Ty::Assoc),
        1 => Just(Ty::SelfType),
        1 => Just(Ty::Local),
    ];
    leaf.prop_recursive(2, 6, 3, |inner| {
        prop_oneof![
            (prop::option::of(0..2usize), any::<bool>(), inner.clone()).prop_map(
                |(lifetime, mutable, inner)| Ty::Ref {
                    lifetime,
                    mutable,
                    inner: Box::new(inner),
                }
            ),
            inner.clone().prop_map(|t| Ty::Vec(Box::new(t))),
            inner.clone().prop_map(|t| Ty::Option(Box::new(t))),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Ty::Tuple),
            (inner, 0..2usize).prop_map(|(t, n)| Ty::Array(Box::new(t), n)),
        ]
    })
}

impl Ty {
    /// Whether the type names `Self` (`Self`, `Self::Item` when the trait has associated
    /// types to name).
    pub(crate) fn mentions_self(&self, assoc: bool) -> bool {
        match self {
            Self::SelfType => true,
            Self::Assoc(_) => assoc,
            Self::Prim(_) | Self::Param(_) | Self::Local => false,
            Self::Ref { inner, .. }
            | Self::Vec(inner)
            | Self::Option(inner)
            | Self::Array(inner, _) => inner.mentions_self(assoc),
            Self::Tuple(items) => items.iter().any(|t| t.mentions_self(assoc)),
        }
    }
}

/// Which side a signature is rendered for: the trait declares it with its parameters; a
/// conforming block writes the arguments chosen for them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Trait,
    Impl,
}

pub(crate) struct Ctx<'a> {
    pub(crate) side: Side,
    pub(crate) def: &'a TraitDef,
    pub(crate) local: bool,
}

impl Ctx<'_> {
    pub(crate) fn render(&self, ty: &Ty, out: &mut String) {
        let types = self.def.type_param_count();
        let consts = self.def.const_param_count();
        let assoc = self.def.assoc_names();
        match ty {
            Ty::Prim(p) => out.push_str(p),
            Ty::Param(i) if types > 0 => out.push_str(match self.side {
                Side::Trait => TYPE_PARAMS[i % types],
                Side::Impl => TYPE_ARGS[i % types],
            }),
            Ty::Param(_) => out.push_str("u8"),
            Ty::Assoc(i) if !assoc.is_empty() => {
                let index = i % assoc.len();
                match self.side {
                    Side::Trait => {
                        let _ = write!(out, "Self::{}", assoc[index]);
                    }
                    Side::Impl => out.push_str(assoc_arg(index)),
                }
            }
            Ty::Assoc(_) => out.push_str("String"),
            Ty::Ref {
                lifetime,
                mutable,
                inner,
            } => {
                out.push('&');
                if let Some(name) = self.lifetime(*lifetime) {
                    out.push_str(name);
                    out.push(' ');
                }
                if *mutable {
                    out.push_str("mut ");
                }
                self.render(inner, out);
            }
            Ty::Vec(inner) => {
                out.push_str("Vec<");
                self.render(inner, out);
                out.push('>');
            }
            Ty::Option(inner) => {
                out.push_str("::core::option::Option<");
                self.render(inner, out);
                out.push('>');
            }
            Ty::Tuple(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.render(item, out);
                }
                out.push(')');
            }
            Ty::Array(inner, n) => {
                out.push('[');
                self.render(inner, out);
                out.push_str("; ");
                if consts == 0 {
                    out.push('4');
                } else {
                    out.push_str(match self.side {
                        Side::Trait => CONST_PARAMS[n % consts],
                        Side::Impl => CONST_ARGS[n % consts],
                    });
                }
                out.push(']');
            }
            Ty::SelfType => out.push_str("Self"),
            Ty::Local => out.push_str(if self.local { "G" } else { "u8" }),
        }
    }

    /// The trait's lifetime as the side writes it, `None` for an elided one.
    pub(crate) fn lifetime(&self, index: Option<usize>) -> Option<&'static str> {
        let count = self.def.generics.lifetimes;
        match (index, count) {
            (Some(i), 1..) => Some(match self.side {
                Side::Trait => LIFETIMES[i % count],
                Side::Impl => "'static",
            }),
            _ => None,
        }
    }
}
