//! Choosing the language: `--lang`, then `AWSDRILL_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, then
//! English. Pure over its inputs so the order is testable.

use unic_langid::LanguageIdentifier;

/// What the learner asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English only.
    En,
    /// Korean only.
    Ko,
    /// Korean and English together.
    Both,
}

/// One of the two shipped locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Locale {
    /// Both locales, English first (the fallback).
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ko];

    pub(super) fn dir(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ko => "ko",
        }
    }

    pub(super) fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => "en-US".parse().expect("valid tag"),
            Locale::Ko => "ko-KR".parse().expect("valid tag"),
        }
    }

    /// `en` or `ko`.
    pub fn code(self) -> &'static str {
        self.dir()
    }
}

impl Lang {
    /// `en`, `ko` or `both`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Both => "both",
        }
    }

    /// Parses `ko`, `en`, `both`, or a POSIX locale such as `ko_KR.UTF-8`.
    pub fn parse(value: &str) -> Option<Lang> {
        let value = value.trim().to_ascii_lowercase();
        match value.as_str() {
            "both" => return Some(Lang::Both),
            "" => return None,
            _ => {}
        }
        let language = value.split(['_', '-', '.', '@']).next().unwrap_or("");
        match language {
            "ko" | "kor" => Some(Lang::Ko),
            "en" | "eng" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Where the language choice came from (shown by `awsdrill paths`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangSource {
    /// `--lang`.
    Flag,
    /// An environment variable, by name.
    Env(&'static str),
    /// Nothing set, or nothing we ship.
    Default,
}

/// The environment variables consulted, in order.
pub const LANG_VARS: [&str; 4] = ["AWSDRILL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Resolves the language. `env` returns a variable's value; empty values count as unset. A
/// locale we do not ship (say `fr_FR`) in `LC_ALL` stops the search and gives English, as gettext
/// would not look further either.
pub fn resolve_lang(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> (Lang, LangSource) {
    if let Some(lang) = flag {
        return (lang, LangSource::Flag);
    }
    for var in LANG_VARS {
        let Some(value) = env(var).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        return match Lang::parse(&value) {
            Some(lang) => (lang, LangSource::Env(var)),
            None => (Lang::En, LangSource::Env(var)),
        };
    }
    (Lang::En, LangSource::Default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn flag_wins_over_everything() {
        let env = env_of(&[("AWSDRILL_LANG", "en"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(resolve_lang(Some(Lang::Ko), env), (Lang::Ko, LangSource::Flag));
    }

    #[test]
    fn order_is_awsdrill_lc_all_lc_messages_lang() {
        let env = env_of(&[("LC_ALL", "ko_KR.UTF-8"), ("LC_MESSAGES", "en_US"), ("LANG", "en_US")]);
        assert_eq!(resolve_lang(None, env), (Lang::Ko, LangSource::Env("LC_ALL")));
        let env = env_of(&[("LC_MESSAGES", "ko_KR"), ("LANG", "en_US")]);
        assert_eq!(resolve_lang(None, env), (Lang::Ko, LangSource::Env("LC_MESSAGES")));
        let env = env_of(&[("AWSDRILL_LANG", "both"), ("LC_ALL", "en_US")]);
        assert_eq!(resolve_lang(None, env), (Lang::Both, LangSource::Env("AWSDRILL_LANG")));
    }

    #[test]
    fn empty_values_are_unset_and_default_is_english() {
        let env = env_of(&[("AWSDRILL_LANG", ""), ("LC_ALL", "  "), ("LANG", "ko_KR.UTF-8")]);
        assert_eq!(resolve_lang(None, env), (Lang::Ko, LangSource::Env("LANG")));
        assert_eq!(resolve_lang(None, env_of(&[])), (Lang::En, LangSource::Default));
    }

    #[test]
    fn unshipped_locale_means_english() {
        let env = env_of(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ko_KR")]);
        assert_eq!(resolve_lang(None, env), (Lang::En, LangSource::Env("LC_ALL")));
        assert_eq!(Lang::parse("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("ko"), Some(Lang::Ko));
    }
}
