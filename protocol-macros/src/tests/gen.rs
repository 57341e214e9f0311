//! Generators of valid macro inputs, as plain data rendered to source text: traits for
//! `#[protocol]`, inherent impl blocks and argument lists for `#[conforms]`, impl blocks
//! that supply some of a trait's members, and `assert_conforms!` / `members!` inputs.
//!
//! Everything is rendered to a `String` and parsed back with `str::parse`, so that the
//! tokens carry line and column information for the span checks.

use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

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

const PRIMS: &[&str] = &["u8", "String", "bool", "usize", "()", "&'static str", "f64"];
const TYPE_PARAMS: &[&str] = &["T", "U", "V"];
const CONST_PARAMS: &[&str] = &["N", "M"];
const LIFETIMES: &[&str] = &["'a", "'b"];
/// What a conforming block writes for the trait's type parameters, const parameters and
/// associated types (by index).
const TYPE_ARGS: &[&str] = &["u32", "String", "Vec<u16>"];
const CONST_ARGS: &[&str] = &["3", "7"];
const ASSOC_ARGS: &[&str] = &["u16", "bool", "char", "i64"];

/// What a conforming block writes for the trait's associated type `index`.
fn assoc_arg(index: usize) -> &'static str {
    ASSOC_ARGS[index % ASSOC_ARGS.len()]
}

