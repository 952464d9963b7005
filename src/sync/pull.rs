//! Reading a cohort back from the server as the same [`Export`] structures the file report reads,
//! so `cohort report --server` goes through the very same report builder. One query per section
//! (learners, schedules, days, exams, quizzes); days are aggregated on the server from the review
//! log, as the local `daily` table is kept from it.

use std::collections::BTreeMap;

use postgres::Client;

use super::{SyncError, server_err};
use crate::cohort::export::{self, DayRecord, ExamDomain, ExamRecord, Export, GoalRecord, ItemRecord};

/// The label that stands in for a file name in the report's learner rows.
pub fn source_label(cohort: &str, learner: &str) -> String {
    format!("postgres:{cohort}/{learner}")
}

/// Refuses a role that is neither a lead of the cohort nor able to bypass row-level security
/// (superuser or the tables' owner): a learner's role would otherwise see a one-learner cohort.
fn check_lead(client: &mut Client, cohort: &str) -> Result<(), SyncError> {
    let row = client
        .query_one(
            "SELECT current_user::text,
                coalesce((SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user), false)
                OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'awsdrill.review'::regclass), 'USAGE')
                OR EXISTS (SELECT 1 FROM awsdrill.lead WHERE cohort = $1 AND role = current_user)",
            &[&cohort],
        )
        .map_err(|e| server_err(&e))?;
    if row.get::<_, bool>(1) { Ok(()) } else { Err(SyncError::NotLead { role: row.get(0), cohort: cohort.to_owned() }) }
}

/// Every learner of `cohort`, as `(label, export)` pairs ordered by learner name.
pub fn cohort_exports(
    client: &mut Client,
    cohort: &str,
    generated: &str,
    day_date: &dyn Fn(i64) -> String,
) -> Result<Vec<(String, Export)>, SyncError> {
    check_lead(client, cohort)?;
    let err = |e: postgres::Error| server_err(&e);
    let mut by_name: BTreeMap<String, Export> = BTreeMap::new();
    for row in client
        .query("SELECT learner, goal_exam, goal_date FROM awsdrill.learner WHERE cohort = $1", &[&cohort])
        .map_err(err)?
    {
        let name: String = row.get(0);
        let goal = row
            .get::<_, Option<String>>(1)
            .zip(row.get::<_, Option<String>>(2))
            .map(|(exam, date)| GoalRecord { exam, date });
        by_name.insert(
            name.clone(),
            Export {
                format: export::FORMAT.to_owned(),
                version: export::VERSION,
                learner: name,
                anonymized: false,
                generated: generated.to_owned(),
                goal,
                items: Vec::new(),
                days: Vec::new(),
                exams: Vec::new(),
                quizzes: Vec::new(),
            },
        );
    }
    for row in client
        .query(
            "SELECT learner, item_id, phase, stability, difficulty, due, last_review, reps, lapses, leech
             FROM awsdrill.item_state WHERE cohort = $1",
            &[&cohort],
        )
        .map_err(err)?
    {
        if let Some(e) = by_name.get_mut(row.get::<_, &str>(0)) {
            e.items.push(ItemRecord {
                id: row.get(1),
                phase: row.get(2),
                stability: row.get(3),
                difficulty: row.get(4),
                due: row.get(5),
                last_review: row.get(6),
                reps: row.get::<_, i64>(7) as u32,
                lapses: row.get::<_, i64>(8) as u32,
                leech: row.get(9),
                last_rating: None,
            });
        }
    }
    for row in client
        .query(
            "SELECT learner, day, count(*), count(*) FILTER (WHERE correct), count(correct),
                count(*) FILTER (WHERE phase_before = 0 AND mode <> 'cram')
             FROM awsdrill.review WHERE cohort = $1 GROUP BY learner, day",
            &[&cohort],
        )
        .map_err(err)?
    {
        if let Some(e) = by_name.get_mut(row.get::<_, &str>(0)) {
            let day: i64 = row.get(1);
            e.days.push(DayRecord {
                date: day_date(day),
                reviews: row.get(2),
                correct: row.get(3),
                graded: row.get(4),
                new_items: row.get(5),
            });
        }
    }
    for row in client
        .query(
            "SELECT learner, exam, finished_at, total, correct, scaled_estimate, pass_mark, passed, domains
             FROM awsdrill.exam_attempt WHERE cohort = $1 ORDER BY finished_at, local_id",
            &[&cohort],
        )
        .map_err(err)?
    {
        if let Some(e) = by_name.get_mut(row.get::<_, &str>(0)) {
            let domains: Vec<ExamDomain> = serde_json::from_value(row.get(8)).unwrap_or_default();
            e.exams.push(ExamRecord {
                exam: row.get(1),
                finished_at: row.get(2),
                total: row.get::<_, i64>(3) as usize,
                correct: row.get::<_, i64>(4) as usize,
                scaled_estimate: row.get::<_, i64>(5) as u32,
                pass_mark: row.get::<_, i64>(6) as u32,
                passed: row.get(7),
                domains,
            });
        }
    }
    for row in client
        .query(
            "SELECT learner, attempt FROM awsdrill.quiz_attempt WHERE cohort = $1 ORDER BY taken_at, local_id",
            &[&cohort],
        )
        .map_err(err)?
    {
        if let Some(e) = by_name.get_mut(row.get::<_, &str>(0))
            && let Ok(attempt) = serde_json::from_value(row.get(1))
        {
            e.quizzes.push(attempt);
        }
    }
    Ok(by_name
        .into_values()
        .map(|mut e| {
            // The same order as a file export: items by id, days oldest first.
            e.items.sort_by(|a, b| a.id.cmp(&b.id));
            e.days.sort_by(|a, b| a.date.cmp(&b.date));
            (source_label(cohort, &e.learner), e)
        })
        .collect())
}
