//! Valid inputs of every entry point.

use super::*;

pub(crate) const ALL_TRAITS: Profile = Profile {
    unsafe_trait: true,
    gats: true,
    raw_names: true,
};

pub(crate) const PROTOCOL_OPTIONS: &[&str] = &[
    "",
    "forward(&, &mut, Box, Rc, Arc)",
    "forward()",
    "forward(&)",
    "callback",
    "no_implicit_prelude",
    "crate = ::my::protocol",
    "forward(Box), crate = crate::p, no_implicit_prelude",
    "runtime_checkable",
    "runtime_checkable, callback, crate = ::my::protocol",
    "open",
    "open(dyn)",
    "open, crate = ::my::protocol",
    "open, callback",
    "open, forward(&)",
    "open(dyn), no_implicit_prelude",
];

pub(crate) fn callback_input(conf: &ConformanceDef) -> String {
    format!(
        "{{ {{ ::protocol }} {{ {} }} {} }} {{ @protocol_def_v1 {} }}",
        conf.path(),
        conf.render_impl(),
        conf.def.render()
    )
}

/// The same request for a protocol declared `open` (the carrier marks its definition).
pub(crate) fn open_callback_input(conf: &ConformanceDef) -> String {
    format!(
        "{{ {{ ::protocol }} {{ {} }} {} }} {{ @protocol_def_v1 #[open] {} }}",
        conf.path(),
        conf.render_impl(),
        conf.def.render()
    )
}

/// What the carrier hands the adapter callback for `#[conforms(P<…>)]` on the type.
pub(crate) fn adapter_input(adapter: &gen::AdapterDef) -> String {
    let generics = if adapter.self_ty().contains('X') {
        "<X: Clone>"
    } else {
        ""
    };
    format!(
        "{{ {{ ::protocol }} {{ {} }} {{ {} }} {{ }} {{ {} }} {{ }} impl{generics} __ProtocolAdapter for {} {{}} }} {{ @protocol_def_v1 {} }}",
        adapter.def.conforms_path(),
        adapter.self_ty(),
        adapter.fields().join(", "),
        adapter.self_ty(),
        adapter.def.render()
    )
}

/// `(entry, attribute arguments, input)`: valid (or, with options, nearly valid) input.
pub(crate) fn any_valid_call() -> impl Strategy<Value = (Entry, String, String)> {
    prop_oneof![
        (
            gen::trait_def(ALL_TRAITS),
            prop::sample::select(PROTOCOL_OPTIONS)
        )
            .prop_map(|(def, options)| (Entry::Protocol, options.to_owned(), def.render())),
        (gen::impl_def(), gen::conforms_args_def()).prop_map(|(imp, args)| (
            Entry::Conforms,
            args.render(),
            imp.render()
        )),
        gen::conformance_def().prop_map(|conf| (
            Entry::Callback,
            String::new(),
            callback_input(&conf)
        )),
        gen::conformance_def().prop_map(|conf| (
            Entry::Callback,
            String::new(),
            open_callback_input(&conf)
        )),
        gen::impl_def().prop_map(|imp| (Entry::Methods, String::new(), imp.render())),
        gen::adapter_def().prop_map(|adapter| (
            Entry::Methods,
            String::new(),
            adapter.render_type()
        )),
        gen::trait_def(ALL_TRAITS).prop_map(|def| {
            let input = format!(
                "{{ {{ ::protocol }} {{ {} }} }} {{ @protocol_def_v1 {} }}",
                def.name,
                def.render()
            );
            (Entry::MembersCallback, String::new(), input)
        }),
        gen::members_request().prop_map(|(text, _)| (Entry::MembersRequest, String::new(), text)),
        gen::assert_input().prop_map(|(text, _)| (Entry::Assert, String::new(), text)),
        gen::conform_input().prop_map(|text| (Entry::Conform, String::new(), text)),
        gen::adapter_def().prop_map(|adapter| (
            Entry::Conforms,
            adapter.def.conforms_path(),
            adapter.render_type()
        )),
        gen::adapter_def().prop_map(|adapter| (
            Entry::AdapterCallback,
            String::new(),
            adapter_input(&adapter)
        )),
    ]
}
