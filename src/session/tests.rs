use std::collections::HashMap;

use super::*;
use crate::content::{ContentSource, load};
use crate::exercise::Response;
use crate::srs::DayTotals;
use crate::srs::{Config, ItemState};

const NOW: i64 = 1_800_000_000;
const DAY_END: i64 = NOW + 3600 * 12;

fn setup() -> (crate::content::Bank, Scheduler) {
    (
        load(&ContentSource::Embedded).expect("shipped bank loads"),
        Scheduler::new(Config { fuzz: false, ..Config::default() }).unwrap(),
    )
}

fn opts(new: u32) -> PlanOptions {
    PlanOptions {
        topic: Some("vpc.security".into()),
        new_per_day: new,
        reviews_per_day: 200,
        cram: false,
        cram_size: 20,
        ..PlanOptions::default()
    }
}

#[test]
fn plan_respects_the_daily_new_limit_minus_what_was_seen_today() {
    let (bank, scheduler) = setup();
    let (queue, counts) = plan(&bank, &HashMap::new(), &DayTotals::default(), NOW, DAY_END, &scheduler, &opts(5));
    assert_eq!((queue.len(), counts.new), (5, 5));
    let today = DayTotals { new_items: 3, ..DayTotals::default() };
    let (queue, _) = plan(&bank, &HashMap::new(), &today, NOW, DAY_END, &scheduler, &opts(5));
    assert_eq!(queue.len(), 2);
    assert!(queue.iter().all(|e| topic_matches(&bank.items[e.item].topic, "vpc.security")));
}

#[test]
fn due_reviews_come_first_and_future_ones_wait() {
    let (bank, scheduler) = setup();
    let first = &bank.items.iter().find(|i| i.topic == "vpc.security").unwrap().id;
    let mut due = ItemState::new_item();
    due.phase = crate::srs::Phase::Review;
    due.due = NOW - 10;
    let mut states = HashMap::new();
    states.insert(first.clone(), due.clone());
    let (queue, counts) = plan(&bank, &states, &DayTotals::default(), NOW, DAY_END, &scheduler, &opts(0));
    assert_eq!(counts.review, 1);
    assert_eq!(bank.items[queue[0].item].id, *first);
    due.due = DAY_END + 10;
    states.insert(first.clone(), due);
    let (queue, _) = plan(&bank, &states, &DayTotals::default(), NOW, DAY_END, &scheduler, &opts(0));
    assert!(queue.is_empty());
}

#[test]
fn a_missed_new_item_comes_back_in_the_same_session() {
    let (bank, scheduler) = setup();
    let (queue, _) = plan(&bank, &HashMap::new(), &DayTotals::default(), NOW, DAY_END, &scheduler, &opts(1));
    let mut session = Session::new(&bank, &scheduler, queue, HashMap::new(), false, None, DAY_END, None);
    let current = session.next(NOW).unwrap();
    let outcome = session.answer(&current, &Input::Rating(Rating::Again), NOW, 1, "en");
    assert_eq!(outcome.reviewed.as_ref().unwrap().state.phase, crate::srs::Phase::Learning);
    assert_eq!(outcome.record.phase_before, crate::srs::Phase::New);
    let again = session.next(NOW + 61).expect("learning step is due after a minute");
    assert_eq!(again.entry.item, current.entry.item);
    assert_eq!(session.summary().new_seen, 1);
}

#[test]
fn graded_answers_map_to_again_or_good_and_cram_keeps_the_schedule() {
    let (bank, scheduler) = setup();
    let index = bank.items.iter().position(|i| matches!(i.body, crate::content::Body::Question(_))).unwrap();
    let entry = Entry { item: index, state: ItemState::new_item() };
    for cram in [false, true] {
        let mut session =
            Session::new(&bank, &scheduler, vec![entry.clone()], HashMap::new(), cram, None, DAY_END, None);
        let current = session.next(NOW).unwrap();
        let View::Question { order, .. } = &current.view else { panic!("a question") };
        let crate::content::Body::Question(q) = &bank.items[index].body else { unreachable!() };
        let right: Vec<usize> =
            order.iter().enumerate().filter(|(_, a)| q.options[**a].correct).map(|(p, _)| p).collect();
        let input = Input::Response { response: Response::Choices(right), raw: "x".into(), rating: None };
        let outcome = session.answer(&current, &input, NOW, 1, "en");
        assert_eq!(outcome.rating, Rating::Good);
        assert!(outcome.grade.unwrap().correct);
        assert_eq!(outcome.reviewed.is_none(), cram);
    }
    assert_eq!(graded_rating(false, Some(Rating::Easy)), Rating::Again);
    assert_eq!(graded_rating(true, Some(Rating::Hard)), Rating::Hard);
}

