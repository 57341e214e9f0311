// #[protocol]
// pub trait Container { type Item; const KIND: &'static str; fn first(&self) -> Option<&Self::Item>; #[field] fn label(&self) -> &str; fn iter(&self) -> std::slice::Iter<u8>; }
// #[protocol::methods]
// impl<T: Clone> Stack<T> { pub const KIND: &'static str = "stack"; pub fn first(&self) -> Option<&T> { None } pub fn push(&mut self, item: &T) {} pub fn iter(&self) -> Iter<u8> { self.bytes.iter() } fn private(&self) {} pub fn generic<U>(&self, u: U) {} }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Container`",
    label = "`{Self}` does not conform to `Container`",
    note = "`Container` requires `type Item`",
    note = "`Container` requires `const KIND: &'static str`",
    note = "`Container` requires `fn first(&self) -> Option<&Self::Item>`",
    note = "`Container` requires `fn label(&self) -> &str`",
    note = "`Container` requires `fn iter(&self) -> std::slice::Iter<u8>`",
    note = "a type conforms through `#[conforms(Container)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
)]
pub trait Container {
    type Item;
    const KIND: &'static str;
    fn first(&self) -> Option<&Self::Item>;
    fn label(&self) -> &str;
    fn iter(&self) -> std::slice::Iter<u8>;
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
pub type __protocol_Container_4ca30468<'__protocol_k, '__protocol_l0, __ProtocolH0> = <fn(
    &'__protocol_k (),
) -> Option<&'__protocol_l0 __ProtocolH0> as ::protocol::__private::Elided>::Out;
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
pub type __protocol_Container_3b153cd0<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> std::slice::Iter<u8> as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Container_8f8e7a90698811d9 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Container { type
        Item; const KIND : & 'static str; fn first(& self) -> Option < & Self::Item >;
        #[field] fn label(& self) -> & str; fn iter(& self) -> std::slice::Iter < u8 >; }
        } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Container` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Container_8f8e7a90698811d9 as Container;
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: Container + ?::core::marker::Sized> Container for &'a T {
    #[inline]
    fn first(&self) -> Option<&Self::Item> {
        <T as Container>::first(&**self)
    }
    #[inline]
    fn label(&self) -> &str {
        <T as Container>::label(&**self)
    }
    #[inline]
    fn iter(&self) -> std::slice::Iter<u8> {
        <T as Container>::iter(&**self)
    }
    type Item = <T as Container>::Item;
    const KIND: &'static str = <T as Container>::KIND;
}
#[automatically_derived]
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
#[diagnostic::do_not_recommend]
impl<'a, T: Container + ?::core::marker::Sized> Container for &'a mut T {
    #[inline]
    fn first(&self) -> Option<&Self::Item> {
        <T as Container>::first(&**self)
    }
    #[inline]
    fn label(&self) -> &str {
        <T as Container>::label(&**self)
    }
    #[inline]
    fn iter(&self) -> std::slice::Iter<u8> {
        <T as Container>::iter(&**self)
    }
    type Item = <T as Container>::Item;
    const KIND: &'static str = <T as Container>::KIND;
}
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Container + ? ::core::marker::Sized >
    Container for ::protocol::__private::Box < T > { #[inline] fn first(& self) -> Option
    < & Self::Item > { < T as Container > ::first(& * * self,) } #[inline] fn label(&
    self) -> & str { < T as Container > ::label(& * * self,) } #[inline] fn iter(& self)
    -> std::slice::Iter < u8 > { < T as Container > ::iter(& * * self,) } type Item = < T
    as Container > ::Item; const KIND : & 'static str = < T as Container > ::KIND; }
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Container + ? ::core::marker::Sized >
    Container for ::protocol::__private::Rc < T > { #[inline] fn first(& self) -> Option
    < & Self::Item > { < T as Container > ::first(& * * self,) } #[inline] fn label(&
    self) -> & str { < T as Container > ::label(& * * self,) } #[inline] fn iter(& self)
    -> std::slice::Iter < u8 > { < T as Container > ::iter(& * * self,) } type Item = < T
    as Container > ::Item; const KIND : & 'static str = < T as Container > ::KIND; }
}
::protocol::__private::if_arc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Container + ? ::core::marker::Sized >
    Container for ::protocol::__private::Arc < T > { #[inline] fn first(& self) -> Option
    < & Self::Item > { < T as Container > ::first(& * * self,) } #[inline] fn label(&
    self) -> & str { < T as Container > ::label(& * * self,) } #[inline] fn iter(& self)
    -> std::slice::Iter < u8 > { < T as Container > ::iter(& * * self,) } type Item = < T
    as Container > ::Item; const KIND : & 'static str = < T as Container > ::KIND; }
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
    impl<T: ?::core::marker::Sized, __ProtocolItem> Container for ::protocol::Open<T>
    where
        T: __protocol_cap::Const<
                138692901124341674620028329946883785571,
                Ty = &'static str,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                56360387356742102767816235128360594225,
                (),
                Out = Option<&'__protocol_s __ProtocolItem>,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                242120790659721544551659817102139984381,
                (),
                Out: __protocol_cap::Reads<'__protocol_s, str>,
            >
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                139856907617738877449319647319375752255,
                (),
                Out = <fn(
                    &'__protocol_s (),
                ) -> std::slice::Iter<u8> as __protocol_cap::Returns>::Out,
            >,
    {
        type Item = __ProtocolItem;
        const KIND: &'static str = <T as __protocol_cap::Const<
            138692901124341674620028329946883785571,
        >>::VALUE;
        fn first(&self) -> Option<&Self::Item> {
            <T as __protocol_cap::Ref<
                '_,
                56360387356742102767816235128360594225,
                _,
            >>::call(&self.0, ())
        }
        fn label(&self) -> &str {
            __protocol_cap::Reads::read(
                <T as __protocol_cap::Ref<
                    '_,
                    242120790659721544551659817102139984381,
                    _,
                >>::call(&self.0, ()),
            )
        }
        fn iter(&self) -> std::slice::Iter<u8> {
            <T as __protocol_cap::Ref<
                '_,
                139856907617738877449319647319375752255,
                _,
            >>::call(&self.0, ())
        }
    }
};

// ---- the user's macro

impl<T: Clone> Stack<T> {
    pub const KIND: &'static str = "stack";
    pub fn first(&self) -> Option<&T> {
        None
    }
    pub fn push(&mut self, item: &T) {}
    pub fn iter(&self) -> Iter<u8> {
        self.bytes.iter()
    }
    fn private(&self) {}
    pub fn generic<U>(&self, u: U) {}
}
#[allow(
    clippy::needless_lifetimes,
    clippy::elidable_lifetime_names,
    clippy::extra_unused_lifetimes,
    clippy::unused_unit
)]
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
    impl<T: Clone> __protocol_cap::Const<138692901124341674620028329946883785571>
    for Stack<T> {
        type Ty = &'static str;
        const VALUE: &'static str = Self::KIND;
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        T: Clone,
    > __protocol_cap::Ref<'__protocol_s, 56360387356742102767816235128360594225, ()>
    for Stack<T> {
        type Out = Option<&'__protocol_s T>;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            Self::first(self)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_a0,
        T: Clone,
    > __protocol_cap::Mut<
        '__protocol_s,
        140812329063675312791244095203660839341,
        (&'__protocol_a0 T,),
    > for Stack<T> {
        type Out = ();
        #[inline]
        fn call(
            &'__protocol_s mut self,
            (__protocol_arg0,): (&'__protocol_a0 T,),
        ) -> Self::Out {
            Self::push(self, __protocol_arg0)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        T: Clone,
    > __protocol_cap::Ref<'__protocol_s, 139856907617738877449319647319375752255, ()>
    for Stack<T> {
        type Out = <fn(&'__protocol_s ()) -> Iter<u8> as __protocol_cap::Returns>::Out;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            Self::iter(self)
        }
    }
};
