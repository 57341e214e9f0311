// mistakes: 4
// `open` with options it excludes (`callback`, `forward`, `runtime_checkable`), and on an
// intersection: an error at the option.
use protocol::protocol;

#[protocol(open, callback)]
pub trait Handler {
    fn handle(&self, event: u32) -> bool;
}

#[protocol(open, forward(&, Box))]
pub trait Forwarded {
    fn value(&self) -> u8;
}

#[protocol(open, runtime_checkable)]
pub trait Quacks {
    fn quack(&self) -> String;
}

#[protocol(open)]
pub trait Named {
    fn name(&self) -> String;
}

#[protocol(open)]
pub trait Tagged {
    fn tag(&self) -> u8;
}

#[protocol(open)]
pub trait Both: Named + Tagged {}

fn main() {}
