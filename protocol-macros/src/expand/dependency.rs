//! The name under which the crate being compiled knows this library, from its manifest.

/// The name under which the crate being compiled depends on this library when its manifest
/// renames it (`proto = { package = "typing-protocol", … }`, or a `[dependencies.proto]`
/// table saying so); `None` for the library's own name, `protocol`. Read once per crate: the
/// answer is kept with the manifest's directory, since one process (an IDE's macro server)
/// may expand for several crates.
pub(crate) fn name() -> Option<String> {
    type Cache = std::sync::Mutex<Option<(std::ffi::OsString, Option<String>)>>;
    static CACHE: Cache = std::sync::Mutex::new(None);
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((cached, name)) = cache.as_ref() {
        if *cached == dir {
            return name.clone();
        }
    }
    let manifest = std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml"));
    let name = manifest.ok().and_then(|m| renamed_dependency(&m));
    *cache = Some((dir, name.clone()));
    name
}

/// See [`name`]: the dependency's key in `manifest`, as a crate name.
fn renamed_dependency(manifest: &str) -> Option<String> {
    const PACKAGE: &str = "\"typing-protocol\"";
    let mut table_key: Option<&str> = None;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(header) = line.strip_prefix('[') {
            // `[dependencies.proto]`, `[target.'cfg(unix)'.dev-dependencies.proto]`.
            let header = header.trim_end_matches(']');
            table_key = header
                .rsplit_once("dependencies.")
                .map(|(_, key)| key.trim_matches(|c| c == '"' || c == '\'' || c == ' '));
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches('"');
        let value = value.trim();
        let named = if key == "package" && value == PACKAGE {
            table_key
        } else if value.starts_with('{')
            && value.split(',').any(|part| {
                part.trim_matches(|c| c == '{' || c == '}' || c == ' ')
                    .split_once('=')
                    .is_some_and(|(k, v)| k.trim() == "package" && v.trim() == PACKAGE)
            })
        {
            Some(key)
        } else {
            None
        };
        if let Some(name) = named.filter(|name| *name != "protocol") {
            return Some(name.replace('-', "_"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::renamed_dependency;

    #[test]
    fn finds_the_key_of_a_renamed_dependency() {
        let cases = [
            ("[dependencies]\nproto = { package = \"typing-protocol\", path = \"..\" }\n", Some("proto")),
            ("[dev-dependencies]\nmy-proto = {version=\"0.1\",package=\"typing-protocol\"}", Some("my_proto")),
            ("[dependencies.proto]\nversion = \"0.1\"\npackage = \"typing-protocol\" # renamed\n", Some("proto")),
            ("[target.'cfg(unix)'.dependencies.p2]\npackage = \"typing-protocol\"\n", Some("p2")),
            ("[dependencies]\nprotocol = { package = \"typing-protocol\", path = \"..\" }\n", None),
            ("[dependencies]\ntyping-protocol = \"0.1\"\n", None),
            ("[dependencies]\ncore = { package = \"typing-protocol-core\" }\n", None),
            ("[package]\nname = \"typing-protocol\"\n", None),
            ("# proto = { package = \"typing-protocol\" }\n", None),
        ];
        for (manifest, expected) in cases {
            assert_eq!(
                renamed_dependency(manifest).as_deref(),
                expected,
                "{manifest}"
            );
        }
    }
}
