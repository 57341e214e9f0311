//! Properties 4 and 5: mangled and random input through every entry point.

use super::*;

proptest! {
    #![proptest_config(config(256))]

    /// Properties 4 and 5: valid input with a few token edits, in the attribute arguments
    /// or in the input, through every entry point.
    #[test]
    fn mangled_input_never_panics_and_errors_stay_inside(
        (entry, args, input) in any_valid_call(),
        edits in prop::collection::vec(edit(), 1..4),
        mangle_args in any::<bool>(),
    ) {
        let (args, input) = if mangle_args && entry.is_attribute() {
            (mangle(&args, &edits), input)
        } else {
            (args, mangle(&input, &edits))
        };
        let (Some(args), Some(input)) = (Source::parse(&args), Source::parse(&input)) else {
            return Ok(()); // no longer lexes: rustc would not call the macro
        };
        expand_checked(entry, &args.tokens, &input.tokens, &[&args, &input])?;
    }

    /// Properties 4 and 5 on random tokens: as the input, as an attribute's arguments,
    /// and inside the callbacks' grammar.
    #[test]
    fn random_tokens_never_panic_and_errors_stay_inside(
        entry in prop::sample::select(Entry::ALL.to_vec()),
        soup in soup(),
        second in soup(),
        item in gen::impl_def(),
    ) {
        let empty = Source::empty();
        let Some(tokens) = Source::parse(&soup) else { return Ok(()) };
        expand_checked(entry, &empty.tokens, &tokens.tokens, &[&tokens])?;
        if entry.is_attribute() {
            let item = Source::parse(&item.render()).ok_or_else(|| fail("does not lex"))?;
            expand_checked(entry, &tokens.tokens, &item.tokens, &[&tokens, &item])?;
        }
        let wrapped = match entry {
            Entry::Callback => format!("{{ {{ ::protocol }} {{ {soup} }} impl X {{ {second} }} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
            Entry::MembersCallback => format!("{{ {{ ::protocol }} {{ {soup} }} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
            Entry::Protocol => format!("trait P {{ {soup} }}"),
            Entry::Conforms | Entry::Methods => format!("impl X {{ {soup} }}"),
            Entry::Assert => format!("{soup}: {second}"),
            Entry::MembersRequest => format!("{soup}, crate = {second}"),
            Entry::Conform => format!("impl {soup} for {second}"),
            Entry::AdapterCallback => format!("{{ {{ ::protocol }} {{ {soup} }} {{ Duck }} {{ }} {{ {second} }} {{ }} impl __ProtocolAdapter for Duck {{}} }} {{ @protocol_def_v1 trait P {{ {second} }} }}"),
        };
        let Some(wrapped) = Source::parse(&wrapped) else { return Ok(()) };
        let args = if entry == Entry::Conforms { Source::parse("P") } else { Source::parse("") };
        let args = args.unwrap_or_else(Source::empty);
        expand_checked(entry, &args.tokens, &wrapped.tokens, &[&args, &wrapped])?;
    }
}
