//! Fluent localization. Messages live in `i18n/en/*.ftl` and `i18n/ko/*.ftl`, embedded at build
//! time. A missing message falls back to English, then to its id, so a gap is visible but never
//! fatal; a test keeps both locales in step.

mod lang;
mod text;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

pub use lang::{Lang, LangSource, Locale, resolve_lang};
pub use text::Text;

use crate::explain::{Arg, Msg};

static I18N_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

type Bundle = FluentBundle<FluentResource>;

/// Formats messages in the learner's language(s).
pub struct Localizer {
    lang: Lang,
    // Parsed on first use: most runs never format a message in the other language.
    en: std::cell::OnceCell<Bundle>,
    ko: std::cell::OnceCell<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish_non_exhaustive()
    }
}

/// The embedded `.ftl` sources of one locale, as (file name, text) pairs.
pub fn sources(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let Some(dir) = I18N_DIR.get_dir(locale.dir()) else {
        return Vec::new();
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
        .collect();
    files.sort_unstable();
    files
}

fn bundle(locale: Locale) -> Bundle {
    let mut bundle = FluentBundle::new(vec![locale.langid()]);
    // Without this Fluent wraps every argument in invisible isolation marks, which end up in
    // terminals, JSON and test snapshots.
    bundle.set_use_isolating(false);
    for (_, text) in sources(locale) {
        // A syntax error in a shipped file is caught by the i18n tests; here we keep what parsed.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    /// A localizer for `lang`, with both bundles loaded (`both` and fallbacks need them).
    pub fn new(lang: Lang) -> Self {
        Localizer { lang, en: std::cell::OnceCell::new(), ko: std::cell::OnceCell::new() }
    }

    /// The chosen language setting.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The locale used for interface text (Korean when both languages are shown).
    pub fn primary(&self) -> Locale {
        match self.lang {
            Lang::En => Locale::En,
            Lang::Ko | Lang::Both => Locale::Ko,
        }
    }

    fn bundle(&self, locale: Locale) -> &Bundle {
        match locale {
            Locale::En => self.en.get_or_init(|| bundle(Locale::En)),
            Locale::Ko => self.ko.get_or_init(|| bundle(Locale::Ko)),
        }
    }

    /// Formats `id` in `locale`; falls back to English, then to the id itself.
    pub fn format_in(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [locale, Locale::En] {
            let bundle = self.bundle(candidate);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_owned()
    }

    /// A message's value (`attr` None) or one of its attributes in `locale` only, without
    /// fallback; None when that locale lacks it.
    pub fn lookup(&self, locale: Locale, id: &str, attr: Option<&str>) -> Option<String> {
        let bundle = self.bundle(locale);
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    /// Interface text in the primary locale.
    pub fn t(&self, id: &str) -> String {
        self.format_in(self.primary(), id, None)
    }

    /// Interface text with arguments, in the primary locale.
    pub fn ta(&self, id: &str, args: &FluentArgs) -> String {
        self.format_in(self.primary(), id, Some(args))
    }

    /// A message as data, in the primary locale.
    pub fn msg(&self, msg: &Msg) -> String {
        self.msg_in(self.primary(), msg)
    }

    /// A message as data, in `locale`; nested messages are rendered in the same locale.
    pub fn msg_in(&self, locale: Locale, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value: FluentValue = match value {
                Arg::Str(s) => s.clone().into(),
                Arg::Int(n) => (*n).into(),
                Arg::Num(n) => (*n).into(),
                Arg::Msg(inner) => self.msg_in(locale, inner).into(),
            };
            args.set(*name, value);
        }
        self.format_in(locale, msg.id, Some(&args))
    }

    /// Teaching text (explanations, feedback): both languages, Korean first, when `--lang both`.
    pub fn teach(&self, msg: &Msg) -> String {
        match self.lang {
            Lang::Both => format!("{}\n{}", self.msg_in(Locale::Ko, msg), self.msg_in(Locale::En, msg)),
            _ => self.msg(msg),
        }
    }

    /// Content text in the chosen language(s).
    pub fn text(&self, text: &Text) -> String {
        match self.lang {
            Lang::En => text.en.clone(),
            Lang::Ko => text.ko.clone(),
            Lang::Both => format!("{}\n{}", text.ko, text.en),
        }
    }

    /// Content text on one line, for tables and lists (`ko / en` when both).
    pub fn text_inline(&self, text: &Text) -> String {
        match self.lang {
            Lang::En => text.en.clone(),
            Lang::Ko => text.ko.clone(),
            Lang::Both => format!("{} / {}", text.ko, text.en),
        }
    }
}

/// Shorthand for building `FluentArgs`: `fargs!("name" => value, ...)`.
#[macro_export]
macro_rules! fargs {
    ($($name:literal => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set($name, $value);)*
        args
    }};
}

#[cfg(test)]
mod tests;
