// mistakes: 1
// Registering a type that does not conform: one error, at the type, in the protocol's words.
#[protocol::protocol(runtime_checkable)]
pub trait Quacks {
    fn quack(&self) -> String;
}

pub struct Rock;

protocol::register!(Rock: Quacks);

fn main() {}
