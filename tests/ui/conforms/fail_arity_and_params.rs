// mistakes: 2
use protocol::{conforms, protocol};

#[protocol]
pub trait Scales {
    fn scale(&mut self, by: f64);
    fn weigh(&self, unit: &str) -> f64;
}

pub struct Fish;

#[conforms(Scales)]
impl Fish {
    pub fn scale(&mut self, by: f64, twice: bool) {
        let _ = (by, twice);
    }
    pub fn weigh(&self, unit: String) -> f64 {
        unit.len() as f64
    }
}

fn main() {}
