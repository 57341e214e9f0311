//! A member as a capability (open conformance): which capability trait of `protocol-core`
//! carries it, under which key, with which argument tuple and return type, every lifetime
//! written out. The same shape serves both sides: a type publishing its method
//! (`#[methods]`) and a protocol requiring it (`Open<T>`, `#[protocol(open)]`), so the two
//! agree by construction.

use proc_macro2::Span;
use syn::visit_mut::{self, VisitMut};
use syn::{FnArg, GenericParam, Lifetime, ReturnType, Signature, Type};

/// The capability trait a member is published under.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    /// `&self`: `Ref<'s, KEY, A>`.
    Ref,
    /// `&mut self`: `Mut<'s, KEY, A>`.
    Mut,
    /// `self`: `Val<KEY, A>`.
    Val,
    /// No receiver: `Assoc<KEY, A>`.
    Assoc,
}

impl Kind {
    pub(crate) fn trait_name(self) -> &'static str {
        match self {
            Self::Ref => "Ref",
            Self::Mut => "Mut",
            Self::Val => "Val",
            Self::Assoc => "Assoc",
        }
    }

    /// Whether the trait takes the borrow's lifetime `'s` as its first parameter.
    pub(crate) fn borrows(self) -> bool {
        matches!(self, Self::Ref | Self::Mut)
    }
}

/// A function member as a capability.
pub(crate) struct Shape {
    pub(crate) kind: Kind,
    pub(crate) key: u128,
    /// The argument types, every lifetime named.
    pub(crate) args: Vec<Type>,
    /// The return type (`()` for none); an elided lifetime is `'s` (borrowing receivers) or
    /// the one input lifetime.
    pub(crate) out: Type,
    /// The return type as written (lifetimes renamed, none filled in), and the lifetime an
    /// elided one stands for: `fn(&'l ()) -> R` elides as the method did, for a type whose
    /// path may hide a lifetime parameter (`Iter<u8>`), which `out` cannot name.
    pub(crate) written_out: Type,
    pub(crate) out_lifetime: Option<Lifetime>,
    /// Lifetimes besides `'s` that `args` and `out` name: the elided ones made explicit and
    /// the function's own.
    pub(crate) lifetimes: Vec<Lifetime>,
}

/// The key of a member named `name` (its name without `r#`): FNV-1a, 128 bits, the same
/// number `protocol-core`'s `cap::key` computes.
pub(crate) fn key(name: &str) -> u128 {
    name.bytes().fold(
        0x6c62_272e_07bb_0142_62b8_2175_6295_c58d_u128,
        |hash, byte| {
            (hash ^ u128::from(byte)).wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b)
        },
    )
}

/// The lifetime a borrowing receiver lends for: the `'s` of `Ref<'s, …>`.
pub(crate) fn self_lifetime() -> Lifetime {
    Lifetime::new("'__protocol_s", Span::call_site())
}

/// Why `sig` cannot be a capability, if it cannot.
pub(crate) fn obstacle(sig: &Signature) -> Option<&'static str> {
    use crate::model::signature::{has_impl_trait_arg, returns_impl_trait};
    let generic = sig
        .generics
        .params
        .iter()
        .any(|p| !matches!(p, GenericParam::Lifetime(_)));
    let bounded_lifetime = sig.generics.lifetimes().any(|l| !l.bounds.is_empty());
    let typed_receiver = sig.receiver().is_some_and(|r| {
        crate::model::receiver::view(r).typed.is_some() && receiver_kind(r).is_none()
    });
    if generic || has_impl_trait_arg(sig) {
        Some("a generic method cannot be published (a type publishes one function per name)")
    } else if sig.asyncness.is_some() {
        Some("an `async fn` cannot be published: its future's type has no name")
    } else if returns_impl_trait(sig) {
        Some("a method returning `impl Trait` cannot be published: that type has no name")
    } else if crate::model::receiver::is_unsafe(sig) {
        Some("an `unsafe fn` cannot be published")
    } else if sig.variadic.is_some() || sig.abi.is_some() {
        Some("an `extern` function cannot be published")
    } else if typed_receiver {
        Some("only `&self`, `&mut self` and `self` receivers can be published")
    } else if bounded_lifetime {
        Some("a method whose lifetime parameters have bounds cannot be published")
    } else {
        None
    }
}

fn receiver_kind(receiver: &syn::Receiver) -> Option<Kind> {
    let view = crate::model::receiver::view(receiver);
    let Some(ty) = view.typed else {
        return Some(match (&view.reference, &view.mutability) {
            (Some(_), Some(_)) => Kind::Mut,
            (Some(_), None) => Kind::Ref,
            (None, _) => Kind::Val,
        });
    };
    let is_self =
        |ty: &Type| matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"));
    match ty {
        Type::Reference(r) if is_self(&r.elem) => Some(if r.mutability.is_some() {
            Kind::Mut
        } else {
            Kind::Ref
        }),
        ty if is_self(ty) => Some(Kind::Val),
        _ => None,
    }
}

