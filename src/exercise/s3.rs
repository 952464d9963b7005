//! S3 exercise templates: versions left after a sequence (`s3.versions-left`), the status a GET
//! returns (`s3.get-after-delete`), the cheapest storage class (`s3.cheapest-class`) and the days
//! billed for an early deletion (`s3.early-deletion`). Answers come from `model::s3`; wrong
//! answers come from running the same model on the misconception's version of the operations.

use rand::RngExt;
use rand::seq::{IndexedRandom, SliceRandom};

use super::{ChoiceOption, Expected, Label, Rng, Template, Variant, only_params};
use crate::content::Params;
use crate::explain::{Msg, Step};
use crate::model::s3::{self, Bucket, CLASSES, Op, Pattern, StorageClass, Versioning};

const KEYS: &[&str] = &["report.csv", "photo.jpg", "index.html", "backup.tar", "notes.txt"];

/// Draws a sequence of operations on one key, using the model to pick real version ids.
fn sequence(rng: &mut Rng, key: &str, len: usize) -> Vec<Op> {
    let mut bucket = Bucket::new();
    let mut ops = Vec::new();
    if rng.random_bool(0.5) {
        ops.push(Op::Put(key.to_owned()));
    }
    ops.push(Op::SetVersioning(Versioning::Enabled));
    for op in &ops {
        bucket.apply(op);
    }
    while ops.len() < len {
        let roll = rng.random_range(0..10);
        let op = match roll {
            0..=3 => Op::Put(key.to_owned()),
            4..=5 => Op::Delete(key.to_owned(), None),
            6 => {
                let to =
                    if bucket.versioning == Versioning::Enabled { Versioning::Suspended } else { Versioning::Enabled };
                Op::SetVersioning(to)
            }
            _ => match bucket.versions(key).choose(rng) {
                Some(v) => Op::Delete(key.to_owned(), Some(v.id.clone())),
                None => Op::Put(key.to_owned()),
            },
        };
        bucket.apply(&op);
        ops.push(op);
    }
    ops
}

fn ops_text(ops: &[Op]) -> String {
    ops.iter().map(Op::text).collect::<Vec<_>>().join(" → ")
}

fn steps_of(results: &[s3::OpResult]) -> Vec<Step> {
    results.iter().flat_map(|r| r.steps.clone()).collect()
}

fn count_after(ops: &[Op], key: &str) -> i64 {
    s3::run(ops).0.versions(key).len() as i64
}

/// `s3.versions-left`: how many versions and delete markers of the key remain?
pub struct VersionsLeft;

impl Template for VersionsLeft {
    fn id(&self) -> &'static str {
        "s3.versions-left"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["key", "ops"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let key = *KEYS.choose(rng).unwrap_or(&"report.csv");
        let len = rng.random_range(4..=8);
        let ops = sequence(rng, key, len);
        let (bucket, results) = s3::run(&ops);
        let value = bucket.versions(key).len() as i64;
        let mut misconceptions: Vec<(i64, Msg)> = Vec::new();
        let mut add = |v: i64, msg: Msg| {
            if v != value && !misconceptions.iter().any(|(x, _)| *x == v) {
                misconceptions.push((v, msg));
            }
        };
        // Delete markers not counted.
        add(
            bucket.versions(key).iter().filter(|v| !v.delete_marker).count() as i64,
            Msg::new("s3-mis-markers-uncounted"),
        );
        // Suspending deletes old versions: the model run with every version removed at suspension.
        let mut mutated = Vec::new();
        let mut probe = Bucket::new();
        for op in &ops {
            probe.apply(op);
            mutated.push(op.clone());
            if *op == Op::SetVersioning(Versioning::Suspended) {
                for v in probe.versions(key).to_vec() {
                    let del = Op::Delete(key.to_owned(), Some(v.id));
                    probe.apply(&del);
                    mutated.push(del);
                }
            }
        }
        add(count_after(&mutated, key), Msg::new("s3-mis-suspend-deletes"));
        // DELETE removes the current version instead of adding a marker.
        let mut mutated = Vec::new();
        let mut probe = Bucket::new();
        for op in &ops {
            let op = match op {
                Op::Delete(k, None) if probe.versioning != Versioning::Unversioned => match probe.versions(k).first() {
                    Some(v) => Op::Delete(k.clone(), Some(v.id.clone())),
                    None => op.clone(),
                },
                _ => op.clone(),
            };
            probe.apply(&op);
            mutated.push(op);
        }
        add(count_after(&mutated, key), Msg::new("s3-mis-delete-removes"));
        // Every PUT kept: as if versioning had been Enabled all along.
        let mut mutated = vec![Op::SetVersioning(Versioning::Enabled)];
        mutated.extend(ops.iter().filter(|op| !matches!(op, Op::SetVersioning(_))).cloned());
        add(count_after(&mutated, key), Msg::new("s3-mis-every-put-kept"));
        add(1, Msg::new("s3-mis-only-latest"));
        Variant {
            vars: vec![("key", key.to_owned()), ("ops", ops_text(&ops))],
            context: vec![Msg::new("s3-ex-ops").arg("ops", ops_text(&ops))],
            expected: Expected::Number { value, misconceptions },
            explanation: steps_of(&results),
        }
    }
}

