// mistakes: 4
use protocol::{conforms, protocol};

#[protocol]
pub trait Tricky {
    fn convert<T: Into<u64>>(&self, value: T) -> u64;
    #[allow(async_fn_in_trait)]
    async fn fetch(&self) -> u8;
    unsafe fn raw(&self) -> u8;
    fn plain(&self) -> u8;
}

pub struct Thing;

#[conforms(Tricky)]
impl Thing {
    pub fn convert(&self, value: u32) -> u64 {
        value.into()
    }
    pub fn fetch(&self) -> u8 {
        1
    }
    pub fn raw(&self) -> u8 {
        2
    }
    pub unsafe fn plain(&self) -> u8 {
        3
    }
}

fn main() {}
