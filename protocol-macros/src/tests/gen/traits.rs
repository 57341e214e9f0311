//! Traits: generics, names, supertraits, and the members they hold.

use super::*;

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
    pub(crate) lifetime_bound: bool,
    pub(crate) params: Vec<ParamDef>,
    pub(crate) where_preds: Vec<WherePred>,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum WherePred {
    /// `T: Default`
    ParamDefault,
    /// `T: 'a`
    ParamOutlives,
    /// `Self: Sized`
    SelfSized,
    /// `Self: 'static`
    SelfStatic,
}

pub(crate) const PARAM_BOUNDS: &[&str] = &[
    "Clone",
    "Default",
    "Send + Sync",
    "'static",
    "::core::fmt::Debug",
    "?Sized",
    "'a",
];

pub(crate) fn generics_def() -> impl Strategy<Value = GenericsDef> {
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
    pub(crate) supertraits: Vec<&'static str>,
    pub(crate) items: Vec<ItemDef>,
}

pub(crate) const TRAIT_NAMES: &[&str] = &[
    "EatsBread",
    "Swims",
    "Named",
    "Source",
    "Container",
    "Shape",
    "Speaks",
];
pub(crate) const SUPERTRAITS: &[&str] = &[
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