/// `s3.get-after-delete`: which status does the final GET get?
pub struct GetAfterDelete;

fn get_misconception(right: u16, wrong: u16, by_id: bool) -> &'static str {
    match (right, wrong) {
        (405, 404) => "s3-mis-404-for-405",
        (405, _) => "s3-mis-marker-has-data",
        (404, 405) if !by_id => "s3-mis-405-for-404",
        (404, 405) => "s3-mis-405-not-marker",
        (404, _) if by_id => "s3-mis-still-there",
        (404, _) => "s3-mis-previous-returned",
        (_, 404) if by_id => "s3-mis-version-gone",
        (_, 404) => "s3-mis-delete-removes",
        _ => "s3-mis-405-not-marker",
    }
}

impl Template for GetAfterDelete {
    fn id(&self) -> &'static str {
        "s3.get-after-delete"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["key", "ops", "get"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let key = *KEYS.choose(rng).unwrap_or(&"report.csv");
        let mut ops = vec![Op::SetVersioning(Versioning::Enabled)];
        for _ in 0..rng.random_range(1..=2) {
            ops.push(Op::Put(key.to_owned()));
        }
        for _ in 0..rng.random_range(1..=2) {
            ops.push(Op::Delete(key.to_owned(), None));
        }
        let (mut bucket, _) = s3::run(&ops);
        if rng.random_bool(0.3)
            && let Some(v) = bucket.versions(key).choose(rng).cloned()
        {
            let op = Op::Delete(key.to_owned(), Some(v.id));
            bucket.apply(&op);
            ops.push(op);
        }
        // The final GET: plain, or naming a version id that exists (object or marker) or not.
        let mut ids: Vec<String> = bucket.versions(key).iter().map(|v| v.id.clone()).collect();
        ids.push(format!("v{}", rng.random_range(1..=4)));
        let get = if rng.random_bool(0.35) {
            Op::Get(key.to_owned(), None)
        } else {
            Op::Get(key.to_owned(), ids.choose(rng).cloned())
        };
        let by_id = matches!(&get, Op::Get(_, Some(_)));
        let mut all = ops.clone();
        all.push(get.clone());
        let (_, results) = s3::run(&all);
        let status = results.last().map_or(404, |r| r.status);
        let mut options: Vec<(u16, ChoiceOption)> =
            [(200, "200 OK"), (404, "404 Not Found"), (405, "405 Method Not Allowed")]
                .into_iter()
                .map(|(code, label)| {
                    let misconception = (code != status).then(|| Msg::new(get_misconception(status, code, by_id)));
                    (code, ChoiceOption { label: Label::Plain(label.to_owned()), misconception })
                })
                .collect();
        options.shuffle(rng);
        let correct = options.iter().position(|(c, _)| *c == status).into_iter().collect();
        Variant {
            vars: vec![("key", key.to_owned()), ("ops", ops_text(&ops)), ("get", get.text())],
            context: vec![Msg::new("s3-ex-ops").arg("ops", ops_text(&ops))],
            expected: Expected::Choice { options: options.into_iter().map(|(_, o)| o).collect(), correct },
            explanation: steps_of(&results),
        }
    }
}

/// `s3.cheapest-class`: the lowest-cost class that meets an access pattern.
pub struct CheapestClass;

