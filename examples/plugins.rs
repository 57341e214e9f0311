//! A plugin registry, open to downstream crates.
//!
//! Before, the library modelled its export formats as a closed `enum`:
//!
//! ```text
//! pub enum Format { Csv, Json }
//!
//! pub fn export(format: &Format, rows: &[Row]) -> String {
//!     match format {
//!         Format::Csv => …,
//!         Format::Json => …,
//!     }
//! }
//! ```
//!
//! A user who needed Markdown had to fork the library or ask for a new variant. Here the
//! library declares an `Exporter` protocol instead; its built-in exporters conform to it,
//! and the `downstream` module (standing for another crate) adds one without editing
//! anything in `report`. The registry dispatches through `Box<dyn Exporter>`, and — because
//! the protocol is `runtime_checkable` — also accepts plugins handed over as `Box<dyn Any>`,
//! checking with `protocol::cast_box` that they really are exporters.
//!
//! Run it with `cargo run --example plugins`.

// Protocol methods take `&self` whether or not a type needs it.
#![allow(clippy::unused_self)]

/// The library. It knows its own two formats and nothing else.
mod report {
    use protocol::{conforms, protocol};
    use std::any::Any;

    /// One line of a report.
    pub struct Row {
        pub item: &'static str,
        pub count: u32,
    }

    /// Anything that can write rows in some format: the library's extension point.
    #[protocol(runtime_checkable)]
    pub trait Exporter {
        /// The format's name, which users ask for (`"csv"`).
        fn format(&self) -> &'static str;
        /// The rows, written in this format.
        fn export(&self, rows: &[Row]) -> String;
        /// The file extension; the format's name unless the exporter says otherwise.
        fn extension(&self) -> &'static str {
            self.format()
        }
    }

    /// Built-in: comma-separated values.
    pub struct Csv;

    #[conforms(Exporter)]
    impl Csv {
        pub fn format(&self) -> &'static str {
            "csv"
        }

        pub fn export(&self, rows: &[Row]) -> String {
            let lines: Vec<String> = rows
                .iter()
                .map(|row| format!("{},{}", row.item, row.count))
                .collect();
            format!("item,count\n{}", lines.join("\n"))
        }
    }

    /// Built-in: JSON lines.
    pub struct JsonLines;

    #[conforms(Exporter)]
    impl JsonLines {
        pub fn format(&self) -> &'static str {
            "json"
        }

        pub fn export(&self, rows: &[Row]) -> String {
            let lines: Vec<String> = rows
                .iter()
                .map(|row| format!(r#"{{"item":"{}","count":{}}}"#, row.item, row.count))
                .collect();
            lines.join("\n")
        }

        pub fn extension(&self) -> &'static str {
            "jsonl"
        }
    }

    /// The registry: any exporter, including kinds written after this library.
    pub struct Registry {
        exporters: Vec<Box<dyn Exporter>>,
    }

    impl Registry {
        /// A registry with the built-in exporters.
        pub fn with_builtins() -> Self {
            Registry {
                exporters: vec![Box::new(Csv), Box::new(JsonLines)],
            }
        }

        /// Adds an exporter known at compile time.
        pub fn add(&mut self, exporter: impl Exporter + 'static) {
            self.exporters.push(Box::new(exporter));
        }

        /// Adds a plugin handed over without its type (loaded by name, from a config …):
        /// accepted if its type conforms to `Exporter`, given back otherwise.
        ///
        /// # Errors
        ///
        /// The plugin, when its type does not conform to `Exporter`.
        pub fn load(&mut self, plugin: Box<dyn Any>) -> Result<&'static str, Box<dyn Any>> {
            let exporter = protocol::cast_box::<dyn Exporter>(plugin)?;
            let format = exporter.format();
            self.exporters.push(exporter);
            Ok(format)
        }

        /// The formats on offer, in registration order.
        pub fn formats(&self) -> Vec<&'static str> {
            self.exporters.iter().map(Exporter::format).collect()
        }

        /// Exports `rows` in `format`, as `(file name, contents)`.
        pub fn export(&self, format: &str, rows: &[Row]) -> Option<(String, String)> {
            let exporter = self.exporters.iter().find(|e| e.format() == format)?;
            Some((
                format!("report.{}", exporter.extension()),
                exporter.export(rows),
            ))
        }
    }
}

/// A downstream crate: it adds formats without touching `report`.
mod downstream {
    use crate::report::Row;
    use protocol::conforms;

    /// A Markdown table.
    pub struct Markdown;

    #[conforms(crate::report::Exporter)]
    impl Markdown {
        pub fn format(&self) -> &'static str {
            "markdown"
        }

        pub fn export(&self, rows: &[Row]) -> String {
            let lines: Vec<String> = rows
                .iter()
                .map(|row| format!("| {} | {} |", row.item, row.count))
                .collect();
            format!("| item | count |\n|---|---|\n{}", lines.join("\n"))
        }

        pub fn extension(&self) -> &'static str {
            "md"
        }
    }

    /// Tab-separated values, delivered as a type-erased plugin.
    pub struct Tsv;

    #[conforms(crate::report::Exporter)]
    impl Tsv {
        pub fn format(&self) -> &'static str {
            "tsv"
        }

        pub fn export(&self, rows: &[Row]) -> String {
            let lines: Vec<String> = rows
                .iter()
                .map(|row| format!("{}\t{}", row.item, row.count))
                .collect();
            lines.join("\n")
        }
    }

    /// Not an exporter at all: it has no `format` or `export`.
    pub struct Thumbnailer;
}

use report::{Registry, Row};
use std::any::Any;

fn main() {
    let mut registry = Registry::with_builtins();
    println!("built-in formats: {}", registry.formats().join(", "));

    // Downstream code adds its own exporter: no enum variant, no edit of `report`.
    registry.add(downstream::Markdown);

    // Plugins discovered at run time arrive type-erased; the registry checks each one.
    let discovered: Vec<Box<dyn Any>> =
        vec![Box::new(downstream::Tsv), Box::new(downstream::Thumbnailer)];
    for plugin in discovered {
        match registry.load(plugin) {
            Ok(format) => println!("loaded plugin: {format}"),
            Err(_) => println!("rejected plugin: it does not conform to Exporter"),
        }
    }
    println!("all formats: {}", registry.formats().join(", "));

    let rows = [
        Row {
            item: "bread",
            count: 3,
        },
        Row {
            item: "seeds",
            count: 12,
        },
    ];
    for format in ["json", "markdown", "tsv", "pdf"] {
        match registry.export(format, &rows) {
            Some((file, contents)) => println!("--- {file}\n{contents}"),
            None => println!("--- no exporter for {format:?}"),
        }
    }
}