/// The receiver's own lifetime, when it names one (`&'a self`, `self: &'a Self`).
fn receiver_lifetime(receiver: &syn::Receiver) -> Option<&Lifetime> {
    let view = crate::model::receiver::view(receiver);
    match (view.reference, view.typed) {
        (Some((_, lifetime)), _) => lifetime,
        (None, Some(Type::Reference(r))) => r.lifetime.as_ref(),
        _ => None,
    }
}

/// `sig` as a capability keyed by `name`, or why it cannot be one.
pub(crate) fn shape(sig: &Signature, name: &str) -> Result<Shape, &'static str> {
    if let Some(reason) = obstacle(sig) {
        return Err(reason);
    }
    let receiver = sig.receiver();
    let kind = match receiver {
        Some(r) => receiver_kind(r)
            .ok_or("only `&self`, `&mut self` and `self` receivers can be published")?,
        None => Kind::Assoc,
    };
    let s = self_lifetime();
    // `&'a self`: `'a` is the `'s` of the capability.
    let renamed = receiver
        .and_then(receiver_lifetime)
        .filter(|l| l.ident != "_")
        .cloned();
    let mut fresh = Fresh::default();
    let mut args = Vec::new();
    for input in &sig.inputs {
        if let FnArg::Typed(typed) = input {
            let mut ty = (*typed.ty).clone();
            fresh.visit_type_mut(&mut ty);
            args.push(ty);
        }
    }
    let mut out: Type = match &sig.output {
        ReturnType::Default => syn::parse_quote!(()),
        ReturnType::Type(_, ty) => (**ty).clone(),
    };
    // Elision: a borrowing receiver lends its lifetime; else the one input lifetime.
    let output_lifetime = if kind.borrows() {
        Some(s.clone())
    } else {
        let mut named = Named::default();
        for ty in &args {
            syn::visit::Visit::visit_type(&mut named, ty);
        }
        named.only()
    };
    let mut written_out = out.clone();
    if let Some(lifetime) = &output_lifetime {
        Fresh::fixed(lifetime.clone()).visit_type_mut(&mut out);
    }
    let mut lifetimes = fresh.made;
    lifetimes.extend(
        sig.generics
            .lifetimes()
            .map(|l| l.lifetime.clone())
            .filter(|l| Some(l) != renamed.as_ref()),
    );
    if let Some(from) = renamed {
        let mut rename = Rename { from, to: s };
        for ty in &mut args {
            rename.visit_type_mut(ty);
        }
        rename.visit_type_mut(&mut out);
        rename.visit_type_mut(&mut written_out);
    }
    Ok(Shape {
        kind,
        key: key(name),
        args,
        out,
        written_out,
        out_lifetime: output_lifetime,
        lifetimes,
    })
}

/// Std types with one lifetime parameter that signatures often leave hidden
/// (`&mut Formatter`, `-> Chars`): an impl's header and its bounds cannot hide it, so the
/// capability names it. (A type of the user's that hides a lifetime must write it: `Foo<'_>`.)
const HIDDEN_LIFETIME: &[&str] = &[
    "Arguments",
    "Bytes",
    "CharIndices",
    "Chars",
    "Chunks",
    "ChunksExact",
    "Components",
    "Context",
    "Cow",
    "Drain",
    "Entry",
    "Formatter",
    "IoSlice",
    "IoSliceMut",
    "Iter",
    "IterMut",
    "Keys",
    "Lines",
    "Location",
    "MutexGuard",
    "Ref",
    "RefMut",
    "RwLockReadGuard",
    "RwLockWriteGuard",
    "Split",
    "SplitWhitespace",
    "StderrLock",
    "StdinLock",
    "StdoutLock",
    "Values",
    "ValuesMut",
    "Windows",
];

/// Whether `segment` is one of [`HIDDEN_LIFETIME`] written without its lifetime.
fn hides_lifetime(segment: &syn::PathSegment) -> bool {
    let written = match &segment.arguments {
        syn::PathArguments::None => false,
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .any(|a| matches!(a, syn::GenericArgument::Lifetime(_))),
        syn::PathArguments::Parenthesized(_) => return false,
    };
    // One string per segment: comparing an `Ident` with a `&str` prints it each time.
    !written && HIDDEN_LIFETIME.contains(&segment.ident.to_string().as_str())
}

