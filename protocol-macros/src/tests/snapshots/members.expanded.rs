// #[protocol(no_implicit_prelude)]
// pub(crate) trait Shape { const SIDES: usize; type Unit; fn area(&self) -> f64; fn new() -> Self where Self: Sized; }
// members!(Shape, crate = ::my::protocol)

// ---- #[protocol]

pub(crate) trait Shape {
    const SIDES: usize;
    type Unit;
    fn area(&self) -> f64;
    fn new() -> Self
    where
        Self: Sized;
}
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
macro_rules! __protocol_Shape_dc7964e67eccda27 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 #[no_implicit_prelude] pub
        (crate) trait Shape { const SIDES : usize; type Unit; fn area(& self) -> f64; fn
        new() -> Self where Self : Sized; } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Shape` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub(crate) use __protocol_Shape_dc7964e67eccda27 as Shape;

// ---- the user's macro

Shape! {
    @ protocol_v1 { ::my::protocol::__private::__members_callback } { ::my::protocol } {
    Shape }
}

// ---- callback

const MEMBERS: &[Member] = {
    const __PROTOCOL_MEMBERS: &[::my::protocol::Member] = &[
        ::my::protocol::Member::__new(
            "SIDES",
            "const SIDES: usize",
            ::my::protocol::MemberKind::Const,
            true,
        ),
        ::my::protocol::Member::__new(
            "Unit",
            "type Unit",
            ::my::protocol::MemberKind::Type,
            true,
        ),
        ::my::protocol::Member::__new(
            "area",
            "fn area(&self) -> f64",
            ::my::protocol::MemberKind::Method,
            true,
        ),
        ::my::protocol::Member::__new(
            "new",
            "fn new() -> Self where Self: Sized",
            ::my::protocol::MemberKind::AssociatedFn,
            true,
        ),
    ];
    __PROTOCOL_MEMBERS
};