/// The pattern a variant describes, from its variables (for tests and the calculator).
pub fn pattern_from_vars(vars: &[(&'static str, String)]) -> Option<Pattern> {
    let get = |n: &str| vars.iter().find(|(k, _)| *k == n).map(|(_, v)| v.as_str());
    Some(Pattern {
        days: get("days")?.parse().ok()?,
        reads: get("reads")?.parse().ok()?,
        instant: get("instant")? == "true",
        multi_az: get("multi_az")? == "true",
    })
}

fn cheapest_by(
    pattern: &Pattern,
    filter: impl Fn(StorageClass) -> bool,
    cost: impl Fn(StorageClass) -> u64,
) -> Option<StorageClass> {
    CLASSES
        .iter()
        .map(|c| c.class)
        .filter(|&c| c != StorageClass::IntelligentTiering && filter(c))
        .min_by_key(|&c| (cost(c), c))
        .filter(|_| pattern.days > 0)
}

impl Template for CheapestClass {
    fn id(&self) -> &'static str {
        "s3.cheapest-class"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["days", "reads"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        // Redraw until the cheapest class wins clearly (no tie with the runner-up).
        let mut pattern = Pattern { days: 30, reads: 1, instant: true, multi_az: true };
        for _ in 0..50 {
            pattern = Pattern {
                days: *[7, 14, 20, 45, 60, 100, 120, 200, 365].choose(rng).unwrap_or(&30),
                reads: rng.random_range(0..=3),
                instant: rng.random_bool(0.6),
                multi_az: rng.random_bool(0.6),
            };
            let (_, costs, _) = s3::cheapest(&pattern);
            if costs.len() < 2 || costs[0].1 < costs[1].1 {
                break;
            }
        }
        let (best, costs, steps) = s3::cheapest(&pattern);
        let mut wrong: Vec<(StorageClass, Msg)> = Vec::new();
        let mut add = |class: Option<StorageClass>, msg: &dyn Fn(StorageClass) -> Msg| {
            if let Some(c) = class.filter(|&c| c != best && !wrong.iter().any(|(w, _)| *w == c)) {
                wrong.push((c, msg(c)));
            }
        };
        let eligible = |c| s3::eligible(c, &pattern);
        add(cheapest_by(&pattern, eligible, |c| s3::cost_per_gb_x30(c, &pattern, true, false)), &|c| {
            Msg::new("s3-mis-ignored-minimum").arg("class", c.info().name).arg("min", c.info().min_days)
        });
        add(cheapest_by(&pattern, eligible, |c| s3::cost_per_gb_x30(c, &pattern, false, true)), &|c| {
            Msg::new("s3-mis-ignored-retrieval").arg("class", c.info().name)
        });
        let any = |_| true;
        add(cheapest_by(&pattern, any, |c| s3::cost_per_gb_x30(c, &pattern, false, false)), &|c| {
            let why = if pattern.instant && c.info().access != s3::Access::Milliseconds {
                "s3-why-restore"
            } else {
                "s3-why-one-zone"
            };
            Msg::new("s3-mis-ignored-requirement").arg("class", c.info().name).arg("reason", Msg::new(why))
        });
        for &(c, _) in costs.iter().skip(1).take(3) {
            add(Some(c), &|c| Msg::new("s3-mis-more-expensive").arg("class", c.info().name));
        }
        wrong.truncate(3);
        let mut options: Vec<(bool, ChoiceOption)> =
            vec![(true, ChoiceOption { label: Label::Plain(best.info().name.to_owned()), misconception: None })];
        options.extend(wrong.into_iter().map(|(c, m)| {
            (false, ChoiceOption { label: Label::Plain(c.info().name.to_owned()), misconception: Some(m) })
        }));
        options.shuffle(rng);
        let correct = options.iter().position(|(r, _)| *r).into_iter().collect();
        let context = vec![
            Msg::new("s3-ex-pattern-days").arg("days", pattern.days).arg("reads", pattern.reads),
            Msg::new(if pattern.instant { "s3-ex-pattern-instant" } else { "s3-ex-pattern-restore" }),
            Msg::new(if pattern.multi_az { "s3-ex-pattern-multi-az" } else { "s3-ex-pattern-one-az" }),
        ];
        Variant {
            vars: vec![
                ("days", pattern.days.to_string()),
                ("reads", pattern.reads.to_string()),
                ("instant", pattern.instant.to_string()),
                ("multi_az", pattern.multi_az.to_string()),
            ],
            context,
            expected: Expected::Choice { options: options.into_iter().map(|(_, o)| o).collect(), correct },
            explanation: steps,
        }
    }
}

/// `s3.early-deletion`: how many days are billed when an object is deleted early?
pub struct EarlyDeletion;

const MIN_CLASSES: &[StorageClass] = &[
    StorageClass::StandardIa,
    StorageClass::OneZoneIa,
    StorageClass::GlacierInstant,
    StorageClass::GlacierFlexible,
    StorageClass::DeepArchive,
];

impl Template for EarlyDeletion {
    fn id(&self) -> &'static str {
        "s3.early-deletion"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["class", "days"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let class = *MIN_CLASSES.choose(rng).unwrap_or(&StorageClass::StandardIa);
        let min = class.info().min_days;
        // Mostly early deletions; sometimes after the minimum, where nothing extra is charged.
        let stored = if rng.random_bool(0.8) { rng.random_range(1..min) } else { rng.random_range(min..min + 60) };
        let value = i64::from(s3::billed_days(class, stored));
        let mut misconceptions: Vec<(i64, Msg)> = Vec::new();
        let mut add = |v: i64, msg: Msg| {
            if v != value && v > 0 && !misconceptions.iter().any(|(x, _)| *x == v) {
                misconceptions.push((v, msg));
            }
        };
        add(i64::from(stored), Msg::new("s3-mis-stored-days-only").arg("min", min));
        add(i64::from(stored + min), Msg::new("s3-mis-added-minimum").arg("min", min));
        add(i64::from(s3::early_deletion_days(class, stored)), Msg::new("s3-mis-remaining-only"));
        for other in MIN_CLASSES.iter().filter(|c| c.info().min_days != min) {
            add(
                i64::from(stored.max(other.info().min_days)),
                Msg::new("s3-mis-other-minimum").arg("class", class.info().name).arg("min", min),
            );
        }
        let step = Msg::new("s3-step-early")
            .arg("class", class.info().name)
            .arg("min", min)
            .arg("stored", stored)
            .arg("billed", s3::billed_days(class, stored));
        Variant {
            vars: vec![("class", class.info().name.to_owned()), ("days", stored.to_string())],
            context: Vec::new(),
            expected: Expected::Number { value, misconceptions },
            explanation: vec![Step::fact(step)],
        }
    }
}

#[cfg(test)]
#[path = "s3_tests.rs"]
mod tests;
