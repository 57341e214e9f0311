// mistakes: 2
// Casting to, or registering for, a protocol declared without `runtime_checkable` is an
// error that names the missing option.
use protocol::{conforms, protocol};
use std::any::Any;

#[protocol]
pub trait Quacks {
    fn quack(&self) -> String;
}

pub struct Duck;

#[conforms(Quacks)]
impl Duck {
    pub fn quack(&self) -> String {
        "quack".into()
    }
}

protocol::register!(Duck: Quacks);

fn main() {
    let duck: &dyn Any = &Duck;
    let _ = protocol::cast::<dyn Quacks>(duck);
}
