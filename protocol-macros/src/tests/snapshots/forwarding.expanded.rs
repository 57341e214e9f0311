// #[protocol(forward(&mut, Box, Rc))]
// pub trait Counter: Send { fn bump(&mut self) -> u8; fn take(self) -> u8 where Self: Sized; fn peek(&self) -> u8 { 0 } }

// ---- #[protocol]

#[diagnostic::on_unimplemented(
    message = "`{Self}` does not conform to protocol `Counter`",
    label = "`{Self}` does not conform to `Counter`",
    note = "`Counter` requires `fn bump(&mut self) -> u8`",
    note = "`Counter` requires `fn take(self) -> u8 where Self: Sized`",
    note = "a type conforms through `#[conforms(Counter)]` on an `impl` block that defines these members, or as `protocol::Open<T>` when `T` publishes them with `#[protocol::methods]`"
)]
pub trait Counter: Send {
    fn bump(&mut self) -> u8;
    fn take(self) -> u8
    where
        Self: Sized;
    fn peek(&self) -> u8 {
        Self::__protocol_default_peek(self)
    }
    #[doc(hidden)]
    fn __protocol_default_peek(&self) -> u8 {
        0
    }
}
#[doc(hidden)]
#[allow(unused_macros, non_local_definitions, clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! __protocol_Counter_85b4ea78eb8632ef {
    (@ protocol_v1 { $($callback:tt)* } $($payload:tt)*) => {
        $($callback)* ! { { $($payload)* } { @ protocol_def_v1 pub trait Counter : Send {
        fn bump(& mut self) -> u8; fn take(self) -> u8 where Self : Sized; fn peek(&
        self) -> u8 {} } } }
    };
    ($($unknown:tt)*) => {
        ::core::compile_error! {
        "the protocol `Counter` was declared with a version of `typing-protocol` that does not understand this request; use one version of `typing-protocol` across the build"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __protocol_Counter_85b4ea78eb8632ef as Counter;
::protocol::__private::if_alloc! {
    #[automatically_derived] #[allow(deprecated, unknown_lints,
    elided_lifetimes_in_paths, mismatched_lifetime_syntaxes)]
    #[diagnostic::do_not_recommend] impl < T : Counter > Counter for
    ::protocol::__private::Box < T > where Self : Send { #[inline] fn bump(& mut self) ->
    u8 { < T as Counter > ::bump(& mut * * self,) } #[inline] fn take(self) -> u8 where
    Self : Sized { < T as Counter > ::take(* self,) } #[inline] fn peek(& self) -> u8 { <
    T as Counter > ::peek(& * * self,) } }
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
    impl<T> Counter for ::protocol::Open<T>
    where
        T: for<'__protocol_s> __protocol_cap::Mut<
                '__protocol_s,
                140279490912181832482258345821267891637,
                (),
                Out = u8,
            >
            + __protocol_cap::Val<140650548116664273974686350905293293198, (), Out = u8>
            + for<'__protocol_s> __protocol_cap::Ref<
                '__protocol_s,
                140810870256873403319668795020420841302,
                (),
                Out = u8,
            >,
        ::protocol::Open<T>: Send,
    {
        fn bump(&mut self) -> u8 {
            <T as __protocol_cap::Mut<
                '_,
                140279490912181832482258345821267891637,
                _,
            >>::call(&mut self.0, ())
        }
        fn take(self) -> u8
        where
            Self: Sized,
        {
            <T as __protocol_cap::Val<
                140650548116664273974686350905293293198,
                _,
            >>::call(self.0, ())
        }
        fn peek(&self) -> u8 {
            <T as __protocol_cap::Ref<
                '_,
                140810870256873403319668795020420841302,
                _,
            >>::call(&self.0, ())
        }
    }
};
::core::compile_error! {
    "`forward(&mut)` is impossible for protocol `Counter`: `fn take(self) -> u8 where Self: Sized`: it takes `self` by value, and only `Box<T>` can give its pointee up, not `&mut T`"
}
::core::compile_error! {
    "`forward(Rc)` is impossible for protocol `Counter`: `fn bump(&mut self) -> u8`: it takes `&mut self`, and an `Rc<T>` gives only shared access to its pointee"
}
::core::compile_error! {
    "`forward(Rc)` is impossible for protocol `Counter`: `fn take(self) -> u8 where Self: Sized`: it takes `self` by value, and only `Box<T>` can give its pointee up, not `Rc<T>`"
}
