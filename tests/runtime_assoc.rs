//! `runtime_checkable` protocols with associated types: one whose bound names another
//! (tower's `Service::Future: Future<Output = Result<Self::Response, Self::Error>>`) and one
//! whose members name a supertrait's (embedded-hal's `OutputPin: ErrorType` and
//! `Result<(), Self::Error>`), conformed by impl block and struct-level form, cast from
//! `dyn Any` to `dyn P<… = …>`.
#![deny(warnings)]
// The signatures are the protocols' own: a `&mut self` an echo does not need, a `Result`
// that one conformance never fails.
#![allow(clippy::unused_self, clippy::unnecessary_wraps)]

use core::future::{ready, Future, Ready};
use std::any::Any;

use protocol::{conforms, protocol};

#[protocol(runtime_checkable)]
trait Service<Request> {
    type Response;
    type Error;
    type Future: Future<Output = Result<Self::Response, Self::Error>>;
    fn call(&mut self, request: Request) -> Self::Future;
}

struct Echo;

#[conforms(Service<String, Response = String, Error = (), Future = Ready<Result<String, ()>>>)]
impl Echo {
    fn call(&mut self, request: String) -> Ready<Result<String, ()>> {
        ready(Ok(request))
    }
}

#[protocol]
trait ErrorType {
    type Error: core::fmt::Debug;
}

#[protocol(runtime_checkable)]
trait OutputPin: ErrorType {
    fn set_high(&mut self) -> Result<(), Self::Error>;
    fn is_high(&self) -> bool;
}

#[derive(Debug, PartialEq)]
struct Unwired;

struct Led {
    on: bool,
}

impl ErrorType for Led {
    type Error = Unwired;
}

#[conforms(OutputPin)]
impl Led {
    fn set_high(&mut self) -> Result<(), Unwired> {
        self.on = true;
        Ok(())
    }
    fn is_high(&self) -> bool {
        self.on
    }
}

#[conforms(OutputPin)]
struct Broken;

impl ErrorType for Broken {
    type Error = Unwired;
}

impl Broken {
    fn set_high(&mut self) -> Result<(), Unwired> {
        Err(Unwired)
    }
    fn is_high(&self) -> bool {
        false
    }
}

fn poll_ready<F: Future>(future: F) -> F::Output {
    use core::task::{Context, Poll, Waker};
    let mut future = core::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("pending"),
    }
}

#[test]
fn a_service_is_found_with_its_associated_types() {
    type Dyn =
        dyn Service<String, Response = String, Error = (), Future = Ready<Result<String, ()>>>;
    let mut echo: Box<dyn Any> = Box::new(Echo);
    let service = protocol::cast_mut::<Dyn>(echo.as_mut()).expect("registered");
    assert_eq!(
        poll_ready(service.call("ping".to_owned())),
        Ok("ping".to_owned())
    );
    assert!(!protocol::conforms_to::<Dyn>(&Led { on: false }));
}

#[test]
fn a_pin_is_found_with_its_supertrait_error_type() {
    let mut pins: Vec<Box<dyn Any>> = vec![Box::new(Led { on: false }), Box::new(Broken)];
    let results: Vec<Result<(), Unwired>> = pins
        .iter_mut()
        .filter_map(|pin| protocol::cast_mut::<dyn OutputPin<Error = Unwired>>(pin.as_mut()))
        .map(OutputPin::set_high)
        .collect();
    assert_eq!(results, [Ok(()), Err(Unwired)]);
    let led =
        protocol::cast::<dyn OutputPin<Error = Unwired>>(pins[0].as_ref()).expect("registered");
    assert!(led.is_high());
}
