// mistakes: 2
use protocol::conforms;

pub trait Plain {
    fn plain(&self);
}

pub struct Duck;

#[conforms(Plain)]
impl Duck {
    pub fn plain(&self) {}
}

#[conforms(DoesNotExist)]
impl Duck {
    pub fn other(&self) {}
}

fn main() {
    Duck.plain();
    Duck.other();
}