#[test]
fn limit_ends_the_session() {
    let (bank, scheduler) = setup();
    let (queue, _) = plan(&bank, &HashMap::new(), &DayTotals::default(), NOW, DAY_END, &scheduler, &opts(5));
    let mut session = Session::new(&bank, &scheduler, queue, HashMap::new(), false, Some(1), DAY_END, None);
    let current = session.next(NOW).unwrap();
    session.answer(&current, &Input::Rating(Rating::Good), NOW, 1, "en");
    assert!(session.next(NOW).is_none());
}

/// Five simulated days of 30 new items for `exam`: the share of each domain among new items.
fn five_days(exam: crate::content::Exam) -> (usize, usize, Vec<f64>) {
    let (bank, scheduler) = setup();
    let mut states: HashMap<String, ItemState> = HashMap::new();
    let opts = PlanOptions { new_per_day: 30, reviews_per_day: 0, exam: Some(exam), ..PlanOptions::default() };
    let mut per_domain = vec![0usize; exam.weights().len()];
    let (mut total, mut tagged) = (0, 0);
    for day in 0..5 {
        let now = NOW + day * 86_400;
        let (queue, _) = plan(&bank, &states, &DayTotals::default(), now, now + 3600, &scheduler, &opts);
        let mut points = std::collections::HashSet::new();
        for entry in queue.iter().filter(|e| e.state.phase == crate::srs::Phase::New) {
            let item = &bank.items[entry.item];
            for p in &item.syllabus {
                assert!(points.insert(p.clone()), "two new items on {p} on day {day}");
            }
            total += 1;
            if let Some(d) = item.domains.iter().find(|d| d.exam == exam) {
                tagged += 1;
                per_domain[usize::from(d.domain) - 1] += 1;
            }
            let mut seen = ItemState::new_item();
            seen.phase = crate::srs::Phase::Review;
            seen.due = now + 100 * 86_400;
            states.insert(item.id.clone(), seen);
        }
    }
    let shares = per_domain.iter().map(|n| *n as f64 * 100.0 / tagged.max(1) as f64).collect();
    (total, tagged, shares)
}

#[test]
fn new_items_follow_the_goal_exam_and_its_domain_weights() {
    for exam in crate::content::Exam::ALL {
        let (total, tagged, shares) = five_days(exam);
        assert_eq!(total, 150, "{exam:?}");
        assert!(tagged * 100 >= total * 95, "{exam:?}: {tagged} of {total}");
        for (share, weight) in shares.iter().zip(exam.weights()) {
            assert!((share - f64::from(*weight)).abs() <= 10.0, "{exam:?}: {shares:?}");
        }
    }
}

#[test]
fn domain_filter_parses_domains_and_task_statements() {
    assert!(DomainFilter::parse("saa-c03:2").is_some());
    assert!(DomainFilter::parse("saa-c03:2.1").is_some());
    assert!(DomainFilter::parse("saa-c03:2.3").is_none());
    assert!(DomainFilter::parse("saa-c03:5").is_none());
    assert!(DomainFilter::parse("clf-c03:1").is_none());
}

fn cards_of_one_point(bank: &crate::content::Bank) -> (usize, usize, usize) {
    let cards: Vec<usize> =
        (0..bank.items.len()).filter(|&i| matches!(bank.items[i].body, crate::content::Body::Card { .. })).collect();
    let (a, b) = cards
        .iter()
        .flat_map(|&a| cards.iter().map(move |&b| (a, b)))
        .find(|&(a, b)| siblings(&bank.items[a], &bank.items[b]))
        .expect("two cards on one syllabus point");
    let other = cards.iter().copied().find(|&c| !siblings(&bank.items[a], &bank.items[c]) && c != a).unwrap();
    (a, b, other)
}

