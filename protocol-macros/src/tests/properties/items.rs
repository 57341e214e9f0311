//! Properties 1 and 2: a valid trait through `#[protocol]`, a valid block through `#[conforms]`.

use super::*;

proptest! {
    #![proptest_config(config(192))]

    /// Property 1: `#[protocol]` on a valid trait.
    #[test]
    fn valid_traits_come_out_unchanged_with_their_carrier(def in gen::trait_def(ALL_TRAITS)) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let item: syn::ItemTrait = syn::parse2(input.tokens.clone())
            .map_err(|e| fail(format!("the generator made an invalid trait ({e}): {text}")))?;
        let args = Source::empty();
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&input])?;
        let output = &expansion.output;
        prop_assert!(
            expansion.errors.is_empty(),
            "errors on a valid trait: {:?}\n{}\n{}",
            expansion.errors.iter().map(|e| &e.message).collect::<Vec<_>>(), text, output
        );
        let file = parse_file(output)?;

        // The trait, unchanged, once, with the diagnostic attribute.
        let traits: Vec<&syn::ItemTrait> = file.items.iter().filter_map(|i| match i {
            syn::Item::Trait(t) => Some(t),
            _ => None,
        }).collect();
        prop_assert_eq!(traits.len(), 1, "{}", output);
        let emitted = syn::Item::Trait(traits[0].clone());
        prop_assert_eq!(normalized(&emitted), normalized(&syn::Item::Trait(item.clone())));
        prop_assert!(
            traits[0].attrs.iter().any(|a| a.path().segments.iter().map(|s| s.ident.to_string())
                .eq(["diagnostic", "on_unimplemented"])),
            "no #[diagnostic::on_unimplemented]: {}", output
        );
        // Its tokens appear as they were written: every token of the user's trait but the
        // `#[field]` markers, in order.
        let wanted: Vec<String> = flat_texts(&strip_field_markers(&input.tokens));
        let found: Vec<String> = flat_texts(output);
        prop_assert!(is_subsequence(&wanted, &found), "the trait's tokens are not all in the output: {}", output);

        // The carrier: one hidden `macro_rules!`, exported only for a `pub` trait, reachable
        // as the trait's name, and carrying the trait without docs and bodies.
        let carriers = carrier(&file);
        prop_assert_eq!(carriers.len(), 1, "{}", output);
        let carrier = carriers[0];
        prop_assert!(has_attr(&carrier.attrs, "doc(hidden)"), "carrier not hidden: {}", output);
        prop_assert_eq!(
            has_attr(&carrier.attrs, "macro_export"),
            matches!(item.vis, syn::Visibility::Public(_)),
            "#[macro_export] on a carrier of visibility `{}`", def.vis
        );
        let carrier_name = carrier.ident.as_ref().map(ToString::to_string).unwrap_or_default();
        let reexport = file.items.iter().any(|i| match i {
            syn::Item::Use(u) => {
                has_attr(&u.attrs, "doc(hidden)")
                    && u.vis.to_token_stream().to_string() == item.vis.to_token_stream().to_string()
                    && matches!(&u.tree, syn::UseTree::Rename(r)
                        if r.ident == carrier_name && r.rename == item.ident)
            }
            _ => false,
        });
        prop_assert!(reexport, "no `{} use {} as {};`: {}", def.vis, carrier_name, def.name, output);
        let definition = after_tag(&carrier.mac.tokens, "protocol_def_v1")
            .ok_or_else(|| fail(format!("no definition in the carrier: {output}")))?;
        let definition: syn::ItemTrait = syn::parse2(definition)
            .map_err(|e| fail(format!("the carrier's definition does not parse ({e}): {output}")))?;
        prop_assert_eq!(&definition.ident, &item.ident);
        prop_assert!(definition.attrs.is_empty(), "attributes in the definition: {}", output);
        let names: Vec<String> = definition.items.iter().filter_map(trait_item_name).collect();
        prop_assert_eq!(names, def.member_names());
        for trait_item in &definition.items {
            if let syn::TraitItem::Fn(f) = trait_item {
                prop_assert!(f.default.as_ref().is_none_or(|b| b.stmts.is_empty()));
                prop_assert!(f.attrs.iter().all(|a| a.path().is_ident("cfg") || a.path().is_ident("field")));
            }
        }

        // The same input, the same output.
        let again = Entry::Protocol.run(TokenStream::new(), input.tokens.clone());
        prop_assert_eq!(again.to_string(), output.to_string());
    }

    /// `#[protocol]`'s forwarding impls, by the contract: without `forward(...)`, one for
    /// every pointer kind that every member allows (none for an `unsafe trait` or an
    /// intersection); with it, one for each kind asked for that every member allows, and an
    /// error naming each member that prevents a kind asked for.
    #[test]
    fn forwarding_impls_follow_the_contract(
        def in prop_oneof![gen::trait_def(ALL_TRAITS), gen::method_trait(ALL_TRAITS)],
        asked in prop::option::of(prop::sample::subsequence(POINTERS.to_vec(), 0..=5)),
    ) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail("does not lex"))?;
        let args_text = asked.as_ref().map_or_else(String::new, |kinds| format!("forward({})", kinds.join(", ")));
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        let context = || format!("\n#[protocol({args_text})]{text}\noutput: {output}");
        let found = forwarding_kinds(&parse_file(output)?, def.name);
        let allowed: Vec<&str> = POINTERS.iter().copied()
            .filter(|p| !def.items.iter().any(|item| def.prevents(item, p)))
            .collect();
        let messages: Vec<&str> = expansion.errors.iter().map(|e| e.message.as_str()).collect();
        match &asked {
            None => {
                let wanted = if def.unsafety || def.is_intersection() { Vec::new() } else { allowed };
                prop_assert!(messages.is_empty(), "{:?}: {}", messages, context());
                prop_assert_eq!(found, wanted, "{}", context());
            }
            // An intersection's blanket impl covers pointers already: asking for forwarding
            // impls is an error for each kind, and none is generated (they would conflict).
            Some(kinds) if def.is_intersection() => {
                prop_assert!(found.is_empty(), "{}", context());
                prop_assert_eq!(messages.len(), kinds.len(), "{}", context());
                for message in &messages {
                    prop_assert!(message.contains("is an intersection"), "unexpected error {}: {}", message, context());
                }
            }
            Some(kinds) => {
                let wanted: Vec<&str> = kinds.iter().copied().filter(|k| allowed.contains(k)).collect();
                prop_assert_eq!(found, wanted, "{}", context());
                for kind in kinds {
                    let option = format!("`forward({kind})`");
                    for item in def.items.iter().filter(|item| def.prevents(item, kind)) {
                        let marks = item.signature_marks();
                        prop_assert!(
                            messages.iter().any(|m| m.contains(option.as_str()) && marks.iter().any(|mark| m.contains(mark.as_str()))),
                            "no error for `{}` under {}: {:?} {}", item.name(), option, messages, context()
                        );
                    }
                }
                for message in &messages {
                    prop_assert!(message.contains("`forward("), "unexpected error {}: {}", message, context());
                }
            }
        }
    }

    /// `runtime_checkable`: on a trait that can be a `dyn`, the `RuntimeCheckable` impl for
    /// `dyn Trait` and the carrier's marker, and no error; otherwise an error naming each
    /// member that prevents it (or the `Sized` supertrait), and neither impl nor marker.
    #[test]
    fn runtime_checkable_needs_a_dyn_compatible_trait(
        def in prop_oneof![gen::trait_def(ALL_TRAITS), gen::method_trait(ALL_TRAITS)],
    ) {
        let text = def.render();
        let input = Source::parse(&text).ok_or_else(|| fail("does not lex"))?;
        let args = Source::parse("runtime_checkable, forward()").ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Protocol, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        let context = || format!("\n#[protocol(runtime_checkable, forward())]{text}\noutput: {output}");
        let file = parse_file(output)?;
        let checkable_impls = file.items.iter().filter(|i| matches!(i,
            syn::Item::Impl(imp) if imp.trait_.as_ref().is_some_and(|(p, _)| p.segments.last().is_some_and(|s| s.ident == "RuntimeCheckable"))
                && matches!(&*imp.self_ty, syn::Type::TraitObject(o) if o.dyn_token.is_some())
        )).count();
        let marked = carrier(&file).iter().any(|c| {
            after_tag(&c.mac.tokens, "protocol_def_v1").is_some_and(|d| d.to_string().starts_with("# [runtime_checkable]"))
        });
        let blocking: Vec<&ItemDef> = def.items.iter().filter(|i| gen::TraitDef::blocks_dyn(i)).collect();
        let messages: Vec<&str> = expansion.errors.iter().map(|e| e.message.as_str()).collect();
        if blocking.is_empty() && !def.requires_sized() {
            prop_assert!(messages.is_empty(), "{:?}: {}", messages, context());
            prop_assert_eq!(checkable_impls, 1, "{}", context());
            prop_assert!(marked, "the carrier does not say `runtime_checkable`: {}", context());
        } else {
            prop_assert_eq!(checkable_impls, 0, "{}", context());
            prop_assert!(!marked, "{}", context());
            prop_assert_eq!(messages.len(), blocking.len() + usize::from(def.requires_sized()), "{:?}: {}", messages, context());
            for message in &messages {
                prop_assert!(message.contains("cannot be `runtime_checkable`"), "unexpected error {}: {}", message, context());
            }
            for item in &blocking {
                let marks = item.signature_marks();
                prop_assert!(
                    messages.iter().any(|m| marks.iter().any(|mark| m.contains(mark.as_str()))),
                    "no error names `{}`: {:?} {}", item.name(), messages, context()
                );
            }
        }
    }

    /// Property 2: `#[conforms(paths…)]` on a valid inherent impl block.
    #[test]
    fn valid_impl_blocks_come_out_unchanged_with_one_request_per_protocol(
        imp in gen::impl_def(),
        args_def in gen::conforms_args_def(),
    ) {
        let text = imp.render();
        let input = Source::parse(&text).ok_or_else(|| fail(format!("does not lex: {text}")))?;
        let item: syn::ItemImpl = syn::parse2(input.tokens.clone())
            .map_err(|e| fail(format!("the generator made an invalid impl ({e}): {text}")))?;
        let args_text = args_def.render();
        let args = Source::parse(&args_text).ok_or_else(|| fail(format!("does not lex: {args_text}")))?;
        let expansion = expand_checked(Entry::Conforms, &args.tokens, &input.tokens, &[&args, &input])?;
        let output = &expansion.output;
        prop_assert!(
            expansion.errors.is_empty(),
            "errors on a valid block: {:?}\nargs: {}\n{}\n{}",
            expansion.errors.iter().map(|e| &e.message).collect::<Vec<_>>(), args_text, text, output
        );
        let file = parse_file(output)?;
        prop_assert_eq!(file.items.len(), 1 + args_def.protocols.len(), "{}", output);
        // The block first, unchanged: every method still there, as written.
        prop_assert_eq!(normalized(&file.items[0]), normalized(&syn::Item::Impl(item.clone())));
        prop_assert_eq!(impl_item_names(&item), imp.item_names());

        let cfgs: Vec<String> = item.attrs.iter().filter(|a| a.path().is_ident("cfg"))
            .map(|a| a.to_token_stream().to_string()).collect();
        let krate = text_texts(args_def.krate.map_or("::protocol", |(_, k)| k));
        for (request, protocol) in file.items[1..].iter().zip(&args_def.protocols) {
            let syn::Item::Macro(request) = request else {
                return Err(fail(format!("not a carrier request: {}", request.to_token_stream())));
            };
            let written: syn::Path = syn::parse_str(protocol).map_err(|e| fail(e.to_string()))?;
            // Addressed to the carrier: the protocol's path without its arguments.
            prop_assert_eq!(texts(&request.mac.path), without_arguments(&written));
            let attrs: Vec<String> = request.attrs.iter().map(|a| a.to_token_stream().to_string()).collect();
            prop_assert_eq!(&attrs, &cfgs, "a request's #[cfg]s are not the block's");
            let parsed = parse_request(&request.mac.tokens)
                .map_err(|e| fail(format!("malformed request ({e}): {}", request.mac.tokens)))?;
            prop_assert!(parsed.callback.to_string().ends_with(":: __private :: __conforms_callback"),
                "callback `{}`", parsed.callback);
            prop_assert_eq!(texts(&parsed.krate), krate.clone());
            prop_assert_eq!(texts(&parsed.path), texts(&written));
            // The skeleton: the same block, every method and const, no bodies.
            prop_assert_eq!(texts(&parsed.skeleton.self_ty), texts(&item.self_ty));
            prop_assert_eq!(impl_item_names(&parsed.skeleton), imp.item_names());
            for block_item in &parsed.skeleton.items {
                if let syn::ImplItem::Fn(f) = block_item {
                    prop_assert!(f.block.stmts.is_empty(), "a body in the request: {}", request.mac.tokens);
                }
            }
        }

        let again = Entry::Conforms.run(args.tokens.clone(), input.tokens.clone());
        prop_assert_eq!(again.to_string(), output.to_string());
    }
}
