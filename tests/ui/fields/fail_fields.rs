// mistakes: 9
use protocol::{conforms, protocol};

#[protocol]
pub trait Shapes {
    #[field]
    fn generic<T>(&self) -> T;
    #[field]
    fn two(&self, a: u8) -> u8;
    #[field]
    fn no_suffix(&mut self) -> &mut u8;
    #[field]
    fn no_prefix(&mut self, value: u8);
    #[field]
    async fn later(&self) -> u8;
    #[field]
    fn returns_nothing(&self);
    #[field(rename = "x")]
    fn with_arguments(&self) -> u8;
    #[field]
    const NOT_A_METHOD: u8;
}

#[protocol]
pub trait Named {
    #[field]
    fn name(&self) -> &str;
}

pub struct Nameless {
    pub title: String,
}

#[conforms(Named)]
impl Nameless {}

fn main() {}
