//! Rendering a generated trait to source text.

use super::*;

impl TraitDef {
    /// Gives every item a distinct name: the base name, with a number when it is taken.
    pub(crate) fn name_items(&mut self, raw_names: bool) {
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
    pub(crate) fn assoc_names(&self) -> Vec<&str> {
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
    pub(crate) fn render_params(&self, declare: bool) -> String {
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

    pub(crate) fn render_where(&self) -> String {
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
pub(crate) fn render_fn(f: &FnDef, vis: &str, ctx: &Ctx<'_>, out: &mut String) {
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

pub(crate) fn render_field(f: &FieldDef, ctx: &Ctx<'_>, out: &mut String) {
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
