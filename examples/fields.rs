//! Data members: Rust traits cannot require fields, so a protocol marks a method `#[field]`
//! and a struct field of that name supplies it — Python's protocol attributes
//! (`name: str` in the class body of a `Protocol`).
//!
//! The four shapes, for a field `x: T`:
//!
//! | member                               | supplied by         |
//! |--------------------------------------|---------------------|
//! | `fn x(&self) -> &T` (or `&U`, `T: Deref<Target = U>`) | `&self.x` |
//! | `fn x(&self) -> T`                   | `self.x.clone()`    |
//! | `fn x_mut(&mut self) -> &mut T`      | `&mut self.x`       |
//! | `fn set_x(&mut self, value: T)`      | `self.x = value`    |
//!
//! Run it with `cargo run --example fields`.

use protocol::{conforms, protocol, MemberKind};

/// A record with a title, a version and labels: all four shapes at once.
#[protocol]
trait Record {
    /// `&self.title`: a `String` field gives `&str` through `Deref`.
    #[field]
    fn title(&self) -> &str;
    /// A clone of `self.version`.
    #[field]
    fn version(&self) -> u32;
    /// `&self.labels`, as a slice.
    #[field]
    fn labels(&self) -> &[String];
    /// `&mut self.labels`.
    #[field]
    fn labels_mut(&mut self) -> &mut Vec<String>;
    /// `self.version = value`.
    #[field]
    fn set_version(&mut self, value: u32);
    /// An ordinary method beside the data members.
    fn summary(&self) -> String;
}

/// Struct-level `#[conforms]`: every `#[field]` member comes from the field of its name;
/// `summary` from an inherent method.
#[conforms(Record)]
struct Document {
    title: String,
    version: u32,
    labels: Vec<String>,
}

impl Document {
    fn summary(&self) -> String {
        format!("document {:?} v{}", self.title, self.version)
    }
}

/// Impl-block `#[conforms]`: members the block does not define are read from the fields
/// (`labels`, `labels_mut`); a method of the member's name supplies the others, for
/// a type whose data is not stored under those names.
struct Photo {
    file: String,
    revision: u32,
    labels: Vec<String>,
}

#[conforms(Record)]
impl Photo {
    /// No `title` field: the title is computed.
    fn title(&self) -> &str {
        self.file.trim_end_matches(".jpg")
    }

    /// No `version` field either: `revision` stands for it.
    fn version(&self) -> u32 {
        self.revision
    }

    fn set_version(&mut self, value: u32) {
        self.revision = value;
    }

    fn summary(&self) -> String {
        format!("photo {} (r{})", self.file, self.revision)
    }
}

/// Works with any record: reads, writes and borrows its data through the protocol.
fn publish(record: &mut impl Record) {
    let next = record.version() + 1;
    record.set_version(next);
    record.labels_mut().push(format!("published v{next}"));
    println!(
        "{:<8} {:<24} labels {:?}",
        record.title(),
        record.summary(),
        record.labels()
    );
}

fn main() {
    println!("data members: a struct field supplies a #[field] member");
    let mut document = Document {
        title: "Guide".to_owned(),
        version: 1,
        labels: vec!["draft".to_owned()],
    };
    let mut photo = Photo {
        file: "sunset.jpg".to_owned(),
        revision: 4,
        labels: Vec::new(),
    };
    publish(&mut document);
    publish(&mut photo);
    // The protocol wrote to the fields themselves.
    println!("document.version = {}", document.version);
    println!("photo.labels = {:?}", photo.labels);

    let kinds: Vec<&str> = protocol::members!(Record)
        .iter()
        .map(|member| match member.kind {
            MemberKind::Field => "field",
            _ => "method",
        })
        .collect();
    println!("members!(Record) kinds: {}", kinds.join(", "));
}
