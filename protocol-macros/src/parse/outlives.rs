//! The outlives requirements rustc infers for a type from its fields (RFC 2093), as far as
//! references show them: what an adapter writes out for its hidden items, which name the
//! type where nothing implies them.

use syn::visit::Visit;
use syn::Item;

/// `T: 'a` and `'b: 'a` for each reference `&'a …` in the fields' types that holds the type
/// parameter `T` or the lifetime `'b`: the outlives requirements rustc infers for the type
/// from its fields (those it infers through other types' own requirements are not seen).
pub(crate) fn inferred(item: &Item, generics: &syn::Generics) -> Vec<syn::WherePredicate> {
    struct Refs<'g> {
        generics: &'g syn::Generics,
        found: Vec<syn::WherePredicate>,
    }
    struct Held<'g> {
        generics: &'g syn::Generics,
        types: Vec<syn::Ident>,
        lifetimes: Vec<syn::Lifetime>,
    }
    impl<'ast> Visit<'ast> for Held<'_> {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            if let Some(ident) = path.get_ident() {
                if self.generics.type_params().any(|t| t.ident == *ident)
                    && !self.types.contains(ident)
                {
                    self.types.push(ident.clone());
                }
            }
            syn::visit::visit_path(self, path);
        }
        fn visit_lifetime(&mut self, lifetime: &'ast syn::Lifetime) {
            if self.generics.lifetimes().any(|l| l.lifetime == *lifetime)
                && !self.lifetimes.contains(lifetime)
            {
                self.lifetimes.push(lifetime.clone());
            }
        }
    }
    impl<'ast> Visit<'ast> for Refs<'_> {
        fn visit_type_reference(&mut self, reference: &'ast syn::TypeReference) {
            if let Some(outer) = &reference.lifetime {
                if self.generics.lifetimes().any(|l| l.lifetime == *outer) {
                    let mut held = Held {
                        generics: self.generics,
                        types: Vec::new(),
                        lifetimes: Vec::new(),
                    };
                    held.visit_type(&reference.elem);
                    for ty in held.types {
                        self.found.push(syn::parse_quote!(#ty: #outer));
                    }
                    for inner in held.lifetimes.into_iter().filter(|l| l != outer) {
                        self.found.push(syn::parse_quote!(#inner: #outer));
                    }
                }
            }
            syn::visit::visit_type_reference(self, reference);
        }
        // A function pointer's or trait object's arguments imply nothing.
        fn visit_type_fn_ptr(&mut self, _: &'ast syn::TypeFnPtr) {}
    }
    let mut refs = Refs {
        generics,
        found: Vec::new(),
    };
    if generics.lifetimes().next().is_none() {
        return refs.found;
    }
    match item {
        Item::Struct(s) => s.fields.iter().for_each(|f| refs.visit_type(&f.ty)),
        Item::Enum(e) => e
            .variants
            .iter()
            .flat_map(|v| v.fields.iter())
            .for_each(|f| refs.visit_type(&f.ty)),
        Item::Union(u) => u.fields.named.iter().for_each(|f| refs.visit_type(&f.ty)),
        _ => {}
    }
    refs.found
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    fn inferred(item: &str) -> Vec<String> {
        let item: syn::Item = syn::parse_str(item).unwrap();
        let generics = match &item {
            syn::Item::Struct(s) => s.generics.clone(),
            syn::Item::Enum(e) => e.generics.clone(),
            _ => unreachable!(),
        };
        super::inferred(&item, &generics)
            .iter()
            .map(|p| p.to_token_stream().to_string())
            .collect()
    }

    #[test]
    fn references_in_fields_give_their_bounds() {
        assert_eq!(inferred("struct V<'a, T> { items: &'a [T] }"), ["T : 'a"]);
        assert_eq!(
            inferred("enum E<'a, 'b, T> { A(&'a Option<&'b T>) }"),
            ["T : 'a", "'b : 'a", "T : 'b"]
        );
    }

    #[test]
    fn nothing_else_is_assumed() {
        assert!(inferred("struct S<'a, T> { name: &'a str, value: T }").is_empty());
        assert!(inferred("struct F<'a, T> { f: fn(&'a T) }").is_empty());
        assert!(inferred("struct N<T> { items: Vec<T> }").is_empty());
    }
}
