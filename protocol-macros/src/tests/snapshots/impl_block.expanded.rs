// #[protocol]
// pub trait Source<T> { type Item; const KIND: &'static str; fn get(&self) -> T; fn put(&mut self, item: Self::Item); fn label(&self) -> String { String::new() } }
// #[conforms(Source)]
// impl<X: Clone> Shelf<X> { const KIND: &'static str = "shelf"; pub fn get(&self) -> u32 { 0 } pub fn put(&mut self, item: X) {} pub fn other(&self) {} }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Source<{T}>`",
    label = "`{Self}` does not conform to `Source<{T}>`",
    note = "`Source<{T}>` requires `type Item`",
    note = "`Source<{T}>` requires `const KIND: &'static str`",
    note = "`Source<{T}>` requires `fn get(&self) -> {T}`",
    note = "`Source<{T}>` requires `fn put(&mut self, item: Self::Item)`",
    note = "a type conforms through `#[conforms(Source)]` on an `impl` block that defines these members"
)]
pub trait Source<T> {
    type Item;
    const KIND: &'static str;
    fn get(&self) -> T;
    fn put(&mut self, item: Self::Item);
    fn label(&self) -> String {
        Self::__protocol_default_label(self)
    }
    #[doc(hidden)]
    fn __protocol_default_label(&self) -> String {
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
pub type __protocol_Source_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Source_ac33d463a3126dd9 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Source < T > {
        type Item; const KIND : & 'static str; fn get(& self) -> T; fn put(& mut self,
        item : Self::Item); fn label(& self) -> String {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Source` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Source_ac33d463a3126dd9 as Source;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, U: Source<T> + ?::core::marker::Sized, T> Source<T> for &'a mut U {
    #[inline]
    fn get(&self) -> T {
        <U as Source<T>>::get(&**self)
    }
    #[inline]
    fn put(&mut self, item: Self::Item) {
        <U as Source<T>>::put(&mut **self, item)
    }
    #[inline]
    fn label(&self) -> String {
        <U as Source<T>>::label(&**self)
    }
    type Item = <U as Source<T>>::Item;
    const KIND: &'static str = <U as Source<T>>::KIND;
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < U : Source < T > + ? ::core::marker::Sized, T
    > Source < T > for ::protocol::__private::Box < U > { #[inline] fn get(& self) -> T {
    < U as Source < T > > ::get(& * * self,) } #[inline] fn put(& mut self, item :
    Self::Item) { < U as Source < T > > ::put(& mut * * self, item) } #[inline] fn
    label(& self) -> String { < U as Source < T > > ::label(& * * self,) } type Item = <
    U as Source < T > > ::Item; const KIND : & 'static str = < U as Source < T > >
    ::KIND; }
}

// ---- the user's macro

impl<X: Clone> Shelf<X> {
    const KIND: &'static str = "shelf";
    pub fn get(&self) -> u32 {
        0
    }
    pub fn put(&mut self, item: X) {}
    pub fn other(&self) {}
}
Source! {
    @ protocol_v1 { ::protocol::__private::__conforms_callback } { ::protocol } { Source
    } impl < X : Clone > Shelf < X > { const KIND : & 'static str = (); pub fn get(&
    self) -> u32 {} pub fn put(& mut self, item : X) {} pub fn other(& self) {} }
}

// ---- callback

#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
impl<X: Clone> Source<u32> for Shelf<X> {
    type Item = X;
    const KIND: &'static str = Self::KIND;
    #[inline]
    fn get(&self) -> u32 {
        Self::get(self)
    }
    #[inline]
    fn put(&mut self, item: X) {
        Self::put(self, item)
    }
}
