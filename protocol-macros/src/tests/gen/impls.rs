//! Inherent impl blocks and attribute arguments for `#[conforms]`.

use super::*;

#[derive(Clone, Debug)]
pub(crate) struct ImplFn {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) vis: &'static str,
    pub(crate) constness: bool,
    pub(crate) f: FnDef,
    pub(crate) body: &'static str,
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
    pub(crate) attrs: Vec<Attr>,
    pub(crate) generics: bool,
    pub(crate) self_ty: &'static str,
    pub(crate) items: Vec<ImplItemDef>,
}

pub(crate) const BODIES: &[&str] = &[
    "{ ::core::panic!() }",
    "{ let x = 1; x + 1 }",
    "{ match self { _ => {} } }",
    "{ macro_rules! m { ($x:tt) => { $x }; } m!(0) }",
    "{ async move { 0 }.await }",
    "{ unsafe { core::hint::unreachable_unchecked() } }",
];
pub(crate) const SELF_TYPES: &[&str] = &[
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
pub(crate) fn plain_trait() -> TraitDef {
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

pub(crate) const PROTOCOL_PATHS: &[&str] = &[
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
pub(crate) const CRATE_PATHS: &[&str] = &["::my::protocol", "crate::reexport", "protocol"];

/// `#[conforms(...)]` arguments: the protocols, and where `crate = path` goes if it is there.
#[derive(Clone, Debug)]
pub(crate) struct ConformsArgsDef {
    pub(crate) protocols: Vec<&'static str>,
    pub(crate) krate: Option<(usize, &'static str)>,
    pub(crate) trailing_comma: bool,
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
