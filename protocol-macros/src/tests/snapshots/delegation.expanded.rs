// #[protocol]
// pub trait Shape { type Unit; fn area(&self) -> f64; fn scale<F: Into<f64>>(&mut self, by: F); fn unit() -> Self::Unit; }
// #[conforms(Shape via inner)]
// pub struct Framed<S> { inner: S, label: &'static str }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Shape`",
    label = "`{Self}` does not conform to `Shape`",
    note = "`Shape` requires `type Unit`",
    note = "`Shape` requires `fn area(&self) -> f64`",
    note = "`Shape` requires `fn scale<F: Into<f64>>(&mut self, by: F)`",
    note = "`Shape` requires `fn unit() -> Self::Unit`",
    note = "a type conforms through `#[conforms(Shape)]` on an `impl` block that defines these members"
)]
pub trait Shape {
    type Unit;
    fn area(&self) -> f64;
    fn scale<F: Into<f64>>(&mut self, by: F);
    fn unit() -> Self::Unit;
}
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Shape_70eb42f8247b91ad {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Shape { type
        Unit; fn area(& self) -> f64; fn scale < F : Into < f64 > > (& mut self, by : F);
        fn unit() -> Self::Unit; } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Shape` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Shape_70eb42f8247b91ad as Shape;
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
    fn scale<F: Into<f64>>(&mut self, by: F) {
        <T as Shape>::scale::<F>(&mut **self, by)
    }
    #[inline]
    fn unit() -> Self::Unit {
        <T as Shape>::unit()
    }
    type Unit = <T as Shape>::Unit;
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Shape + ? ::core::marker::Sized > Shape
    for ::protocol::__private::Box < T > { #[inline] fn area(& self) -> f64 { < T as
    Shape > ::area(& * * self,) } #[inline] fn scale < F : Into < f64 > > (& mut self, by
    : F) { < T as Shape > ::scale:: < F > (& mut * * self, by) } #[inline] fn unit() ->
    Self::Unit { < T as Shape > ::unit() } type Unit = < T as Shape > ::Unit; }
}

// ---- the user's macro

pub struct Framed<S> {
    inner: S,
    label: &'static str,
}
Shape! {
    @ protocol_v1 { ::protocol::__private::__adapter_callback } { ::protocol } { Shape }
    { Framed < S > } {} { inner, label } { field inner : S } impl < S > __ProtocolAdapter
    for Framed < S > {}
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
mod __protocol_Framed_Shape_272465da {
    pub(super) struct Here<S: ?::core::marker::Sized>(
        pub(super) ::core::marker::PhantomData<(*const S,)>,
    );
    pub(super) trait Find {
        type Target: ?::core::marker::Sized;
    }
    pub(super) trait Types {
        const __protocol_via_area: Self::area;
        type area;
        const __protocol_via_unit: Self::unit;
        type unit;
    }
    pub(super) trait Parts<'__protocol_k> {
        type area_parts;
        type unit_parts;
    }
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`Framed<S>`'s inherent method `area` does not have the signature protocol `Shape` declares: `fn area(&self) -> f64`",
        label = "`Framed<S>::area` should be `fn area(&self) -> f64`")]]
        [#[diagnostic::do_not_recommend]] FramedAreaSignature
    }
    ::protocol::__private::signature_marker! {
        [] [#[diagnostic::on_unimplemented(message =
        "`Framed<S>`'s inherent method `unit` does not have the signature protocol `Shape` declares: `fn unit() -> <S as Shape>::Unit`",
        label = "`Framed<S>::unit` should be `fn unit() -> <S as Shape>::Unit`")]]
        [#[diagnostic::do_not_recommend]] FramedUnitSignature
    }
    #[no_implicit_prelude]
    pub(super) mod check {
        #[allow(unused_imports)]
        use super::{Find, Here, Types};
        pub(in super::super) trait FramedShapeFallback: Types {
            const area: <Self as Types>::area = <Self as Types>::__protocol_via_area;
            const unit: <Self as Types>::unit = <Self as Types>::__protocol_via_unit;
        }
        impl<__ProtocolX: ?::core::marker::Sized + Types> FramedShapeFallback
        for __ProtocolX {}
        #[inline]
        pub(in super::super) fn area<
            S: super::super::__protocol_Framed_Shape_272465da_bounds_S,
        >() -> <<Here<S> as Find>::Target as Types>::area
        where
            for<'__protocol_via> super::super::__protocol_Framed_Shape_272465da_via0<
                S,
            >: super::super::__protocol_Framed_Shape_272465da_via0_bound,
        {
            let (item, found) = ::protocol::__private::shape(
                <<Here<S> as Find>::Target>::area,
            );
            <_ as super::FramedAreaSignature<
                <<Here<S> as Find>::Target as super::Parts<'_>>::area_parts,
            >>::pass(found, item)
        }
        #[inline]
        pub(in super::super) fn unit<
            S: super::super::__protocol_Framed_Shape_272465da_bounds_S,
        >() -> <<Here<S> as Find>::Target as Types>::unit
        where
            for<'__protocol_via> super::super::__protocol_Framed_Shape_272465da_via0<
                S,
            >: super::super::__protocol_Framed_Shape_272465da_via0_bound,
        {
            let (item, found) = ::protocol::__private::shape(
                <<Here<S> as Find>::Target>::unit,
            );
            <_ as super::FramedUnitSignature<
                <<Here<S> as Find>::Target as super::Parts<'_>>::unit_parts,
            >>::pass(found, item)
        }
    }
}
#[doc(hidden)]
#[allow(non_camel_case_types)]
trait __protocol_Framed_Shape_272465da_bounds_S {}
impl<__ProtocolX: ?::core::marker::Sized> __protocol_Framed_Shape_272465da_bounds_S
for __ProtocolX {}
#[doc(hidden)]
#[allow(non_camel_case_types, type_alias_bounds)]
type __protocol_Framed_Shape_272465da_via0<S: ?::core::marker::Sized> = S;
#[doc(hidden)]
#[allow(non_camel_case_types)]
trait __protocol_Framed_Shape_272465da_via0_bound: Shape {}
impl<
    __ProtocolX: ?::core::marker::Sized + Shape,
> __protocol_Framed_Shape_272465da_via0_bound for __ProtocolX {}
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    impl<S> __protocol_Framed_Shape_272465da::Find
    for __protocol_Framed_Shape_272465da::Here<S> {
        type Target = Framed<S>;
    }
    #[allow(non_camel_case_types, non_upper_case_globals)]
    impl<S> __protocol_Framed_Shape_272465da::Types for Framed<S>
    where
        for<'__protocol_via> S: Shape,
    {
        const __protocol_via_area: fn(&Framed<S>) -> f64 = |__protocol_a0| <S as Shape>::area(
            &__protocol_a0.inner,
        );
        type area = fn(&Framed<S>) -> f64;
        const __protocol_via_unit: fn() -> <S as Shape>::Unit = || <S as Shape>::unit();
        type unit = fn() -> <S as Shape>::Unit;
    }
    #[allow(non_camel_case_types)]
    impl<'__protocol_k, S> __protocol_Framed_Shape_272465da::Parts<'__protocol_k>
    for Framed<S>
    where
        for<'__protocol_via> S: Shape,
        S: '__protocol_k,
    {
        type area_parts = <fn(
            &'__protocol_k (),
        ) -> ((&Framed<S>,), f64) as ::protocol::__private::Assemble>::Ptr;
        type unit_parts = <fn(
            &'__protocol_k (),
        ) -> ((), <S as Shape>::Unit) as ::protocol::__private::Assemble>::Ptr;
    }
    #[automatically_derived]
    #[allow(
        deprecated,
        unknown_lints,
        elided_lifetimes_in_paths,
        mismatched_lifetime_syntaxes
    )]
    impl<S> Shape for Framed<S>
    where
        S: Shape,
    {
        type Unit = <S as Shape>::Unit;
        #[inline]
        fn area(&self) -> f64 {
            (__protocol_Framed_Shape_272465da::check::area::<S>())(self)
        }
        #[inline]
        fn scale<F: Into<f64>>(&mut self, by: F) {
            <S as Shape>::scale::<F>(&mut self.inner, by)
        }
        #[inline]
        fn unit() -> <S as Shape>::Unit {
            (__protocol_Framed_Shape_272465da::check::unit::<S>())()
        }
    }
};
