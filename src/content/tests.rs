use super::*;

#[test]
fn the_fast_embedded_path_gives_the_same_bank_as_the_yaml_path() {
    let fast = load(&ContentSource::Embedded).expect("embedded bank loads");
    let files = read_sources(&ContentSource::Embedded).unwrap();
    let (slow, diagnostics) = check_files(&files);
    assert!(diagnostics.iter().all(|d| d.severity != Severity::Error));
    assert_eq!(fast.items.len(), slow.items.len());
    for (a, b) in fast.items.iter().zip(&slow.items) {
        assert_eq!((&a.id, &a.body, &a.domains, &a.syllabus), (&b.id, &b.body, &b.domains, &b.syllabus));
    }
}

#[test]
fn unknown_ids_suggest_the_ones_a_typo_away() {
    assert_eq!(super::edit_distance("vpc.card.definition", "vpc.card.defintion"), 1);
    assert_eq!(super::edit_distance("", "abc"), 3);
    assert!(super::close("vpc.card.definition", "vpc.card.defniition"));
    assert!(!super::close("vpc.card.definition", "nonexistent-id"));
}
