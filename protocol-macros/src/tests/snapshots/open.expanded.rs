// #[protocol(open(dyn))]
// pub trait Named { fn name(&self) -> &str; fn greet(&self, other: &str) -> String { String::new() } }
// #[conforms(Named)]
// impl Duck { pub fn name(&self) -> &str { "" } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Named`",
    label = "`{Self}` does not conform to `Named`",
    note = "`Named` requires `fn name(&self) -> &str`",
    note = "`Named` requires `fn greet(&self, other: &str) -> String`",
    note = "a type conforms when it publishes these members with `#[protocol::methods]` on the `impl` block that defines them, or through `#[conforms(Named)]` there"
)]
pub trait Named {
    fn name(&self) -> &str;
    fn greet(&self, other: &str) -> String {
        Self::__protocol_default_greet(self, other)
    }
    #[doc(hidden)]
    fn __protocol_default_greet(&self, other: &str) -> String {
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
pub type __protocol_Named_33a71061<'__protocol_k> = <fn(
    &'__protocol_k (),
) -> String as ::protocol::__private::Elided>::Out;
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Named_738fa84f894493b1 {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 #[open] pub trait Named {
        fn name(& self) -> & str; fn greet(& self, other : & str) -> String {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Named` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Named_738fa84f894493b1 as Named;
#[allow(
    deprecated,
    unknown_lints,
    elided_lifetimes_in_paths,
    mismatched_lifetime_syntaxes
)]
const _: () = {
    use ::protocol::__private::cap as __protocol_cap;
    #[cfg(not(doc))]
    #[automatically_derived]
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<T: ?::core::marker::Sized> Named for T
    where
        T: for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                139805238982077690295483749954561134894,
                (),
                Out = &'__protocol_s str,
            >
            + for<'__protocol_s, '__protocol_a0> __protocol_cap::Ref<
                '__protocol_s,
                37054433479250504577460961299204001786,
                (&'__protocol_a0 str,),
                Out = String,
            >,
    {
        fn name(&self) -> &str {
            <T as __protocol_cap::Ref<
                '_,
                139805238982077690295483749954561134894,
                _,
            >>::call(self, ())
        }
        fn greet(&self, other: &str) -> String {
            <T as __protocol_cap::Ref<
                '_,
                37054433479250504577460961299204001786,
                _,
            >>::call(self, (other,))
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_dyn,
    > __protocol_cap::Ref<'__protocol_s, 139805238982077690295483749954561134894, ()>
    for dyn Named + '__protocol_dyn {
        type Out = &'__protocol_s str;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            <Self as Named>::name(self)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_a0,
        '__protocol_dyn,
    > __protocol_cap::Ref<
        '__protocol_s,
        37054433479250504577460961299204001786,
        (&'__protocol_a0 str,),
    > for dyn Named + '__protocol_dyn {
        type Out = String;
        #[inline]
        fn call(
            &'__protocol_s self,
            (__protocol_arg0,): (&'__protocol_a0 str,),
        ) -> Self::Out {
            <Self as Named>::greet(self, __protocol_arg0)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_dyn,
    > __protocol_cap::Ref<'__protocol_s, 139805238982077690295483749954561134894, ()>
    for dyn Named + ::core::marker::Send + '__protocol_dyn {
        type Out = &'__protocol_s str;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            <Self as Named>::name(self)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_a0,
        '__protocol_dyn,
    > __protocol_cap::Ref<
        '__protocol_s,
        37054433479250504577460961299204001786,
        (&'__protocol_a0 str,),
    > for dyn Named + ::core::marker::Send + '__protocol_dyn {
        type Out = String;
        #[inline]
        fn call(
            &'__protocol_s self,
            (__protocol_arg0,): (&'__protocol_a0 str,),
        ) -> Self::Out {
            <Self as Named>::greet(self, __protocol_arg0)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_dyn,
    > __protocol_cap::Ref<'__protocol_s, 139805238982077690295483749954561134894, ()>
    for dyn Named + ::core::marker::Send + ::core::marker::Sync + '__protocol_dyn {
        type Out = &'__protocol_s str;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            <Self as Named>::name(self)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_a0,
        '__protocol_dyn,
    > __protocol_cap::Ref<
        '__protocol_s,
        37054433479250504577460961299204001786,
        (&'__protocol_a0 str,),
    > for dyn Named + ::core::marker::Send + ::core::marker::Sync + '__protocol_dyn {
        type Out = String;
        #[inline]
        fn call(
            &'__protocol_s self,
            (__protocol_arg0,): (&'__protocol_a0 str,),
        ) -> Self::Out {
            <Self as Named>::greet(self, __protocol_arg0)
        }
    }
};

// ---- the user's macro

impl Duck {
    pub fn name(&self) -> &str {
        ""
    }
}
Named! {
    @ protocol_v1 { ::protocol::__private::__conforms_callback } { ::protocol } { Named }
    impl Duck { pub fn name(& self) -> & str {} }
}

// ---- callback

#[allow(
    deprecated,
    clippy::needless_lifetimes,
    clippy::elidable_lifetime_names,
    clippy::extra_unused_lifetimes,
    clippy::unused_unit
)]
const _: () = {
    use ::protocol::__private::cap as __protocol_cap;
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
    > __protocol_cap::Ref<'__protocol_s, 139805238982077690295483749954561134894, ()>
    for Duck {
        type Out = &'__protocol_s str;
        #[inline]
        fn call(&'__protocol_s self, (): ()) -> Self::Out {
            Self::name(self)
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl<
        '__protocol_s,
        '__protocol_a0,
    > __protocol_cap::Ref<
        '__protocol_s,
        37054433479250504577460961299204001786,
        (&'__protocol_a0 str,),
    > for Duck {
        type Out = String;
        #[inline]
        fn call(&'__protocol_s self, (other,): (&'__protocol_a0 str,)) -> Self::Out {
            <Duck as Named>::__protocol_default_greet(self, other)
        }
    }
    #[allow(dead_code, clippy::extra_unused_type_parameters)]
    fn __protocol_conforms() {
        let _ = <Duck as Named>::name;
    }
};
