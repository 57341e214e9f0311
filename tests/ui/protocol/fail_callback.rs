// mistakes: 7
use protocol::protocol;

#[protocol(callback)]
pub trait TwoMethods {
    fn first(&self);
    fn second(&self);
}

#[protocol(callback)]
pub trait NoMethod {
    const VALUE: u8;
}

#[protocol(callback)]
pub trait GenericMethod {
    fn call<T: Clone>(&self, value: T);
}

#[protocol(callback)]
pub trait NamesSelf {
    fn merge(&self, other: &Self) -> bool;
}

#[protocol(callback)]
pub trait Boxed {
    fn call(self: Box<Self>);
}

#[protocol(callback, forward(&))]
pub trait Forwarded {
    fn call(&self);
}

#[protocol(callback)]
pub trait Handler {
    fn handle(&self, event: &str) -> bool;
}

fn run(handler: impl Handler) -> bool {
    handler.handle("event")
}

fn main() {
    // A closure with the wrong signature: rustc's own E0631 (type mismatch).
    run(|event: u32| event > 3);
}
