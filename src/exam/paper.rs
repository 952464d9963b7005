//! One item as it appears on a paper (mock exam or quiz) for one seed: the stem, the options in
//! their shown order, the key, and how to grade and explain it. Questions and exercise variants
//! end up in the same shape, so exams, quizzes, keys and exports share one code path.

use rand::seq::SliceRandom;

use crate::content::{Body, Exercise, Item, Question, Text};
use crate::exercise::{self, AnswerKind, Expected, Label, Response, Template};
use crate::explain::{Msg, Step};
use crate::i18n::{Lang, Locale, Localizer};

/// Text of an option: bilingual content, or a template label.
#[derive(Debug, Clone, PartialEq)]
pub enum OptText {
    /// Authored in both languages.
    Text(Text),
    /// From an exercise template.
    Label(Label),
}

/// Why an option is right or wrong, where the content says so.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Authored feedback.
    Text(Text),
    /// A named misconception from the model.
    Msg(Msg),
}

/// One shown option.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperOption {
    /// What is shown.
    pub text: OptText,
    /// Part of the key.
    pub correct: bool,
    /// Feedback, if any.
    pub note: Option<Note>,
}

/// The key of an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// Pick exactly these options (all-or-nothing when more than one).
    Choice {
        /// Options in shown order.
        options: Vec<PaperOption>,
        /// Indexes of the right ones, ascending.
        correct: Vec<usize>,
    },
    /// A computed exercise answer typed as a number or text.
    Typed(Expected),
}

/// The explanation shown after grading.
#[derive(Debug, Clone, PartialEq)]
pub enum Explanation {
    /// Authored.
    Text(Text),
    /// The model's steps.
    Steps(Vec<Step>),
}

/// One item of a paper.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperItem {
    /// Bank id.
    pub id: String,
    /// The seed of this item's variant (and option order).
    pub seed: u64,
    /// The question text (placeholders filled).
    pub stem: Text,
    /// Extra lines under the stem (exercise context).
    pub context: Vec<Msg>,
    /// The key.
    pub key: Key,
    /// Shown after the answer.
    pub explanation: Explanation,
}

/// The answer to show in a key: a letter, a list of letters, or a typed value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum KeyAnswer {
    /// One letter, a number or a text.
    One(String),
    /// Letters of a choose-N item.
    Many(Vec<String>),
}

/// `a`, `b`, … for an option index.
pub fn letter(index: usize) -> String {
    char::from(b'a' + (index % 26) as u8).to_string()
}

impl PaperItem {
    /// Builds the paper form of `item` for `paper_seed`; `None` for cards (not graded) and for an
    /// exercise whose template this binary does not know.
    pub fn build(item: &Item, paper_seed: u64, shuffle: bool) -> Option<PaperItem> {
        let seed = exercise::variant_seed(&item.id, paper_seed);
        match &item.body {
            Body::Card { .. } => None,
            Body::Question(q) => Some(Self::from_question(&item.id, q, seed, shuffle)),
            Body::Exercise(ex) => Some(Self::from_exercise(&item.id, ex, exercise::template(&ex.template)?, seed)),
        }
    }

    /// A question with its options in seeded order (or authored order without shuffling).
    pub fn from_question(id: &str, q: &Question, seed: u64, shuffle: bool) -> PaperItem {
        let mut order: Vec<usize> = (0..q.options.len()).collect();
        if shuffle {
            order.shuffle(&mut exercise::rng(seed));
        }
        let options: Vec<PaperOption> = order
            .iter()
            .map(|&i| {
                let o = &q.options[i];
                PaperOption {
                    text: OptText::Text(o.text.clone()),
                    correct: o.correct,
                    note: o.feedback.clone().map(Note::Text),
                }
            })
            .collect();
        let correct = options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect();
        PaperItem {
            id: id.to_owned(),
            seed,
            stem: q.stem.clone(),
            context: Vec::new(),
            key: Key::Choice { options, correct },
            explanation: Explanation::Text(q.explanation.clone()),
        }
    }

