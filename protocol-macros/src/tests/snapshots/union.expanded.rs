// #[protocol]
// pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::new() } }
// #[conforms(Shape via variants)]
// pub enum AnyShape { Circle(Circle), Square { inner: Square } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Shape`",
    label = "`{Self}` does not conform to `Shape`",
    note = "`Shape` requires `fn area(&self) -> f64`",
    note = "a type conforms through `#[conforms(Shape)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
)]
pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        Self::__protocol_default_name(self)
    }
    #[doc(hidden)]
    fn __protocol_default_name(&self) -> String {
        String::new()
    }
}
#[doc(hidden)]
#[allow(
    unknown_lints,
    non_camel_case_types,
    type_alias_bounds,
    private_interfaces,
    dead_code,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
pub type __protocol_Shape_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Shape_ed2db7416f1ebb37 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Shape { fn
        area(& self) -> f64; fn name(& self) -> String {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Shape` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Shape_ed2db7416f1ebb37 as Shape;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: Shape + ?::core::marker::Sized> Shape for &'a T {
    #[inline]
    fn area(&self) -> f64 {
        <T as Shape>::area(&**self)
    }
    #[inline]
    fn name(&self) -> String {
        <T as Shape>::name(&**self)
    }
}
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: Shape + ?::core::marker::Sized> Shape for &'a mut T {
    #[inline]
    fn area(&self) -> f64 {
        <T as Shape>::area(&**self)
    }
    #[inline]
    fn name(&self) -> String {
        <T as Shape>::name(&**self)
    }
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Shape + ? ::core::marker::Sized > Shape
    for ::protocol::__private::Box < T > { #[inline] fn area(& self) -> f64 { < T as
    Shape > ::area(& * * self,) } #[inline] fn name(& self) -> String { < T as Shape >
    ::name(& * * self,) } } #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Shape + ? ::core::marker::Sized > Shape
    for ::protocol::__private::Rc < T > { #[inline] fn area(& self) -> f64 { < T as Shape
    > ::area(& * * self,) } #[inline] fn name(& self) -> String { < T as Shape > ::name(&
    * * self,) } }
}
::protocol::__private::if_arc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Shape + ? ::core::marker::Sized > Shape
    for ::protocol::__private::Arc < T > { #[inline] fn area(& self) -> f64 { < T as
    Shape > ::area(& * * self,) } #[inline] fn name(& self) -> String { < T as Shape >
    ::name(& * * self,) } }
}
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    use ::protocol::__private::cap as __protocol_cap;
    #[automatically_derived]
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<T: ?::core::marker::Sized> Shape for ::protocol::Open<T>
    where
        T: for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                140149327828069295023221344310536155844,
                (),
                Out = f64,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                139805238982077690295483749954561134894,
                (),
                Out = String,
            >,
    {
        fn area(&self) -> f64 {
            <T as __protocol_cap::Ref<
                '_,
                140149327828069295023221344310536155844,
                _,
            >>::call(&self.0, ())
        }
        fn name(&self) -> String {
            <T as __protocol_cap::Ref<
                '_,
                139805238982077690295483749954561134894,
                _,
            >>::call(&self.0, ())
        }
    }
};

// ---- the user's macro

pub enum AnyShape {
    Circle(Circle),
    Square { inner: Square },
}
Shape! {
    @ protocol_v1 { ::protocol::__private::__adapter_callback } { ::protocol } { Shape }
    { AnyShape } {} {} { variants variants Circle 0 : Circle; Square inner : Square; }
    impl __ProtocolAdapter for AnyShape {}
}

// ---- callback

#[doc(hidden)]
#[allow(
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    dead_code,
    deprecated,
    clippy::all,
    clippy::pedantic
)]
mod __protocol_AnyShape_Shape_632a9886 {
    pub(super) struct Here;
    pub(super) trait Find {
        type Target: ?::core::marker::Sized;
    }
    pub(super) trait Types {
        const __protocol_via_area: Self::area;
        type area;
        const __protocol_via_name: Self::name;
        type name;
    }
    pub(super) trait Parts<'__protocol_k> {
        type area_parts;
        type name_parts;
    }
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`AnyShape`'s inherent method `area` does not have the signature protocol `Shape` declares: `fn area(&self) -> f64`",
        label = "`AnyShape::area` should be `fn area(&self) -> f64`")]]
        [#[diagnostic::do_not_recommend]] AnyShapeAreaSignature
    }
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`AnyShape`'s inherent method `name` does not have the signature protocol `Shape` declares: `fn name(&self) -> String`",
        label = "`AnyShape::name` should be `fn name(&self) -> String`")]]
        [#[diagnostic::do_not_recommend]] AnyShapeNameSignature
    }
    #[no_implicit_prelude]
    pub(super) mod check {
        #[allow(unused_imports)]
        use super::{Find, Here, Types};
        pub(in super::super) trait AnyShapeShapeFallback: Types {
            const area: <Self as Types>::area = <Self as Types>::__protocol_via_area;
            const name: <Self as Types>::name = <Self as Types>::__protocol_via_name;
        }
        impl<__ProtocolX: ?::core::marker::Sized + Types> AnyShapeShapeFallback
        for __ProtocolX {}
        #[inline]
        pub(in super::super) fn area() -> <<Here as Find>::Target as Types>::area
        where
            for<'__protocol_via> super::super::__protocol_AnyShape_Shape_632a9886_via0: super::super::__protocol_AnyShape_Shape_632a9886_via0_bound,
            for<'__protocol_via> super::super::__protocol_AnyShape_Shape_632a9886_via1: super::super::__protocol_AnyShape_Shape_632a9886_via1_bound,
        {
            let (item, found) = ::protocol::__private::shape(
                <<Here as Find>::Target>::area,
            );
            <_ as super::AnyShapeAreaSignature<
                <<Here as Find>::Target as super::Parts<'_>>::area_parts,
            >>::pass(found, item)
        }
        #[inline]
        pub(in super::super) fn name() -> <<Here as Find>::Target as Types>::name
        where
            for<'__protocol_via> super::super::__protocol_AnyShape_Shape_632a9886_via0: super::super::__protocol_AnyShape_Shape_632a9886_via0_bound,
            for<'__protocol_via> super::super::__protocol_AnyShape_Shape_632a9886_via1: super::super::__protocol_AnyShape_Shape_632a9886_via1_bound,
        {
            let (item, found) = ::protocol::__private::shape(
                <<Here as Find>::Target>::name,
            );
            <_ as super::AnyShapeNameSignature<
                <<Here as Find>::Target as super::Parts<'_>>::name_parts,
            >>::pass(found, item)
        }
    }
}
#[doc(hidden)]
#[allow(non_camel_case_types, type_alias_bounds)]
type __protocol_AnyShape_Shape_632a9886_via0 = Circle;
#[doc(hidden)]
#[allow(non_camel_case_types)]
trait __protocol_AnyShape_Shape_632a9886_via0_bound: Shape {}
impl<
    __ProtocolX: ?::core::marker::Sized + Shape,
> __protocol_AnyShape_Shape_632a9886_via0_bound for __ProtocolX {}
#[doc(hidden)]
#[allow(non_camel_case_types, type_alias_bounds)]
type __protocol_AnyShape_Shape_632a9886_via1 = Square;
#[doc(hidden)]
#[allow(non_camel_case_types)]
trait __protocol_AnyShape_Shape_632a9886_via1_bound: Shape {}
impl<
    __ProtocolX: ?::core::marker::Sized + Shape,
> __protocol_AnyShape_Shape_632a9886_via1_bound for __ProtocolX {}
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    impl __protocol_AnyShape_Shape_632a9886::Find
    for __protocol_AnyShape_Shape_632a9886::Here {
        type Target = AnyShape;
    }
    #[allow(non_camel_case_types, non_upper_case_globals)]
    impl __protocol_AnyShape_Shape_632a9886::Types for AnyShape
    where
        for<'__protocol_via> Circle: Shape,
        for<'__protocol_via> Square: Shape,
    {
        const __protocol_via_area: fn(&AnyShape) -> f64 = |__protocol_a0| match __protocol_a0 {
            Self::Circle { 0: __protocol_value } => {
                <Circle as Shape>::area(__protocol_value)
            }
            Self::Square { inner: __protocol_value } => {
                <Square as Shape>::area(__protocol_value)
            }
        };
        type area = fn(&AnyShape) -> f64;
        const __protocol_via_name: fn(&AnyShape) -> String = |__protocol_a0| match __protocol_a0 {
            Self::Circle { 0: __protocol_value } => {
                <Circle as Shape>::name(__protocol_value)
            }
            Self::Square { inner: __protocol_value } => {
                <Square as Shape>::name(__protocol_value)
            }
        };
        type name = fn(&AnyShape) -> String;
    }
    #[allow(non_camel_case_types)]
    impl<'__protocol_k> __protocol_AnyShape_Shape_632a9886::Parts<'__protocol_k>
    for AnyShape
    where
        for<'__protocol_via> Circle: Shape,
        for<'__protocol_via> Square: Shape,
    {
        type area_parts = <fn(
            &'__protocol_k (),
        ) -> ((&AnyShape,), f64) as ::protocol::__private::Assemble>::Ptr;
        type name_parts = <fn(
            &'__protocol_k (),
        ) -> ((&AnyShape,), String) as ::protocol::__private::Assemble>::Ptr;
    }
    #[automatically_derived]
    #[allow(
        deprecated,
        unknown_lints,
        elided_lifetimes_in_paths,
        mismatched_lifetime_syntaxes
    )]
    impl Shape for AnyShape
    where
        Circle: Shape,
        Square: Shape,
    {
        #[inline]
        fn area(&self) -> f64 {
            (__protocol_AnyShape_Shape_632a9886::check::area())(self)
        }
        #[inline]
        fn name(&self) -> String {
            (__protocol_AnyShape_Shape_632a9886::check::name())(self)
        }
    }
};
