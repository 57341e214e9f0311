//! An inherent impl block parsed without its method bodies.
//!
//! `#[conforms]` needs the block's signatures, never its bodies, and re-emits the user's
//! tokens as they came. Parsing every statement of every body with syn is most of the
//! macro's own run time on real code (and it runs unoptimised in a dev build), so a method's
//! body is taken as one token tree and left empty in the result; rustc parses it anyway
//! when it compiles the re-emitted block, and reports its syntax errors itself.

use syn::parse::{ParseStream, Parser};
use syn::{
    braced, Attribute, Block, Generics, ImplItem, ImplItemFn, ItemImpl, Signature, Token, Type,
    Visibility,
};

/// `input` as an inherent impl block whose methods have empty bodies, or `None` when it is
/// not one (a trait impl, another item, or invalid input): the caller then parses it fully.
pub(crate) fn parse(input: proc_macro2::TokenStream) -> Option<ItemImpl> {
    Parser::parse2(inherent_impl, input).ok()
}

fn inherent_impl(input: ParseStream) -> syn::Result<ItemImpl> {
    let attrs = input.call(Attribute::parse_outer)?;
    let defaultness: Option<Token![default]> = input.parse()?;
    let unsafety: Option<Token![unsafe]> = input.parse()?;
    let impl_token: Token![impl] = input.parse()?;
    let mut generics: Generics = if input.peek(Token![<]) && !input.peek2(Token![>]) {
        input.parse()?
    } else {
        Generics::default()
    };
    let self_ty: Type = input.parse()?;
    if input.peek(Token![for]) {
        return Err(input.error("a trait impl"));
    }
    generics.where_clause = input.parse()?;
    let content;
    let brace_token = braced!(content in input);
    let inner = content.call(Attribute::parse_inner)?;
    let mut items = Vec::new();
    while !content.is_empty() {
        items.push(impl_item(&content)?);
    }
    let mut attrs = attrs;
    attrs.extend(inner);
    let mut modifiers = syn::ImplModifiers::default();
    modifiers.defaultness = defaultness;
    Ok(ItemImpl {
        attrs,
        modifiers,
        unsafety,
        impl_token,
        generics,
        trait_: None,
        self_ty: Box::new(self_ty),
        brace_token,
        items,
    })
}

/// A method with its body skipped, or any other item parsed by syn.
fn impl_item(input: ParseStream) -> syn::Result<ImplItem> {
    let ahead = input.fork();
    if let Ok(method) = method_without_body(&ahead) {
        use syn::parse::discouraged::Speculative;
        input.advance_to(&ahead);
        return Ok(ImplItem::Fn(method));
    }
    input.parse()
}

fn method_without_body(input: ParseStream) -> syn::Result<ImplItemFn> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    let defaultness: Option<Token![default]> = input.parse()?;
    let sig: Signature = input.parse()?;
    let body;
    let brace_token = braced!(body in input);
    // Inner attributes of the body (`#![allow(…)]`) are the body's business. Stepped over
    // without collecting its tokens into a stream.
    body.step(|cursor| {
        let mut rest = *cursor;
        while let Some((_, next)) = rest.token_tree() {
            rest = next;
        }
        Ok(((), rest))
    })?;
    let mut modifiers = syn::FnModifiers::default();
    modifiers.defaultness = defaultness;
    Ok(ImplItemFn {
        attrs,
        vis,
        modifiers,
        sig,
        block: Block {
            brace_token,
            stmts: Vec::new(),
        },
    })
}