    /// An exercise variant frozen for `seed`.
    pub fn from_exercise(id: &str, ex: &Exercise, template: &dyn Template, seed: u64) -> PaperItem {
        let variant = template.generate(&ex.params, &mut exercise::rng(seed));
        let stem = exercise::fill_text(&ex.prompt, &variant.vars);
        let key = match variant.expected {
            Expected::Choice { options, correct } => {
                let options = options
                    .into_iter()
                    .enumerate()
                    .map(|(i, o)| PaperOption {
                        text: OptText::Label(o.label),
                        correct: correct.contains(&i),
                        note: o.misconception.map(Note::Msg),
                    })
                    .collect();
                Key::Choice { options, correct }
            }
            other => Key::Typed(other),
        };
        PaperItem {
            id: id.to_owned(),
            seed,
            stem,
            context: variant.context,
            key,
            explanation: Explanation::Steps(variant.explanation),
        }
    }

    /// What kind of answer this takes.
    pub fn answer_kind(&self) -> AnswerKind {
        match &self.key {
            Key::Choice { options, .. } => AnswerKind::Choice { options: options.len() },
            Key::Typed(expected) => expected.answer_kind(),
        }
    }

    /// How many options must be chosen (0 for a typed answer).
    pub fn choose(&self) -> usize {
        match &self.key {
            Key::Choice { correct, .. } => correct.len(),
            Key::Typed(_) => 0,
        }
    }

    /// Parses one typed line; the error lists the accepted forms.
    pub fn parse(&self, line: &str) -> Result<Response, Msg> {
        exercise::parse_response(self.answer_kind(), line)
    }

    /// Parses a line and checks a choice has exactly as many picks as the item asks for, so a
    /// choose-2 item answered with one letter is asked again instead of graded.
    pub fn parse_counted(&self, line: &str) -> Result<Response, Msg> {
        let response = self.parse(line)?;
        if let (Key::Choice { correct, .. }, Response::Choices(picked)) = (&self.key, &response) {
            let n = correct.len().max(1);
            if picked.len() != n {
                return Err(Msg::new("exam2-wrong-count").arg("n", n).arg("picked", picked.len()));
            }
        }
        Ok(response)
    }

    /// Grades a response: choose-N is all-or-nothing, with exactly N picks.
    pub fn is_correct(&self, response: &Response) -> bool {
        match (&self.key, response) {
            (Key::Choice { correct, .. }, Response::Choices(picked)) => exercise::grade_choices(correct, picked).0,
            (Key::Typed(expected), r) => exercise::grade(expected, r).correct,
            _ => false,
        }
    }

    /// The key as shown to instructors.
    pub fn key_answer(&self) -> KeyAnswer {
        match &self.key {
            Key::Choice { correct, .. } if correct.len() == 1 => KeyAnswer::One(letter(correct[0])),
            Key::Choice { correct, .. } => KeyAnswer::Many(correct.iter().map(|&i| letter(i)).collect()),
            Key::Typed(Expected::Number { value, .. }) => KeyAnswer::One(value.to_string()),
            Key::Typed(Expected::Text { accepted, .. }) => {
                KeyAnswer::One(accepted.first().cloned().unwrap_or_default())
            }
            Key::Typed(Expected::Choice { correct, .. }) => {
                KeyAnswer::Many(correct.iter().map(|&i| letter(i)).collect())
            }
        }
    }

    /// The key as one line a learner could type (`b`, `a,c`, `251`).
    pub fn key_line(&self) -> String {
        match self.key_answer() {
            KeyAnswer::One(s) => s,
            KeyAnswer::Many(list) => list.join(","),
        }
    }
}

/// A response as one line (`a,c`, `251`), for storage and review.
pub fn response_line(response: &Response) -> String {
    match response {
        Response::Choices(picked) => picked.iter().map(|&i| letter(i)).collect::<Vec<_>>().join(","),
        Response::Number(n) => n.to_string(),
        Response::Text(t) => t.clone(),
    }
}

/// A template label or message in the chosen language(s), on one line.
pub fn label_inline(i18n: &Localizer, label: &Label) -> String {
    match label {
        Label::Plain(s) => s.clone(),
        Label::Msg(m) => msg_inline(i18n, m),
    }
}

/// A message on one line: `ko / en` when both languages are shown.
pub fn msg_inline(i18n: &Localizer, msg: &Msg) -> String {
    match i18n.lang() {
        Lang::Both => format!("{} / {}", i18n.msg_in(Locale::Ko, msg), i18n.msg_in(Locale::En, msg)),
        _ => i18n.msg(msg),
    }
}