fn review_entry(item: usize) -> Entry {
    let mut state = ItemState::new_item();
    state.phase = crate::srs::Phase::Review;
    state.due = NOW - 10;
    Entry { item, state }
}

#[test]
fn undo_asks_the_same_prompt_again_and_walks_back() {
    let (bank, scheduler) = setup();
    let (a, _, other) = cards_of_one_point(&bank);
    let queue = vec![review_entry(a), review_entry(other)];
    let mut session = Session::new(&bank, &scheduler, queue, HashMap::new(), false, None, DAY_END, None);
    assert!(!session.can_undo());
    let first = session.next(NOW).unwrap();
    session.answer(&first, &Input::Rating(Rating::Good), NOW, 1, "en");
    let second = session.next(NOW).unwrap();
    session.answer(&second, &Input::Rating(Rating::Again), NOW, 1, "en");
    assert_eq!(session.undo().map(|c| c.entry.item), Some(second.entry.item));
    assert_eq!(session.undo().map(|c| c.entry.item), Some(first.entry.item));
    assert!(session.undo().is_none());
    assert_eq!(session.next(NOW), Some(first), "same variant, same number");
    assert_eq!(session.summary(), Summary::default());
}

#[test]
fn hard_rerates_only_a_right_graded_answer() {
    let (bank, scheduler) = setup();
    let index = bank.items.iter().position(|i| matches!(i.body, crate::content::Body::Question(_))).unwrap();
    let mut session =
        Session::new(&bank, &scheduler, vec![review_entry(index)], HashMap::new(), false, None, DAY_END, None);
    let current = session.next(NOW).unwrap();
    let View::Question { order, .. } = &current.view else { panic!("a question") };
    let crate::content::Body::Question(q) = &bank.items[index].body else { unreachable!() };
    let right: Vec<usize> = order.iter().enumerate().filter(|(_, a)| q.options[**a].correct).map(|(p, _)| p).collect();
    let input = Input::Response { response: Response::Choices(right), raw: "x".into(), rating: None };
    let good = session.answer(&current, &input, NOW, 1, "en");
    assert!(session.can_rerate());
    let hard = session.rerate(Rating::Hard).unwrap();
    assert_eq!((good.rating, hard.rating), (Rating::Good, Rating::Hard));
    assert!(hard.reviewed.unwrap().state.due < good.reviewed.unwrap().state.due);
    assert_eq!(session.summary().answered, 1);
    assert_eq!(session.summary().ratings, [0, 1, 0, 0]);
}

#[test]
fn siblings_are_buried_once_one_is_answered_but_not_learning_steps() {
    let (bank, scheduler) = setup();
    let (a, b, other) = cards_of_one_point(&bank);
    for (bury, expected) in [(true, vec![a, other]), (false, vec![a, b, other])] {
        let queue = vec![review_entry(a), review_entry(b), review_entry(other)];
        let mut session = Session::new(&bank, &scheduler, queue, HashMap::new(), false, None, DAY_END, None)
            .with_sibling_burying(bury);
        let mut shown = Vec::new();
        while let Some(current) = session.next(NOW) {
            shown.push(current.entry.item);
            session.answer(&current, &Input::Rating(Rating::Easy), NOW, 1, "en");
        }
        assert_eq!(shown, expected);
    }
    let mut learning = review_entry(b);
    learning.state.phase = crate::srs::Phase::Learning;
    let queue = vec![review_entry(a), learning];
    let mut session =
        Session::new(&bank, &scheduler, queue, HashMap::new(), false, None, DAY_END, None).with_sibling_burying(true);
    let first = session.next(NOW).unwrap();
    session.answer(&first, &Input::Rating(Rating::Easy), NOW, 1, "en");
    assert_eq!(session.next(NOW).map(|c| c.entry.item), Some(b), "a learning step is never buried");
}
