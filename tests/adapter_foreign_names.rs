//! A conformance written in another module than its protocol names the signature's types as
//! the protocol's module resolves them: there, `Result` is `std::io::Result`, `fmt` and
//! `Formatter` are imported, and `Cow<str>` elides its lifetime; here, none of those names is
//! in scope (and `Result` is the prelude's).
#![deny(warnings)]
#![allow(
    missing_docs,
    clippy::missing_errors_doc,
    clippy::unused_self,
    clippy::unnecessary_wraps
)]

pub mod shapes {
    use core::task::{Context, Poll};
    use std::borrow::Cow;
    use std::fmt;
    use std::fmt::Formatter;
    use std::io::{self, Result};

    use protocol::protocol;

    #[protocol]
    pub trait Read {
        fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
    }

    #[protocol]
    pub trait Show {
        fn show(&self, f: &mut Formatter) -> fmt::Result;
        #[allow(mismatched_lifetime_syntaxes)]
        fn name(&self) -> Cow<str>;
        fn error(&self, kind: io::ErrorKind) -> io::Error;
    }

    #[protocol]
    pub trait Service<Request> {
        type Response;
        type Error;
        fn poll_ready(
            &mut self,
            cx: &mut Context<'_>,
        ) -> Poll<core::result::Result<(), Self::Error>>;
        fn call(&mut self, request: Request) -> Result<Option<Self::Response>>;
    }

    #[protocol]
    pub trait Parse {
        fn parse(text: &str) -> Result<Self>
        where
            Self: Sized;
        fn kinds(&self) -> Vec<(io::ErrorKind, Option<Box<dyn fmt::Debug>>)>;
    }
}

mod user {
    use super::shapes;
    use protocol::{conform, conforms};

    #[conforms(shapes::Read)]
    pub struct Zeros;

    impl Zeros {
        pub fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(0);
            Ok(buf.len())
        }
    }

    #[conforms(shapes::Show)]
    pub struct Label(pub &'static str);

    impl Label {
        pub fn show(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
        pub fn name(&self) -> std::borrow::Cow<'_, str> {
            self.0.into()
        }
        pub fn error(&self, kind: std::io::ErrorKind) -> std::io::Error {
            std::io::Error::new(kind, self.0)
        }
    }

    #[conforms(shapes::Service<u32, Response = String, Error = String>)]
    pub struct Echo;

    impl Echo {
        pub fn poll_ready(
            &mut self,
            _: &mut core::task::Context<'_>,
        ) -> core::task::Poll<Result<(), String>> {
            core::task::Poll::Ready(Ok(()))
        }
        pub fn call(&mut self, request: u32) -> std::io::Result<Option<String>> {
            Ok(Some(request.to_string()))
        }
    }

    pub struct Number(pub u32);

    impl Number {
        pub fn parse(text: &str) -> std::io::Result<Self> {
            text.parse()
                .map(Number)
                .map_err(|_| std::io::ErrorKind::InvalidData.into())
        }
        pub fn kinds(&self) -> Vec<(std::io::ErrorKind, Option<Box<dyn core::fmt::Debug>>)> {
            vec![(std::io::ErrorKind::InvalidData, Some(Box::new(self.0)))]
        }
    }

    conform!(impl shapes::Parse for Number);
}

use shapes::{Parse, Read, Service, Show};

struct Shown<'a>(&'a dyn Show);

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.show(f)
    }
}

#[test]
fn imported_result_is_the_protocols() {
    let mut buf = [7u8; 3];
    let read: &mut dyn Read = &mut user::Zeros;
    assert_eq!(read.read(&mut buf).unwrap(), 3);
    assert_eq!(buf, [0, 0, 0]);
}

#[test]
fn elided_lifetimes_in_paths() {
    let label = user::Label("quiet");
    assert_eq!(Shown(&label).to_string(), "quiet");
    assert_eq!(Show::name(&label), "quiet");
    let error = Show::error(&label, std::io::ErrorKind::NotFound);
    assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
}

#[test]
fn associated_types_and_parameters_stay_where_the_impl_is() {
    let mut echo = user::Echo;
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    assert!(Service::poll_ready(&mut echo, &mut cx).is_ready());
    assert_eq!(Service::call(&mut echo, 7).unwrap().as_deref(), Some("7"));
}

#[test]
fn conform_names_them_too() {
    let number = <user::Number as Parse>::parse("41").unwrap();
    assert_eq!(number.0, 41);
    assert!(<user::Number as Parse>::parse("x").is_err());
    let kinds = Parse::kinds(&number);
    assert_eq!(format!("{:?}", kinds[0].1.as_ref().unwrap()), "41");
}

struct Rendered<'a>(&'a dyn animals::badges::Render);

impl std::fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.render(f)
    }
}

#[test]
fn across_crates() {
    assert_eq!(Rendered(&plugin::Badge).to_string(), "*");
}