/// `Formatter` → `Formatter<'l>`, `Iter<u8>` → `Iter<'l, u8>`.
fn name_hidden_lifetime(segment: &mut syn::PathSegment, lifetime: Lifetime) {
    let argument = syn::GenericArgument::Lifetime(lifetime);
    match &mut segment.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.insert(0, argument),
        arguments => {
            *arguments = syn::PathArguments::AngleBracketed(syn::parse_quote!(<#argument>));
        }
    }
}

/// Names every elided lifetime: in argument types each with a fresh name
/// (`&str` → `&'__protocol_a0 str`), in a return type with the one it stands for.
#[derive(Default)]
struct Fresh {
    made: Vec<Lifetime>,
    /// The lifetime every elided one is, for a return type.
    fixed: Option<Lifetime>,
}

impl Fresh {
    fn fixed(lifetime: Lifetime) -> Fresh {
        Fresh {
            made: Vec::new(),
            fixed: Some(lifetime),
        }
    }

    fn next(&mut self) -> Lifetime {
        if let Some(fixed) = &self.fixed {
            return fixed.clone();
        }
        let lifetime = Lifetime::new(
            &format!("'__protocol_a{}", self.made.len()),
            Span::call_site(),
        );
        self.made.push(lifetime.clone());
        lifetime
    }
}

impl VisitMut for Fresh {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(self.next());
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }
    fn visit_path_segment_mut(&mut self, segment: &mut syn::PathSegment) {
        if hides_lifetime(segment) {
            let lifetime = self.next();
            name_hidden_lifetime(segment, lifetime);
        }
        visit_mut::visit_path_segment_mut(self, segment);
    }
    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.next();
        }
    }
    // `fn(&str)` and `dyn Fn(&str)` bind their own lifetimes.
    fn visit_type_fn_ptr_mut(&mut self, _: &mut syn::TypeFnPtr) {}
    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// The lifetimes argument types name (after [`Fresh`]): elision picks the only one.
#[derive(Default)]
struct Named {
    seen: Vec<Lifetime>,
}

impl Named {
    fn only(self) -> Option<Lifetime> {
        match self.seen.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }
}

impl<'ast> syn::visit::Visit<'ast> for Named {
    fn visit_lifetime(&mut self, lifetime: &'ast Lifetime) {
        if !self.seen.contains(lifetime) {
            self.seen.push(lifetime.clone());
        }
    }
    fn visit_type_fn_ptr(&mut self, _: &'ast syn::TypeFnPtr) {}
    fn visit_parenthesized_generic_arguments(
        &mut self,
        _: &'ast syn::ParenthesizedGenericArguments,
    ) {
    }
}

/// Renames one lifetime.
struct Rename {
    from: Lifetime,
    to: Lifetime,
}

impl VisitMut for Rename {
    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == self.from.ident {
            *lifetime = self.to.clone();
        }
    }
}

/// Whether every lifetime of `ty` is visible in its tokens: no path that could hide one
/// (`Iter<u8>` for `Iter<'_, u8>`, `Chars`). References, slices, arrays, tuples, raw
/// pointers, `dyn` and `fn` types are checked inside; a path is known only if each of its
/// segments is a primitive, a std type without lifetime parameters, `Self`, or a name
/// `known` accepts (the impl's own parameters), with known arguments.
pub(crate) fn is_plain(ty: &Type, known: &dyn Fn(&str) -> bool) -> bool {
    const STD: &[&str] = &[
        "bool",
        "char",
        "str",
        "u8",
        "u16",
        "u32",
        "u64",
        "u128",
        "usize",
        "i8",
        "i16",
        "i32",
        "i64",
        "i128",
        "isize",
        "f32",
        "f64",
        "String",
        "Vec",
        "Option",
        "Result",
        "Box",
        "Rc",
        "Arc",
        "HashMap",
        "HashSet",
        "BTreeMap",
        "BTreeSet",
        "VecDeque",
        "BinaryHeap",
        "LinkedList",
        "PathBuf",
        "OsString",
        "CString",
        "Duration",
        "Instant",
        "SystemTime",
        "PhantomData",
        "Self",
        "core",
        "std",
        "alloc",
        "option",
        "result",
        "string",
        "vec",
        "boxed",
        "rc",
        "sync",
        "collections",
        "marker",
        "time",
        "path",
        "ffi",
        "primitive",
    ];
    match ty {
        Type::Reference(r) => is_plain(&r.elem, known),
        Type::Slice(s) => is_plain(&s.elem, known),
        Type::Array(a) => is_plain(&a.elem, known),
        Type::Ptr(p) => is_plain(&p.elem, known),
        Type::Paren(p) => is_plain(&p.elem, known),
        Type::Group(g) => is_plain(&g.elem, known),
        Type::Tuple(t) => t.elems.iter().all(|e| is_plain(e, known)),
        Type::Never(_) => true,
        Type::Path(p) => {
            // `Self::Item`, `T::Output`, `<T as Tr>::Out`: an associated type of a known type.
            let projection = p.qself.is_some()
                || (p.path.segments.len() > 1
                    && p.path.segments.first().is_some_and(|head| {
                        let head = head.ident.to_string();
                        head == "Self" || known(&head)
                    }));
            p.qself.as_ref().is_none_or(|q| is_plain(&q.ty, known))
                && p.path.segments.iter().enumerate().all(|(index, segment)| {
                    let name = segment.ident.to_string();
                    let name_known =
                        (projection && index > 0) || STD.contains(&name.as_str()) || known(&name);
                    name_known
                        && match &segment.arguments {
                            syn::PathArguments::None => true,
                            syn::PathArguments::AngleBracketed(args) => {
                                args.args.iter().all(|arg| match arg {
                                    syn::GenericArgument::Type(t) => is_plain(t, known),
                                    syn::GenericArgument::AssocType(a) => is_plain(&a.ty, known),
                                    syn::GenericArgument::Lifetime(l) => l.ident != "_",
                                    _ => true,
                                })
                            }
                            syn::PathArguments::Parenthesized(_) => false,
                        }
                })
        }
        _ => false,
    }
}
