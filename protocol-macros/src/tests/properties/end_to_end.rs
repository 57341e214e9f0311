//! Property 3: end to end, from a trait and a block through the carrier and a callback.

use super::*;

proptest! {
    #![proptest_config(config(160))]

    /// Property 3: end to end, from a trait and a block that writes all, some or
    /// misspelled members to the callback's output.
    #[test]
    fn the_callback_reports_each_missing_member(conf in gen::conformance_def()) {
        let def = &conf.def;
        let member_names = def.member_names();
        for index in 0..def.items.len() {
            if let (Supply::Misspell(_), Some(typo)) = (conf.supply[index], conf.written_name(index)) {
                prop_assume!(syn::parse_str::<syn::Ident>(&typo).is_ok());
                prop_assume!(!member_names.contains(&typo.as_str()));
            }
        }

        // `#[protocol]`, and the definition its carrier hands on.
        let trait_text = def.render();
        let trait_source = Source::parse(&trait_text).ok_or_else(|| fail("does not lex"))?;
        let definition = carrier_definition(&trait_source)?;

        // `#[conforms(P<…>)]`, and the request it makes.
        let args_text = conf.path();
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let impl_text = conf.render_impl();
        let block = Source::parse(&impl_text).ok_or_else(|| fail("does not lex"))?;
        let conforms = expand_checked(Entry::Conforms, &args.tokens, &block.tokens, &[&args, &block])?;
        prop_assert!(conforms.errors.is_empty(), "errors from #[conforms({})] {}", args_text, impl_text);
        let request = parse_file(&conforms.output)?
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Macro(m) => Some(m.mac.tokens.clone()),
                _ => None,
            })
            .ok_or_else(|| fail(format!("no request: {}", conforms.output)))?;
        let payload = parse_request(&request).map_err(|e| fail(e.to_string()))?.payload;

        // What the carrier's `macro_rules!` does: `callback! { { payload } { @protocol_def_v1 def } }`.
        let callback_input = quote!({ #payload } { @protocol_def_v1 #definition });
        let callback = expand_checked(Entry::Callback, &TokenStream::new(), &callback_input, &[&args, &block])?;
        let output = &callback.output;
        let file = parse_file(output)?;
        let context = || format!("\n#[conforms({args_text})]{impl_text}\n{trait_text}\noutput: {output}");

        // One "does not conform" error listing the missing members (and one of its own for
        // each member under `#[cfg]`), each member named by exactly one.
        let missing: Vec<&ItemDef> = def.items.iter().enumerate()
            .filter(|(i, item)| item.required() && !matches!(item, ItemDef::Field(_)) && conf.supply[*i] != Supply::Write)
            .map(|(_, item)| item)
            .collect();
        let gated = |item: &&ItemDef| item.attrs().iter().any(|a| matches!(a, gen::Attr::Cfg(_)));
        let expected = usize::from(missing.iter().any(|m| !gated(m))) + missing.iter().filter(|m| gated(m)).count();
        let not_conforming: Vec<&CompileError> = callback.errors.iter()
            .filter(|e| e.message.contains("does not conform to protocol"))
            .collect();
        prop_assert_eq!(not_conforming.len(), expected, "{}", context());
        for member in &missing {
            let marks = member.signature_marks();
            let naming = not_conforming.iter()
                .filter(|e| marks.iter().any(|m| e.message.contains(m.as_str())))
                .count();
            prop_assert_eq!(naming, 1, "errors naming `{}`: {}", member.name(), context());
        }
        for error in &not_conforming {
            let protocol_name = format!("protocol `{}", def.name);
            let self_ty = format!("`{}`", conf.self_ty().replace(' ', ""));
            prop_assert!(error.message.contains(protocol_name.as_str()), "{}: {}", error.message, context());
            prop_assert!(error.message.replace(' ', "").contains(self_ty.as_str()), "{}: {}", error.message, context());
        }
        // One "is similar to" error at each misspelling of a missing member; no other errors.
        for (index, member) in def.items.iter().enumerate() {
            if let (Supply::Misspell(_), Some(typo)) = (conf.supply[index], conf.written_name(index)) {
                if missing.iter().any(|m| m.name() == member.name()) {
                    let similar = format!("`{typo}` is similar to");
                    prop_assert!(callback.errors.iter().any(|e| e.message.contains(similar.as_str())),
                        "no `{}` error: {}", similar, context());
                }
            }
        }
        // Inference may not find an argument no written member mentions; it never finds
        // two (the block writes the same argument wherever the trait has the parameter).
        let cannot_infer = callback.errors.iter().filter(|e| e.message.contains("cannot infer")).count();
        for error in &callback.errors {
            prop_assert!(
                error.message.contains("does not conform to protocol")
                    || error.message.contains("is similar to")
                    || (conf.infer && error.message.contains("cannot infer")),
                "unexpected error `{}`: {}", error.message, context()
            );
        }

        // The trait impl: every member the block writes, a stub for every one it misses,
        // every `#[field]` member, every associated type; named with the arguments the
        // attribute wrote.
        let impls = trait_impls(&file.items);
        if cannot_infer > 0 {
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        prop_assert_eq!(impls.len(), 1, "{}", context());
        let trait_impl = &impls[0];
        let (trait_path, _) = trait_impl.trait_.as_ref().expect("filtered above");
        if !conf.infer {
            prop_assert_eq!(texts(trait_path), text_texts(&def.trait_path()));
        }
        let mut found = impl_item_names(trait_impl);
        found.sort();
        let mut wanted: Vec<String> = def.items.iter().enumerate()
            .filter(|(i, item)| match item {
                ItemDef::Fn(_) | ItemDef::Const(_) => conf.supply[*i] == Supply::Write || item.required(),
                ItemDef::Field(_) | ItemDef::Type(_) => true,
            })
            .map(|(_, item)| item.name().to_owned())
            .collect();
        wanted.sort();
        prop_assert_eq!(found, wanted, "{}", context());

        // `members!` through the same carrier: every member, in order.
        let path = &args.tokens;
        let members_input = quote!({ { ::protocol } { #path } } { @protocol_def_v1 #definition });
        let members = expand_checked(Entry::MembersCallback, &TokenStream::new(), &members_input, &[&args])?;
        prop_assert!(members.errors.is_empty(), "members! errors: {}", members.output);
        syn::parse2::<syn::Expr>(members.output.clone())
            .map_err(|e| fail(format!("members! output is not an expression ({e}): {}", members.output)))?;
        // A raw name may be listed as written (`r#match`) or as the name (`match`).
        let unraw = |names: Vec<String>| -> Vec<String> {
            names.iter().map(|n| n.trim_start_matches("r#").to_owned()).collect()
        };
        prop_assert_eq!(
            unraw(member_entries(&members.output)),
            unraw(member_names.iter().map(|n| (*n).to_owned()).collect()),
            "{}", members.output
        );
    }

    /// Struct-level `#[conforms(P<…>)]`, end to end: the type comes out unchanged with one
    /// adapter request; the adapter callback reports every member an inherent method cannot
    /// stand for (a required const, a generic or `async` method), or else implements the
    /// trait with every required method and every `#[field]` member, read from the field
    /// when the struct has one.
    #[test]
    fn type_definitions_conform_through_inherent_methods(adapter in gen::adapter_def()) {
        let def = &adapter.def;
        let trait_source = Source::parse(&def.render()).ok_or_else(|| fail("does not lex"))?;
        let definition = carrier_definition(&trait_source)?;
        let args_text = def.conforms_path();
        let args = Source::parse(&args_text).ok_or_else(|| fail("does not lex"))?;
        let type_text = adapter.render_type();
        let ty = Source::parse(&type_text).ok_or_else(|| fail("does not lex"))?;
        let conforms = expand_checked(Entry::Conforms, &args.tokens, &ty.tokens, &[&args, &ty])?;
        prop_assert!(conforms.errors.is_empty(), "errors from #[conforms({})] {}", args_text, type_text);
        let file = parse_file(&conforms.output)?;
        prop_assert_eq!(file.items.len(), 2, "{}", conforms.output);
        let item: syn::Item = syn::parse2(ty.tokens.clone()).map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(normalized(&file.items[0]), normalized(&item));
        let syn::Item::Macro(request) = &file.items[1] else {
            return Err(fail(format!("not a request: {}", conforms.output)));
        };
        let (callback, payload) = split_request(&request.mac.tokens)
            .ok_or_else(|| fail(format!("malformed request: {}", conforms.output)))?;
        prop_assert!(callback.to_string().ends_with(":: __private :: __adapter_callback"), "{}", callback);
        let parts: Vec<TokenTree> = payload.clone().into_iter().collect();
        let group = |i: usize| match parts.get(i) {
            Some(TokenTree::Group(g)) => texts(&g.stream()),
            _ => Vec::new(),
        };
        prop_assert_eq!(group(2), text_texts(adapter.self_ty()), "the target");
        prop_assert_eq!(group(3), Vec::<String>::new(), "no field index");
        let fields: Vec<String> = group(4).into_iter().filter(|t| t != ",").collect();
        prop_assert_eq!(fields, adapter.fields(), "the fields");

        let callback_input = quote!({ #payload } { @protocol_def_v1 #definition });
        let callback = expand_checked(Entry::AdapterCallback, &TokenStream::new(), &callback_input, &[&args, &ty])?;
        let output = &callback.output;
        let context = || format!("\n#[conforms({args_text})]{type_text}\n{}\noutput: {output}", trait_source.text);
        let file = parse_file(output)?;
        let impls = trait_impls(&file.items);
        let messages: Vec<&str> = callback.errors.iter().map(|e| e.message.as_str()).collect();
        if def.unsafety {
            prop_assert_eq!(messages.len(), 1, "{}", context());
            prop_assert!(messages[0].contains("unsafe trait"), "{}", context());
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        let unadaptable: Vec<&ItemDef> = def.items.iter()
            .filter(|item| item.required() && !item.adaptable())
            .collect();
        prop_assert_eq!(messages.len(), unadaptable.len(), "{}", context());
        for member in &unadaptable {
            let marks = member.signature_marks();
            prop_assert!(
                messages.iter().any(|m| marks.iter().any(|mark| m.contains(mark.as_str()))),
                "no error names `{}`: {}", member.name(), context()
            );
        }
        if !unadaptable.is_empty() {
            prop_assert!(impls.is_empty(), "{}", context());
            return Ok(());
        }
        prop_assert_eq!(impls.len(), 1, "{}", context());
        let trait_impl = &impls[0];
        let (trait_path, _) = trait_impl.trait_.as_ref().expect("a trait impl");
        prop_assert_eq!(texts(trait_path), text_texts(&def.trait_path()));
        prop_assert_eq!(texts(&trait_impl.self_ty), text_texts(adapter.self_ty()));
        let mut found = impl_item_names(trait_impl);
        found.sort();
        let mut wanted: Vec<String> = def.items.iter()
            .filter(|item| match item {
                // An optional method too: the inherent method, else the default.
                ItemDef::Fn(_) => item.required() || item.adaptable(),
                ItemDef::Field(_) | ItemDef::Type(_) => true,
                ItemDef::Const(_) => false,
            })
            .map(|item| item.name().to_owned())
            .collect();
        wanted.sort();
        prop_assert_eq!(found, wanted, "{}", context());
        for (index, item) in def.items.iter().enumerate() {
            let Some(method) = trait_impl.items.iter().find_map(|i| match i {
                syn::ImplItem::Fn(f) if f.sig.ident == item.name() => Some(f),
                _ => None,
            }) else { continue };
            let reads_field = flat_texts(&method.block.to_token_stream()).contains(&"__protocol_field".to_owned());
            prop_assert_eq!(reads_field, adapter.has_field_for(index), "`{}`: {}", item.name(), context());
        }
    }

    /// `assert_conforms!` and `members!` (the request) on valid input.
    #[test]
    fn valid_assertions_and_member_requests_expand(
        (assertions, count) in gen::assert_input(),
        (request, path) in gen::members_request(),
    ) {
        let input = Source::parse(&assertions).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::Assert, &TokenStream::new(), &input.tokens, &[&input])?;
        prop_assert!(expansion.errors.is_empty(), "{}\n{}", assertions, expansion.output);
        parse_file(&expansion.output)?;
        let checks = flat_texts(&expansion.output).windows(2)
            .filter(|w| w[0] == "fn" && w[1] == "assert_conforms")
            .count();
        prop_assert_eq!(checks, count, "{}\n{}", assertions, expansion.output);

        let input = Source::parse(&request).ok_or_else(|| fail("does not lex"))?;
        let expansion = expand_checked(Entry::MembersRequest, &TokenStream::new(), &input.tokens, &[&input])?;
        prop_assert!(expansion.errors.is_empty(), "{}\n{}", request, expansion.output);
        let call: syn::Macro = syn::parse2(expansion.output.clone())
            .map_err(|e| fail(format!("not a macro call ({e}): {}", expansion.output)))?;
        let written: syn::Path = syn::parse_str(path).map_err(|e| fail(e.to_string()))?;
        prop_assert_eq!(texts(&call.path), without_arguments(&written));
        prop_assert!(after_tag(&call.tokens, "protocol_v1").is_some(), "{}", expansion.output);
    }
}