fn ty() -> impl Strategy<Value = Ty> {
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
    fn mentions_self(&self, assoc: bool) -> bool {
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

struct Ctx<'a> {
    side: Side,
    def: &'a TraitDef,
    local: bool,
}

impl Ctx<'_> {
    fn render(&self, ty: &Ty, out: &mut String) {
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
    fn lifetime(&self, index: Option<usize>) -> Option<&'static str> {
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

// ---------------------------------------------------------------------------------------
// Traits
// ---------------------------------------------------------------------------------------

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

const DOCS: &[&str] = &[
    " Eats bread.",
    " With `code`, \"quotes\", a \\ backslash and { braces }.",
    " $dollar and #hash, @at",
    "",
    " Unicode: crème brûlée, 🦆",
];
const CFGS: &[&str] = &[
    "unix",
    "any(unix, windows)",
    "not(windows)",
    "feature = \"extra\"",
    "all()",
];

fn attrs() -> impl Strategy<Value = Vec<Attr>> {
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

fn render_attrs(attrs: &[Attr], is_fn: bool, out: &mut String) {
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
    fn text(self) -> Option<&'static str> {
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
    base: &'static str,
    asyncness: bool,
    unsafety: bool,
    /// `<G: Clone>`
    generic: bool,
    /// `<'x>`, and an argument `ax: &'x str`.
    lifetime: bool,
    /// `<const K: usize>`
    const_param: bool,
    /// A last argument `i: impl Clone`.
    impl_arg: bool,
    receiver: Receiver,
    params: Vec<Ty>,
    ret: Option<Ty>,
    /// `where Self: Sized`
    sized: bool,
    pub(crate) default: bool,
}

const FN_NAMES: &[&str] = &[
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
fn unraw(base: &'static str) -> &'static str {
    match base {
        "r#match" => "matches",
        "r#try" => "attempt",
        "r#type" => "kind",
        other => other,
    }
}

fn fn_def() -> impl Strategy<Value = FnDef> {
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
    base: &'static str,
    shape: FieldShape,
    ty: Ty,
}

#[derive(Clone, Copy, Debug)]
enum FieldShape {
    Ref,
    Clone,
    Mut,
    Set,
}

const FIELD_NAMES: &[&str] = &["age", "label", "size", "color", "r#type"];

fn field_def() -> impl Strategy<Value = FieldDef> {
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
    base: &'static str,
    /// Index into [`CONST_TYPES`].
    ty: usize,
    pub(crate) default: bool,
}

const CONST_NAMES: &[&str] = &["KIND", "SIZE", "NAME", "LIMIT", "FLAG"];
/// A const's type and a value of it.
const CONST_TYPES: &[(&str, &str)] = &[
    ("&'static str", "\"duck\""),
    ("usize", "4"),
    ("bool", "true"),
    ("u8", "1"),
    ("::core::option::Option<u8>", "None"),
];

fn const_def() -> impl Strategy<Value = ConstDef> {
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
    base: &'static str,
    bounds: Vec<&'static str>,
    /// `where Self: Sized`
    sized: bool,
    /// A generic associated type: `type Item<'x> … where Self: 'x`.
    gat: bool,
}

const TYPE_NAMES: &[&str] = &["Item", "Output", "Error", "Key"];
const ASSOC_BOUNDS: &[&str] = &["Clone", "Send", "'static", "Default", "::core::fmt::Debug"];

fn type_def() -> impl Strategy<Value = TypeDef> {
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

#[derive(Clone, Debug)]
pub(crate) enum ParamDef {
    Type {
        bounds: Vec<&'static str>,
        default: bool,
    },
    Const {
        default: bool,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct GenericsDef {
    /// `'a`, `'b`
    pub(crate) lifetimes: usize,
    /// `'b: 'a`
    lifetime_bound: bool,
    pub(crate) params: Vec<ParamDef>,
    where_preds: Vec<WherePred>,
}

#[derive(Clone, Copy, Debug)]
enum WherePred {
    /// `T: Default`
    ParamDefault,
    /// `T: 'a`
    ParamOutlives,
    /// `Self: Sized`
    SelfSized,
    /// `Self: 'static`
    SelfStatic,
}

const PARAM_BOUNDS: &[&str] = &[
    "Clone",
    "Default",
    "Send + Sync",
    "'static",
    "::core::fmt::Debug",
    "?Sized",
    "'a",
];

fn generics_def() -> impl Strategy<Value = GenericsDef> {
    (
        0..=2usize,
        any::<bool>(),
        prop::collection::vec(
            prop_oneof![
                3 => (prop::sample::subsequence(PARAM_BOUNDS, 0..3), prop::bool::weighted(0.3))
                    .prop_map(|(bounds, default)| ParamDef::Type { bounds, default }),
                1 => prop::bool::weighted(0.3).prop_map(|default| ParamDef::Const { default }),
            ],
            0..3,
        ),
        prop::collection::vec(
            select(vec![
                WherePred::ParamDefault,
                WherePred::ParamOutlives,
                WherePred::SelfSized,
                WherePred::SelfStatic,
            ]),
            0..3,
        ),
    )
        .prop_map(|(lifetimes, lifetime_bound, mut params, where_preds)| {
            // Parameters with defaults must come last, and at most 3 type and 2 const ones.
            let mut defaulted = false;
            let (mut types, mut consts) = (0, 0);
            params.retain(|p| match p {
                ParamDef::Type { .. } => {
                    types += 1;
                    types <= TYPE_PARAMS.len()
                }
                ParamDef::Const { .. } => {
                    consts += 1;
                    consts <= CONST_PARAMS.len()
                }
            });
            for param in &mut params {
                let (ParamDef::Type { default, .. } | ParamDef::Const { default }) = param;
                defaulted |= *default;
                *default = defaulted;
            }
            GenericsDef {
                lifetimes,
                lifetime_bound,
                params,
                where_preds,
            }
        })
}

/// What may vary beyond a plain trait.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Profile {
    /// `unsafe trait`
    pub(crate) unsafe_trait: bool,
    /// Generic associated types.
    pub(crate) gats: bool,
    /// Raw identifiers as method names (`fn r#match(&self)`).
    pub(crate) raw_names: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct TraitDef {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) vis: &'static str,
    pub(crate) unsafety: bool,
    pub(crate) name: &'static str,
    pub(crate) generics: GenericsDef,
    supertraits: Vec<&'static str>,
    pub(crate) items: Vec<ItemDef>,
}

const TRAIT_NAMES: &[&str] = &[
    "EatsBread",
    "Swims",
    "Named",
    "Source",
    "Container",
    "Shape",
    "Speaks",
];
const SUPERTRAITS: &[&str] = &[
    "Send",
    "Sync",
    "Clone",
    "'static",
    "::core::fmt::Debug",
    "Sized",
    "AsRef<str>",
];
pub(crate) const VISIBILITIES: &[&str] = &["", "pub ", "pub(crate) ", "pub(super) "];

pub(crate) fn trait_def(profile: Profile) -> impl Strategy<Value = TraitDef> {
    let item = prop_oneof![
        5 => fn_def().prop_map(ItemDef::Fn),
        1 => field_def().prop_map(ItemDef::Field),
        2 => const_def().prop_map(ItemDef::Const),
        2 => type_def().prop_map(ItemDef::Type),
    ];
    (
        prop::collection::vec(
            prop_oneof![
                select(DOCS).prop_map(Attr::Doc),
                select(DOCS).prop_map(Attr::DocEquals),
                Just(Attr::Allow),
                select(CFGS).prop_map(Attr::Cfg),
            ],
            0..3,
        ),
        select(VISIBILITIES),
        prop::bool::weighted(if profile.unsafe_trait { 0.15 } else { 0.0 }),
        select(TRAIT_NAMES),
        generics_def(),
        prop::sample::subsequence(SUPERTRAITS, 0..3),
        prop::collection::vec(item, 0..7),
    )
        .prop_map(
            move |(attrs, vis, unsafety, name, generics, supertraits, items)| {
                let mut def = TraitDef {
                    attrs,
                    vis,
                    unsafety,
                    name,
                    generics,
                    supertraits,
                    items,
                };
                if !profile.gats {
                    for item in &mut def.items {
                        if let ItemDef::Type(t) = item {
                            t.gat = false;
                        }
                    }
                }
                def.name_items(profile.raw_names);
                def
            },
        )
}

/// Traits of methods only, half of them without `Self` outside the receiver and with
/// the receivers every pointer kind can forward: what forwarding impls are written for.
pub(crate) fn method_trait(profile: Profile) -> impl Strategy<Value = TraitDef> {
    (trait_def(profile), any::<bool>()).prop_map(|(mut def, plain)| {
        def.items.retain(|item| match item {
            ItemDef::Fn(f) => f.receiver != Receiver::None,
            ItemDef::Field(_) => true,
            ItemDef::Const(_) | ItemDef::Type(_) => false,
        });
        if plain {
            for item in &mut def.items {
                if let ItemDef::Fn(f) = item {
                    f.params.retain(|ty| !ty.mentions_self(true));
                    f.ret = f.ret.take().filter(|ty| !ty.mentions_self(true));
                    if matches!(f.receiver, Receiver::Boxed) {
                        f.receiver = Receiver::Ref;
                    }
                }
            }
        }
        def
    })
}

impl TraitDef {
    /// Gives every item a distinct name: the base name, with a number when it is taken.
    fn name_items(&mut self, raw_names: bool) {
        let mut used = BTreeSet::new();
        for item in &mut self.items {
            let base = match item {
                ItemDef::Fn(f) if raw_names => f.base,
                ItemDef::Fn(f) => unraw(f.base),
                ItemDef::Field(f) => f.base,
                ItemDef::Const(c) => c.base,
                ItemDef::Type(t) => t.base,
            };
            // `r#type` → `type_mut`, `set_type`: the prefix and suffix make it a plain name.
            let plain = |base: &str| base.trim_start_matches("r#").to_owned();
            let shaped = |base: &str| match item {
                ItemDef::Field(FieldDef {
                    shape: FieldShape::Mut,
                    ..
                }) => format!("{}_mut", plain(base)),
                ItemDef::Field(FieldDef {
                    shape: FieldShape::Set,
                    ..
                }) => format!("set_{}", plain(base)),
                _ => base.to_owned(),
            };
            let mut name = shaped(base);
            let mut n = 2;
            while used.contains(&name) {
                name = shaped(&format!("{base}{n}"));
                n += 1;
            }
            used.insert(name.clone());
            match item {
                ItemDef::Fn(f) => f.name = name,
                ItemDef::Field(f) => {
                    let field = match f.shape {
                        FieldShape::Ref | FieldShape::Clone => name.clone(),
                        FieldShape::Mut => name.trim_end_matches("_mut").to_owned(),
                        FieldShape::Set => name.trim_start_matches("set_").to_owned(),
                    };
                    // A keyword field is declared `r#type`.
                    f.field = if syn::parse_str::<syn::Ident>(&field).is_ok() {
                        field
                    } else {
                        format!("r#{field}")
                    };
                    f.name = name;
                }
                ItemDef::Const(c) => c.name = name,
                ItemDef::Type(t) => t.name = name,
            }
        }
    }

    pub(crate) fn type_param_count(&self) -> usize {
        self.generics
            .params
            .iter()
            .filter(|p| matches!(p, ParamDef::Type { .. }))
            .count()
    }

    pub(crate) fn const_param_count(&self) -> usize {
        self.generics
            .params
            .iter()
            .filter(|p| matches!(p, ParamDef::Const { .. }))
            .count()
    }

    /// The associated types that signatures may name as `Self::X` (not the generic ones).
    fn assoc_names(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|i| match i {
                ItemDef::Type(t) if !t.gat => Some(t.name.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The trait as source text, one item a line (doc comments need their own lines).
    pub(crate) fn render(&self) -> String {
        let mut out = String::from("\n");
        render_attrs(&self.attrs, false, &mut out);
        out.push_str(self.vis);
        if self.unsafety {
            out.push_str("unsafe ");
        }
        let _ = write!(out, "trait {}", self.name);
        out.push_str(&self.render_params(true));
        if !self.supertraits.is_empty() {
            let _ = write!(out, ": {}", self.supertraits.join(" + "));
        }
        out.push_str(&self.render_where());
        out.push_str(" {\n");
        let ctx = |local| Ctx {
            side: Side::Trait,
            def: self,
            local,
        };
        for item in &self.items {
            render_attrs(item.attrs(), matches!(item, ItemDef::Fn(_)), &mut out);
            out.push_str("    ");
            match item {
                ItemDef::Fn(f) => {
                    render_fn(f, "", &ctx(f.generic), &mut out);
                    out.push_str(if f.default {
                        " { ::core::panic!() }"
                    } else {
                        ";"
                    });
                }
                ItemDef::Field(f) => {
                    out.push_str("#[field] ");
                    render_field(f, &ctx(false), &mut out);
                    out.push(';');
                }
                ItemDef::Const(c) => {
                    let (ty, value) = CONST_TYPES[c.ty];
                    let _ = write!(out, "const {}: {ty}", c.name);
                    if c.default {
                        let _ = write!(out, " = {value}");
                    }
                    out.push(';');
                }
                ItemDef::Type(t) => {
                    let _ = write!(out, "type {}", t.name);
                    if t.gat {
                        out.push_str("<'x>");
                    }
                    if !t.bounds.is_empty() {
                        let _ = write!(out, ": {}", t.bounds.join(" + "));
                    }
                    match (t.gat, t.sized) {
                        (true, true) => out.push_str(" where Self: 'x + Sized"),
                        (true, false) => out.push_str(" where Self: 'x"),
                        (false, true) => out.push_str(" where Self: Sized"),
                        (false, false) => {}
                    }
                    out.push(';');
                }
            }
            out.push('\n');
        }
        out.push('}');
        out
    }

    /// `<'a, 'b: 'a, T: Clone = u8, const N: usize = 4>`; with `declare: false`, the
    /// arguments a conforming block writes (`<'static, u32, 3>`).
    fn render_params(&self, declare: bool) -> String {
        let generics = &self.generics;
        let mut parts = Vec::new();
        for (i, lifetime) in LIFETIMES.iter().enumerate().take(generics.lifetimes) {
            if !declare {
                parts.push("'static".to_owned());
            } else if i == 1 && generics.lifetime_bound {
                parts.push("'b: 'a".to_owned());
            } else {
                parts.push((*lifetime).to_owned());
            }
        }
        let (mut types, mut consts) = (0, 0);
        for param in &generics.params {
            match param {
                ParamDef::Type { bounds, default } => {
                    let name = TYPE_PARAMS[types];
                    if declare {
                        let mut text = name.to_owned();
                        let bounds: Vec<&str> = bounds
                            .iter()
                            .copied()
                            .filter(|b| generics.lifetimes > 0 || !b.starts_with("'a"))
                            .collect();
                        if !bounds.is_empty() {
                            let _ = write!(text, ": {}", bounds.join(" + "));
                        }
                        if *default {
                            text.push_str(" = u8");
                        }
                        parts.push(text);
                    } else {
                        parts.push(TYPE_ARGS[types].to_owned());
                    }
                    types += 1;
                }
                ParamDef::Const { default } => {
                    let name = CONST_PARAMS[consts];
                    if declare {
                        let default = if *default { " = 4" } else { "" };
                        parts.push(format!("const {name}: usize{default}"));
                    } else {
                        parts.push(CONST_ARGS[consts].to_owned());
                    }
                    consts += 1;
                }
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("<{}>", parts.join(", "))
        }
    }

    fn render_where(&self) -> String {
        let types = self.type_param_count();
        let preds: Vec<String> = self
            .generics
            .where_preds
            .iter()
            .filter_map(|p| match p {
                WherePred::ParamDefault if types > 0 => Some("T: Default".to_owned()),
                WherePred::ParamOutlives if types > 0 && self.generics.lifetimes > 0 => {
                    Some("T: 'a".to_owned())
                }
                WherePred::SelfSized => Some("Self: Sized".to_owned()),
                WherePred::SelfStatic => Some("Self: 'static".to_owned()),
                _ => None,
            })
            .collect();
        if preds.is_empty() {
            String::new()
        } else {
            format!(" where {}", preds.join(", "))
        }
    }

    /// The protocol's path as a conforming block's attribute writes it: every generic
    /// argument and every (non-generic) associated type written out, so that nothing is
    /// left to inference.
    pub(crate) fn conforms_path(&self) -> String {
        let mut args = self.render_params(false);
        let bindings: Vec<String> = self
            .assoc_names()
            .iter()
            .enumerate()
            .map(|(i, name)| format!("{name} = {}", assoc_arg(i)))
            .collect();
        if !bindings.is_empty() {
            if args.is_empty() {
                args = format!("<{}>", bindings.join(", "));
            } else {
                args.pop();
                let _ = write!(args, ", {}>", bindings.join(", "));
            }
        }
        format!("{}{args}", self.name)
    }

    /// The trait's path with its generic arguments, as the trait impl names it
    /// (`Source<'static, u32, 3>`).
    pub(crate) fn trait_path(&self) -> String {
        format!("{}{}", self.name, self.render_params(false))
    }

    /// Only supertraits: `trait Pet: Named + Feeds {}`.
    pub(crate) fn is_intersection(&self) -> bool {
        self.items.is_empty() && !self.supertraits.is_empty()
    }

    /// Whether `item` keeps a forwarding impl to `pointer` (`&`, `&mut`, `Box`, `Rc`,
    /// `Arc`) from being written, by the contract: `&T`, `Rc` and `Arc` need `&self`
    /// methods, `&mut T` allows `&mut self` and `self: Pin<&mut Self>`, `Box` also `self`; associated fns, consts and
    /// types, other receivers and `Self` outside the receiver prevent forwarding. A method
    /// with a default body that only exists for `Self: Sized` is left to its default.
    // A method of the trait, like `blocks_dyn`'s callers expect, though no trait-wide
    // property decides it any more.
    #[allow(clippy::unused_self)]
    pub(crate) fn prevents(&self, item: &ItemDef, pointer: &str) -> bool {
        // Associated types and consts forward (`type X = T::X;`), and so do associated fns
        // and methods whose signatures name `Self` only through its associated types.
        let (receiver, mentions_self) = match item {
            ItemDef::Fn(f) if f.default && f.sized => return false,
            ItemDef::Fn(f) => {
                let mentions = f
                    .params
                    .iter()
                    .chain(&f.ret)
                    .any(|ty| ty.mentions_self(false));
                (f.receiver, mentions)
            }
            ItemDef::Field(f) => match f.shape {
                FieldShape::Ref | FieldShape::Clone => (Receiver::Ref, false),
                FieldShape::Mut | FieldShape::Set => (Receiver::RefMut, false),
            },
            ItemDef::Const(_) | ItemDef::Type(_) => return false,
        };
        mentions_self
            || match receiver {
                Receiver::Ref | Receiver::TypedRef | Receiver::None => false,
                Receiver::RefMut | Receiver::Pinned => !matches!(pointer, "&mut" | "Box"),
                Receiver::Value => pointer != "Box",
                Receiver::Boxed => true,
            }
    }

    /// Whether `dyn Trait` can exist, by rustc's rules: no `Sized` supertrait, and no
    /// member in [`TraitDef::blocks_dyn`].
    pub(crate) fn requires_sized(&self) -> bool {
        self.supertraits.contains(&"Sized")
            || self
                .generics
                .where_preds
                .iter()
                .any(|p| matches!(p, WherePred::SelfSized))
    }

    /// Whether `item` keeps `dyn Trait` from existing: an associated const; a generic
    /// associated type; a method or associated fn without `where Self: Sized` that has no
    /// receiver, is generic (type, const or `impl Trait` argument), is `async`, or names
    /// `Self` itself outside its receiver (`Self::Item` is fine: `dyn` binds it).
    pub(crate) fn blocks_dyn(item: &ItemDef) -> bool {
        match item {
            ItemDef::Const(_) => true,
            ItemDef::Type(t) => t.gat && !t.sized,
            ItemDef::Field(_) => false,
            ItemDef::Fn(f) if f.sized => false,
            ItemDef::Fn(f) => {
                matches!(f.receiver, Receiver::None)
                    || f.generic
                    || f.const_param
                    || f.impl_arg
                    || f.asyncness
                    || f.params
                        .iter()
                        .chain(&f.ret)
                        .any(|ty| ty.mentions_self(false))
            }
        }
    }

    /// The names of the members `protocol::members!` lists, in declaration order.
    pub(crate) fn member_names(&self) -> Vec<&str> {
        self.items.iter().map(ItemDef::name).collect()
    }
}

/// `async unsafe fn name<G: Clone>(&self, a0: T) -> U where Self: Sized`, without the body.
fn render_fn(f: &FnDef, vis: &str, ctx: &Ctx<'_>, out: &mut String) {
    out.push_str(vis);
    if f.asyncness {
        out.push_str("async ");
    }
    if f.unsafety {
        out.push_str("unsafe ");
    }
    let _ = write!(out, "fn {}", f.name);
    let mut generics = Vec::new();
    if f.lifetime {
        generics.push("'x");
    }
    if f.generic {
        generics.push("G: Clone");
    }
    if f.const_param {
        generics.push("const K: usize");
    }
    if !generics.is_empty() {
        let _ = write!(out, "<{}>", generics.join(", "));
    }
    out.push('(');
    let mut first = true;
    if let Some(receiver) = f.receiver.text() {
        out.push_str(receiver);
        first = false;
    }
    for (i, param) in f.params.iter().enumerate() {
        if !first {
            out.push_str(", ");
        }
        first = false;
        let _ = write!(out, "a{i}: ");
        ctx.render(param, out);
    }
    let extra = [
        (f.lifetime, "ax: &'x str"),
        (f.const_param, "ak: [u8; K]"),
        (f.impl_arg, "i: impl Clone"),
    ];
    for (_, param) in extra.iter().filter(|(on, _)| *on) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(param);
    }
    out.push(')');
    if let Some(ret) = &f.ret {
        out.push_str(" -> ");
        ctx.render(ret, out);
    }
    if f.sized {
        out.push_str(" where Self: Sized");
    }
}

fn render_field(f: &FieldDef, ctx: &Ctx<'_>, out: &mut String) {
    let _ = write!(out, "fn {}", f.name);
    match f.shape {
        FieldShape::Ref => out.push_str("(&self) -> &"),
        FieldShape::Clone => out.push_str("(&self) -> "),
        FieldShape::Mut => out.push_str("(&mut self) -> &mut "),
        FieldShape::Set => out.push_str("(&mut self, value: "),
    }
    ctx.render(&f.ty, out);
    if matches!(f.shape, FieldShape::Set) {
        out.push(')');
    }
}

// ---------------------------------------------------------------------------------------
// A block that conforms to a generated trait (or misses some of its members)
// ---------------------------------------------------------------------------------------

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
    generic_self: bool,
    extra_method: bool,
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

// ---------------------------------------------------------------------------------------
// Inherent impl blocks and attribute arguments for `#[conforms]`
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
pub(crate) struct ImplFn {
    attrs: Vec<Attr>,
    vis: &'static str,
    constness: bool,
    f: FnDef,
    body: &'static str,
}

#[derive(Clone, Debug)]
pub(crate) enum ImplItemDef {
    Fn(ImplFn),
    Const {
        vis: &'static str,
        name: String,
        ty: usize,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct ImplDef {
    attrs: Vec<Attr>,
    generics: bool,
    self_ty: &'static str,
    items: Vec<ImplItemDef>,
}

const BODIES: &[&str] = &[
    "{ ::core::panic!() }",
    "{ let x = 1; x + 1 }",
    "{ match self { _ => {} } }",
    "{ macro_rules! m { ($x:tt) => { $x }; } m!(0) }",
    "{ async move { 0 }.await }",
    "{ unsafe { core::hint::unreachable_unchecked() } }",
];
const SELF_TYPES: &[&str] = &[
    "Duck",
    "Stack<X>",
    "crate::zoo::Goose",
    "Pair<X, u8>",
    "[X; 3]",
    "(X, u8)",
    "dyn Fn(X) -> u8",
];

pub(crate) fn impl_def() -> impl Strategy<Value = ImplDef> {
    let item = prop_oneof![
        4 => (
            attrs(),
            select(vec!["", "pub ", "pub(crate) ", "pub(in crate::zoo) "]),
            prop::bool::weighted(0.2),
            fn_def(),
            select(BODIES),
        )
            .prop_map(|(attrs, vis, constness, f, body)| ImplItemDef::Fn(ImplFn {
                attrs,
                vis,
                constness,
                f: FnDef {
                    attrs: Vec::new(),
                    name: f.base.to_owned(),
                    ..f
                },
                body,
            })),
        1 => (select(vec!["", "pub "]), select(CONST_NAMES), 0..CONST_TYPES.len()).prop_map(
            |(vis, name, ty)| ImplItemDef::Const {
                vis,
                name: name.to_owned(),
                ty,
            }
        ),
    ];
    (
        prop::collection::vec(
            prop_oneof![
                select(DOCS).prop_map(Attr::Doc),
                select(CFGS).prop_map(Attr::Cfg),
                Just(Attr::Allow),
            ],
            0..2,
        ),
        any::<bool>(),
        select(SELF_TYPES),
        prop::collection::vec(item, 0..6),
    )
        .prop_map(|(attrs, generics, self_ty, mut items)| {
            // Distinct names, as rustc requires.
            let mut used = BTreeSet::new();
            for item in &mut items {
                let name = match item {
                    ImplItemDef::Fn(f) => &mut f.f.name,
                    ImplItemDef::Const { name, .. } => name,
                };
                let base = name.clone();
                let mut n = 2;
                while !used.insert(name.clone()) {
                    *name = format!("{base}{n}");
                    n += 1;
                }
            }
            // `X` must be declared when the self type names it.
            let generics = generics || self_ty.contains('X');
            ImplDef {
                attrs,
                generics,
                self_ty,
                items,
            }
        })
}

/// A trait without parameters or associated types, only for rendering free-standing
/// signatures (`Self` stays `Self`; parameters become `u8`).
fn plain_trait() -> TraitDef {
    TraitDef {
        attrs: Vec::new(),
        vis: "",
        unsafety: false,
        name: "Plain",
        generics: GenericsDef {
            lifetimes: 0,
            lifetime_bound: false,
            params: Vec::new(),
            where_preds: Vec::new(),
        },
        supertraits: Vec::new(),
        items: Vec::new(),
    }
}

impl ImplDef {
    pub(crate) fn render(&self) -> String {
        let mut out = String::from("\n");
        render_attrs(&self.attrs, false, &mut out);
        if self.generics {
            let _ = writeln!(out, "impl<X: Clone> {} where X: Send {{", self.self_ty);
        } else {
            let _ = writeln!(out, "impl {} {{", self.self_ty);
        }
        let plain = plain_trait();
        for item in &self.items {
            match item {
                ImplItemDef::Fn(f) => {
                    render_attrs(&f.attrs, true, &mut out);
                    out.push_str("    ");
                    let ctx = Ctx {
                        side: Side::Impl,
                        def: &plain,
                        local: f.f.generic,
                    };
                    let mut head = String::new();
                    render_fn(&f.f, "", &ctx, &mut head);
                    out.push_str(f.vis);
                    if f.constness && !f.f.asyncness {
                        out.push_str("const ");
                    }
                    out.push_str(&head);
                    let _ = write!(out, " {}", f.body);
                }
                ImplItemDef::Const { vis, name, ty } => {
                    let (ty, value) = CONST_TYPES[*ty];
                    let _ = write!(out, "    {vis}const {name}: {ty} = {value};");
                }
            }
            out.push('\n');
        }
        out.push('}');
        out
    }

    /// The names of the block's methods and consts, in order.
    pub(crate) fn item_names(&self) -> Vec<&str> {
        self.items
            .iter()
            .map(|item| match item {
                ImplItemDef::Fn(f) => f.f.name.as_str(),
                ImplItemDef::Const { name, .. } => name.as_str(),
            })
            .collect()
    }
}

const PROTOCOL_PATHS: &[&str] = &[
    "EatsBread",
    "io::Named",
    "crate::shapes::Shape",
    "super::Len",
    "self::Swims",
    "::animals::Pet",
    "Source<u32>",
    "Container<Item = Book>",
    "Parser<'static>",
    "Sized2<{ 3 }>",
    "a::b::Source<Vec<u8>, Item = (u8, char)>",
    "r#Len",
];
const CRATE_PATHS: &[&str] = &["::my::protocol", "crate::reexport", "protocol"];

/// `#[conforms(...)]` arguments: the protocols, and where `crate = path` goes if it is there.
#[derive(Clone, Debug)]
pub(crate) struct ConformsArgsDef {
    pub(crate) protocols: Vec<&'static str>,
    pub(crate) krate: Option<(usize, &'static str)>,
    trailing_comma: bool,
}

pub(crate) fn conforms_args_def() -> impl Strategy<Value = ConformsArgsDef> {
    (
        prop::sample::subsequence(PROTOCOL_PATHS, 1..4),
        prop::option::of((0..4usize, select(CRATE_PATHS))),
        any::<bool>(),
    )
        .prop_map(|(protocols, krate, trailing_comma)| ConformsArgsDef {
            protocols,
            krate,
            trailing_comma,
        })
}

impl ConformsArgsDef {
    pub(crate) fn render(&self) -> String {
        let mut parts: Vec<String> = self.protocols.iter().map(|p| (*p).to_owned()).collect();
        if let Some((at, path)) = self.krate {
            parts.insert(at.min(parts.len()), format!("crate = {path}"));
        }
        let mut out = format!("\n  {}", parts.join(", "));
        if self.trailing_comma {
            out.push(',');
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// `assert_conforms!` and `members!`
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// Types that conform through their inherent methods (`#[conforms]` on a type, `conform!`)
// ---------------------------------------------------------------------------------------

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
    has_field: Vec<bool>,
    generic: bool,
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
