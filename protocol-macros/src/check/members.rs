//! Which members an impl block supplies, which it misses, and the missing-member and
//! "similar name" messages.

use crate::check::similar::is_similar;
use crate::check::subst::Subst;
use crate::errors::Errors;
use crate::model::render::render;
use crate::model::{Field, Member, MemberKind, Protocol};
use crate::wire::marked;
use syn::{ImplItem, ImplItemConst, ImplItemFn, ItemImpl, Path};

/// What the block wrote for a member.
pub(crate) enum Supplied<'a> {
    Fn(&'a ImplItemFn),
    Const(&'a ImplItemConst),
    /// A required `#[field]` member the block does not define: the field of that name.
    Field(&'a Field),
}

/// The members of one protocol matched against one impl block.
pub(crate) struct Plan<'a> {
    pub(crate) supplied: Vec<(&'a Member, Supplied<'a>)>,
    pub(crate) missing: Vec<&'a Member>,
}

pub(crate) fn plan<'a>(protocol: &'a Protocol, imp: &'a ItemImpl, errors: &mut Errors) -> Plan<'a> {
    let mut plan = Plan {
        supplied: Vec::new(),
        missing: Vec::new(),
    };
    for member in &protocol.members {
        if member.kind == MemberKind::Type {
            continue;
        }
        let found = imp.items.iter().find_map(|item| match item {
            ImplItem::Fn(f) if f.sig.ident == member.ident => Some(Supplied::Fn(f)),
            ImplItem::Const(c) if c.ident == member.ident => Some(Supplied::Const(c)),
            _ => None,
        });
        match (found, member.kind) {
            (Some(Supplied::Fn(f)), MemberKind::Const) => {
                wrong_kind(protocol, member, &f.sig.ident, "a function", errors);
            }
            (Some(Supplied::Const(c)), kind) if kind != MemberKind::Const => {
                wrong_kind(protocol, member, &c.ident, "a const", errors);
            }
            (Some(supplied), _) => plan.supplied.push((member, supplied)),
            (None, _) if member.required => match &member.field {
                Some(field) => plan.supplied.push((member, Supplied::Field(field))),
                None => plan.missing.push(member),
            },
            (None, _) => {}
        }
    }
    plan
}

fn wrong_kind(
    protocol: &Protocol,
    member: &Member,
    found: &syn::Ident,
    what: &str,
    errors: &mut Errors,
) {
    errors.spanned(
        found,
        format_args!(
            "protocol `{}` declares `{}` as {} {} (`{}`), but this block defines it as {what}",
            protocol.ident,
            member.ident,
            member.kind_article(),
            member.kind_word(),
            member.signature()
        ),
    );
}

/// A warning at each method of the block whose name is close to an optional member's that
/// the block does not write (`thnaks` for `thanks`): the default would run silently. Not
/// when the method is marked `#[protocol::inherent]`, nor when the attribute names several
/// protocols (another's member is no near miss).
pub(crate) fn near_misses(
    plan: &Plan<'_>,
    protocol: &Protocol,
    imp: &ItemImpl,
    subst: &Subst,
) -> proc_macro2::TokenStream {
    if marked(&imp.attrs, crate::wire::SEVERAL) {
        return proc_macro2::TokenStream::new();
    }
    let name = &protocol.ident;
    let mut out = proc_macro2::TokenStream::new();
    for item in &imp.items {
        let ImplItem::Fn(f) = item else { continue };
        let ident = &f.sig.ident;
        if protocol.member(&ident.to_string()).is_some() || marked(&f.attrs, crate::wire::INHERENT)
        {
            continue;
        }
        let supplied = |m: &Member| plan.supplied.iter().any(|(s, _)| s.ident == m.ident);
        let near = protocol.members.iter().find(|m| {
            !m.required
                && matches!(m.kind, MemberKind::Method(_) | MemberKind::AssociatedFn)
                && !supplied(m)
                && is_similar(&ident.to_string(), &m.ident.to_string())
        });
        if let Some(member) = near {
            let signature = member.signature_with(|sig| subst.signature(sig));
            let message = format!(
                "`{ident}` is similar to `{}`, an optional member of protocol `{name}` \
                 (`{signature}`), which keeps its default: rename the method, or mark it \
                 `#[protocol::inherent]` if it is an ordinary one",
                member.ident
            );
            let cfgs = &member.cfgs;
            let warning = crate::errors::warning(ident.span(), "near_miss", &message);
            out.extend(quote::quote!(#(#cfgs)* #warning));
        }
    }
    out
}

/// One error for the missing members, at the protocol's path in the attribute, listing
/// every one with the signature to write (a member under `#[cfg]` has an error of its own,
/// under the same `#[cfg]`); one more at each block item whose name is a near miss, when
/// the attribute names this protocol only (another's member is no near miss).
pub(crate) fn report_missing(
    plan: &Plan<'_>,
    protocol: &Protocol,
    path: &Path,
    imp: &ItemImpl,
    subst: &Subst,
    errors: &mut Errors,
) {
    let self_ty = render(&imp.self_ty);
    let name = &protocol.ident;
    let listed = |members: &[&&Member]| {
        let signatures: Vec<String> = members
            .iter()
            .map(|m| format!("`{}`", m.signature_with(|sig| subst.signature(sig))))
            .collect();
        match signatures.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    };
    let (gated, ungated): (Vec<&&Member>, Vec<&&Member>) =
        plan.missing.iter().partition(|m| !m.cfgs.is_empty());
    if !ungated.is_empty() {
        let message = format!(
            "`{self_ty}` does not conform to protocol `{name}`: missing {}",
            listed(&ungated)
        );
        errors.push(syn::Error::new_spanned(path, message));
    }
    for member in gated {
        let message = format!(
            "`{self_ty}` does not conform to protocol `{name}`: missing {}",
            listed(&[member])
        );
        errors.gated(&member.cfgs, syn::Error::new_spanned(path, message));
    }
    let several = marked(&imp.attrs, crate::wire::SEVERAL);
    for item in imp.items.iter().filter(|_| !several) {
        let ident = match item {
            ImplItem::Fn(f) => &f.sig.ident,
            ImplItem::Const(c) => &c.ident,
            _ => continue,
        };
        if protocol.member(&ident.to_string()).is_some() {
            continue;
        }
        let near = plan
            .missing
            .iter()
            .find(|m| is_similar(&ident.to_string(), &m.ident.to_string()));
        if let Some(member) = near {
            let signature = member.signature_with(|sig| subst.signature(sig));
            let message = format!(
                "`{ident}` is similar to `{}`: did you mean the member `{signature}` of protocol `{name}`?",
                member.ident
            );
            errors.gated(&member.cfgs, syn::Error::new_spanned(ident, message));
        }
    }
}
