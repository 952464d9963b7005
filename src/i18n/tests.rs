//! Both locales carry the same message ids with the same variables, and every message formats
//! without error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::{Locale, sources};

fn collect_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_vars(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
        }
        InlineExpression::Placeable { expression } => collect_expr(expression, out),
        _ => {}
    }
}

/// Message id → variables it uses, for one locale; panics on a syntax error or duplicate id.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut map = BTreeMap::new();
    let files = sources(locale);
    assert!(!files.is_empty(), "no .ftl files for {locale:?}");
    for (name, text) in files {
        let resource =
            parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{name}: Fluent syntax errors: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(ast::Message { id, value: Some(value), .. }) = entry {
                let mut vars = BTreeSet::new();
                collect_vars(&value, &mut vars);
                let previous = map.insert(id.name.to_owned(), vars);
                assert!(previous.is_none(), "{name}: message `{}` defined twice", id.name);
            }
        }
    }
    map
}

#[test]
fn both_locales_carry_the_same_ids_and_variables() {
    let en = messages(Locale::En);
    let ko = messages(Locale::Ko);
    let en_ids: BTreeSet<_> = en.keys().collect();
    let ko_ids: BTreeSet<_> = ko.keys().collect();
    let only_en: Vec<_> = en_ids.difference(&ko_ids).collect();
    let only_ko: Vec<_> = ko_ids.difference(&en_ids).collect();
    assert!(only_en.is_empty(), "missing in ko: {only_en:?}");
    assert!(only_ko.is_empty(), "missing in en: {only_ko:?}");
    for (id, vars) in &en {
        assert_eq!(vars, &ko[id], "message `{id}` uses different variables in en and ko");
    }
}

#[test]
fn every_message_formats_without_error() {
    for locale in Locale::ALL {
        let mut bundle = FluentBundle::new(vec![locale.langid()]);
        bundle.set_use_isolating(false);
        for (name, text) in sources(locale) {
            let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|_| panic!("{name} does not parse"));
            bundle.add_resource(resource).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        }
        for (id, vars) in messages(locale) {
            for sample in [FluentArgsSample::Number, FluentArgsSample::Text] {
                let mut args = FluentArgs::new();
                for var in &vars {
                    match sample {
                        FluentArgsSample::Number => args.set(var.clone(), 2),
                        FluentArgsSample::Text => args.set(var.clone(), "x"),
                    }
                }
                let message = bundle.get_message(&id).expect("parsed above");
                let mut errors = Vec::new();
                let out = bundle.format_pattern(message.value().expect("has value"), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale:?} `{id}`: {errors:?}");
                assert!(!out.trim().is_empty(), "{locale:?} `{id}` formats to nothing");
            }
        }
    }
}

#[derive(Clone, Copy)]
enum FluentArgsSample {
    Number,
    Text,
}