/// An option's text on one line.
pub fn option_inline(i18n: &Localizer, text: &OptText) -> String {
    match text {
        OptText::Text(t) => i18n.text_inline(t),
        OptText::Label(l) => label_inline(i18n, l),
    }
}

/// A note on one line.
pub fn note_inline(i18n: &Localizer, note: &Note) -> String {
    match note {
        Note::Text(t) => i18n.text_inline(t),
        Note::Msg(m) => msg_inline(i18n, m),
    }
}

/// The explanation as lines; model-convention steps carry the localized label.
pub fn explanation_lines(i18n: &Localizer, explanation: &Explanation) -> Vec<String> {
    match explanation {
        Explanation::Text(t) => vec![i18n.text(t)],
        Explanation::Steps(steps) => steps
            .iter()
            .map(|s| {
                let text = i18n.teach(&s.msg);
                if s.convention { format!("{} {text}", i18n.t("exam-convention-label")) } else { text }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Params, QuestionOption};

    fn question() -> Question {
        let opt = |en: &str, correct| QuestionOption {
            text: Text::new(en, format!("{en}-ko")),
            correct,
            feedback: None,
            value: None,
        };
        Question {
            stem: Text::new("Pick two", "두 개 고르세요"),
            choose: 2,
            options: vec![opt("A", true), opt("B", false), opt("C", true), opt("D", false), opt("E", false)],
            explanation: Text::new("because", "왜냐하면"),
            check: None,
        }
    }

    #[test]
    fn choose_n_needs_exactly_the_key() {
        let item = PaperItem::from_question("q", &question(), 7, true);
        let key = item.key_line();
        let right = item.parse(&key).unwrap();
        assert!(item.is_correct(&right));
        assert!(!item.is_correct(&item.parse("a,b,c,d,e").unwrap()));
        let KeyAnswer::Many(letters) = item.key_answer() else { panic!("choose 2") };
        assert_eq!(letters.len(), 2);
        assert!(!item.is_correct(&item.parse(&letters[0]).unwrap()));
    }

    #[test]
    fn a_wrong_number_of_picks_is_refused_not_graded() {
        let item = PaperItem::from_question("q", &question(), 7, true);
        assert_eq!(item.parse_counted("a").unwrap_err().id, "exam2-wrong-count");
        assert!(item.parse_counted("a,b,c").is_err());
        assert!(item.parse_counted("a,b").is_ok());
        assert!(item.parse_counted("zz").is_err());
    }

    #[test]
    fn the_same_seed_gives_the_same_order() {
        let a = PaperItem::from_question("q", &question(), 7, true);
        let b = PaperItem::from_question("q", &question(), 7, true);
        assert_eq!(a, b);
        let plain = PaperItem::from_question("q", &question(), 7, false);
        assert_eq!(plain.key_line(), "a,c");
    }

    struct Fake;
    impl Template for Fake {
        fn id(&self) -> &'static str {
            "fake.number"
        }
        fn placeholders(&self) -> &'static [&'static str] {
            &["n"]
        }
        fn check_params(&self, _: &Params) -> Result<(), Msg> {
            Ok(())
        }
        fn generate(&self, _: &Params, rng: &mut exercise::Rng) -> exercise::Variant {
            use rand::RngExt as _;
            let n: i64 = rng.random_range(1..100);
            exercise::Variant {
                vars: vec![("n", n.to_string())],
                context: Vec::new(),
                expected: Expected::Number { value: n * 2, misconceptions: Vec::new() },
                explanation: vec![Step::convention(Msg::new("x"))],
            }
        }
    }

    #[test]
    fn exercises_freeze_to_a_numeric_key() {
        let ex = Exercise {
            template: "fake.number".into(),
            params: Params::new(),
            prompt: Text::new("Double {n}", "{n}의 두 배"),
        };
        let item = PaperItem::from_exercise("e", &ex, &Fake, 3);
        assert_eq!(item, PaperItem::from_exercise("e", &ex, &Fake, 3));
        let n: i64 = item.stem.en.trim_start_matches("Double ").parse().unwrap();
        assert_eq!(item.key_answer(), KeyAnswer::One((n * 2).to_string()));
        assert!(item.is_correct(&item.parse(&item.key_line()).unwrap()));
        assert!(item.parse("many").is_err());
    }
}
