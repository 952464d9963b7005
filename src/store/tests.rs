use super::*;

fn review(item: &str, day: i64, phase: Phase, rating: u32, correct: Option<bool>) -> ReviewRecord {
    ReviewRecord {
        item_id: item.into(),
        reviewed_at_ms: day * 86_400_000,
        day,
        rating,
        mode: Mode::Study,
        phase_before: phase,
        correct,
        elapsed_days: 0,
        interval_days: 1,
        lang: Some("en".into()),
        answer: None,
        variant_seed: None,
        duration_ms: None,
    }
}

#[test]
fn records_reviews_states_and_daily_totals() {
    let mut store = Store::open_in_memory().unwrap();
    let mut state = ItemState::new_item();
    state.phase = Phase::Learning;
    state.due = 123;
    store.record(&review("a", 10, Phase::New, 3, Some(true)), Some(&state)).unwrap();
    store.record(&review("b", 10, Phase::Review, 1, Some(false)), None).unwrap();
    assert_eq!(store.state("a").unwrap(), Some(state));
    assert_eq!(store.state("b").unwrap(), None);
    let day = store.day(10).unwrap();
    assert_eq!((day.reviews, day.correct, day.graded, day.new_items, day.review_phase), (2, 1, 2, 1, 1));
    assert_eq!(store.retention_since(0).unwrap(), (0, 1));
    assert_eq!(store.review_count("a").unwrap(), 1);
}

#[test]
fn a_foreign_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, b"this is not a database at all, just text").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::Foreign { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no -wal or -shm left behind");
}

#[test]
fn another_programs_sqlite_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE t(x); PRAGMA user_version = 3;").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::Foreign { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("Update awsdrill"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn reopening_keeps_data_and_creates_parent_folders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/er/progress.db");
    let mut store = Store::open(&path).unwrap();
    store.record(&review("a", 1, Phase::New, 3, None), Some(&ItemState::new_item())).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.days().unwrap().len(), 1);
    let app: i32 = store.conn().pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn a_copy_is_made_before_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    let store = Store::open(&path).unwrap();
    let backup = store.backup_before_migration(1).unwrap();
    assert!(backup.ends_with(".v1.bak"));
    assert!(Store::open(Path::new(&backup)).is_ok());
}
