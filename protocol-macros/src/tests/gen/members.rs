//! A trait's members: methods, `#[field]` members, consts, associated types.

use super::*;

/// Attributes that may sit on a trait item.
#[derive(Clone, Debug)]
pub(crate) enum Attr {
    /// `/// text` (a line comment, which lexes to `#[doc = "…"]`).
    Doc(&'static str),
    /// `/** text */`.
    BlockDoc(&'static str),
    /// `#[doc = "…"]` written out.
    DocEquals(&'static str),
    Cfg(&'static str),
    Allow,
    MustUse,
}

pub(crate) const DOCS: &[&str] = &[
    " Eats bread.",
    " With `code`, \"quotes\", a \\ backslash and { braces }.",
    " $dollar and #hash, @at",
    "",
    " Unicode: crème brûlée, 🦆",
];
pub(crate) const CFGS: &[&str] = &[
    "unix",
    "any(unix, windows)",
    "not(windows)",
    "feature = \"extra\"",
    "all()",
];

pub(crate) fn attrs() -> impl Strategy<Value = Vec<Attr>> {
    prop::collection::vec(
        prop_oneof![
            3 => select(DOCS).prop_map(Attr::Doc),
            1 => select(DOCS).prop_map(Attr::BlockDoc),
            1 => select(DOCS).prop_map(Attr::DocEquals),
            2 => select(CFGS).prop_map(Attr::Cfg),
            1 => Just(Attr::Allow),
            1 => Just(Attr::MustUse),
        ],
        0..3,
    )
}

pub(crate) fn render_attrs(attrs: &[Attr], is_fn: bool, out: &mut String) {
    for attr in attrs {
        match attr {
            Attr::Doc(text) => {
                let _ = writeln!(out, "    ///{text}");
            }
            Attr::BlockDoc(text) => {
                let _ = writeln!(out, "    /**{text} */");
            }
            Attr::DocEquals(text) => {
                let _ = writeln!(out, "    #[doc = {text:?}]");
            }
            Attr::Cfg(predicate) => {
                let _ = writeln!(out, "    #[cfg({predicate})]");
            }
            Attr::Allow => out.push_str("    #[allow(unused_variables, clippy::all)]\n"),
            Attr::MustUse if is_fn => out.push_str("    #[must_use]\n"),
            Attr::MustUse => {}
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Receiver {
    Ref,
    RefMut,
    Value,
    Boxed,
    /// `self: &Self`
    TypedRef,
    /// `self: Pin<&mut Self>`
    Pinned,
    None,
}

impl Receiver {
    pub(crate) fn text(self) -> Option<&'static str> {
        match self {
            Self::Ref => Some("&self"),
            Self::RefMut => Some("&mut self"),
            Self::Value => Some("self"),
            Self::Boxed => Some("self: Box<Self>"),
            Self::TypedRef => Some("self: &Self"),
            Self::Pinned => Some("self: ::core::pin::Pin<&mut Self>"),
            Self::None => None,
        }
    }
}

// A generated signature's independent switches.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug)]
pub(crate) struct FnDef {
    pub(crate) attrs: Vec<Attr>,
    /// Filled in by [`TraitDef::name_items`].
    pub(crate) name: String,
    pub(crate) base: &'static str,
    pub(crate) asyncness: bool,
    pub(crate) unsafety: bool,
    /// `<G: Clone>`
    pub(crate) generic: bool,
    /// `<'x>`, and an argument `ax: &'x str`.
    pub(crate) lifetime: bool,
    /// `<const K: usize>`
    pub(crate) const_param: bool,
    /// A last argument `i: impl Clone`.
    pub(crate) impl_arg: bool,
    pub(crate) receiver: Receiver,
    pub(crate) params: Vec<Ty>,
    pub(crate) ret: Option<Ty>,
    /// `where Self: Sized`
    pub(crate) sized: bool,
    pub(crate) default: bool,
}

pub(crate) const FN_NAMES: &[&str] = &[
    "eat_bread",
    "swim",
    "quack",
    "len",
    "is_empty",
    "get",
    "put",
    "speak",
    "fetch",
    "area",
    "describe",
    "visit",
    "handle",
    "new",
    "r#match",
    "r#try",
];

/// A raw identifier's stand-in where raw names are not wanted.
pub(crate) fn unraw(base: &'static str) -> &'static str {
    match base {
        "r#match" => "matches",
        "r#try" => "attempt",
        "r#type" => "kind",
        other => other,
    }
}

pub(crate) fn fn_def() -> impl Strategy<Value = FnDef> {
    (
        attrs(),
        select(FN_NAMES),
        (any::<bool>(), any::<bool>(), prop::bool::weighted(0.2)),
        select(vec![
            Receiver::Ref,
            Receiver::Ref,
            Receiver::RefMut,
            Receiver::Value,
            Receiver::Boxed,
            Receiver::TypedRef,
            Receiver::Pinned,
            Receiver::None,
        ]),
        prop::collection::vec(ty(), 0..3),
        prop::option::weighted(0.7, ty()),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.3),
        (
            prop::bool::weighted(0.15),
            prop::bool::weighted(0.15),
            prop::bool::weighted(0.15),
        ),
    )
        .prop_map(
            |(
                attrs,
                base,
                (asyncness, unsafety, generic),
                receiver,
                params,
                ret,
                sized,
                default,
                (lifetime, const_param, impl_arg),
            )| {
                FnDef {
                    attrs,
                    name: String::new(),
                    base,
                    asyncness: asyncness && base != "new",
                    unsafety,
                    generic,
                    lifetime,
                    const_param,
                    impl_arg,
                    receiver,
                    params,
                    ret,
                    sized,
                    default,
                }
            },
        )
}

/// A `#[field]` member in one of the four shapes.
#[derive(Clone, Debug)]
pub(crate) struct FieldDef {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) name: String,
    /// The struct field the member reads, as a struct declares it (`age`, `r#type`).
    pub(crate) field: String,
    pub(crate) base: &'static str,
    pub(crate) shape: FieldShape,
    pub(crate) ty: Ty,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum FieldShape {
    Ref,
    Clone,
    Mut,
    Set,
}

pub(crate) const FIELD_NAMES: &[&str] = &["age", "label", "size", "color", "r#type"];

pub(crate) fn field_def() -> impl Strategy<Value = FieldDef> {
    (
        attrs(),
        select(FIELD_NAMES),
        select(vec![
            FieldShape::Ref,
            FieldShape::Clone,
            FieldShape::Mut,
            FieldShape::Set,
        ]),
        select(PRIMS).prop_map(Ty::Prim),
    )
        .prop_map(|(attrs, base, shape, ty)| FieldDef {
            attrs,
            name: String::new(),
            field: String::new(),
            base,
            shape,
            ty,
        })
}

#[derive(Clone, Debug)]
pub(crate) struct ConstDef {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) name: String,
    pub(crate) base: &'static str,
    /// Index into [`CONST_TYPES`].
    pub(crate) ty: usize,
    pub(crate) default: bool,
}

pub(crate) const CONST_NAMES: &[&str] = &["KIND", "SIZE", "NAME", "LIMIT", "FLAG"];
/// A const's type and a value of it.
pub(crate) const CONST_TYPES: &[(&str, &str)] = &[
    ("&'static str", "\"duck\""),
    ("usize", "4"),
    ("bool", "true"),
    ("u8", "1"),
    ("::core::option::Option<u8>", "None"),
];

pub(crate) fn const_def() -> impl Strategy<Value = ConstDef> {
    (
        attrs(),
        select(CONST_NAMES),
        0..CONST_TYPES.len(),
        any::<bool>(),
    )
        .prop_map(|(attrs, base, ty, default)| ConstDef {
            attrs,
            name: String::new(),
            base,
            ty,
            default,
        })
}

#[derive(Clone, Debug)]
pub(crate) struct TypeDef {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) name: String,
    pub(crate) base: &'static str,
    pub(crate) bounds: Vec<&'static str>,
    /// `where Self: Sized`
    pub(crate) sized: bool,
    /// A generic associated type: `type Item<'x> … where Self: 'x`.
    pub(crate) gat: bool,
}

pub(crate) const TYPE_NAMES: &[&str] = &["Item", "Output", "Error", "Key"];
pub(crate) const ASSOC_BOUNDS: &[&str] =
    &["Clone", "Send", "'static", "Default", "::core::fmt::Debug"];

pub(crate) fn type_def() -> impl Strategy<Value = TypeDef> {
    (
        prop::collection::vec(
            prop_oneof![
                select(DOCS).prop_map(Attr::Doc),
                select(CFGS).prop_map(Attr::Cfg)
            ],
            0..2,
        ),
        select(TYPE_NAMES),
        prop::sample::subsequence(ASSOC_BOUNDS, 0..3),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(attrs, base, bounds, sized, gat)| TypeDef {
            attrs,
            name: String::new(),
            base,
            bounds,
            sized,
            gat,
        })
}

#[derive(Clone, Debug)]
pub(crate) enum ItemDef {
    Fn(FnDef),
    Field(FieldDef),
    Const(ConstDef),
    Type(TypeDef),
}

impl ItemDef {
    /// Whether an inherent method can stand for this member in an adapter: not a const,
    /// not a generic, `async` or `unsafe` method (an `unsafe fn` is no `FnOnce`).
    pub(crate) fn adaptable(&self) -> bool {
        match self {
            Self::Fn(f) => {
                !f.generic && !f.const_param && !f.impl_arg && !f.asyncness && !f.unsafety
            }
            Self::Const(_) => false,
            Self::Field(_) | Self::Type(_) => true,
        }
    }

    pub(crate) fn name(&self) -> &str {
        match self {
            Self::Fn(f) => &f.name,
            Self::Field(f) => &f.name,
            Self::Const(c) => &c.name,
            Self::Type(t) => &t.name,
        }
    }

    pub(crate) fn attrs(&self) -> &[Attr] {
        match self {
            Self::Fn(f) => &f.attrs,
            Self::Field(f) => &f.attrs,
            Self::Const(c) => &c.attrs,
            Self::Type(t) => &t.attrs,
        }
    }

    /// A conforming block must write this member (associated types are written in the
    /// attribute instead; `#[field]` members may be left to the struct's field).
    pub(crate) fn required(&self) -> bool {
        match self {
            Self::Fn(f) => !f.default,
            Self::Field(_) => true,
            Self::Const(c) => !c.default,
            Self::Type(_) => false,
        }
    }

    /// How a missing-member message shows it: `fn name(` / `fn name<` / `const NAME:`.
    pub(crate) fn signature_marks(&self) -> Vec<String> {
        match self {
            Self::Fn(FnDef { name, .. }) | Self::Field(FieldDef { name, .. }) => {
                vec![format!("fn {name}("), format!("fn {name}<")]
            }
            Self::Const(c) => vec![format!("const {}:", c.name)],
            Self::Type(t) => vec![format!("type {}", t.name)],
        }
    }
}
