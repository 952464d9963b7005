//! IMS QTI 2.1 content package: `imsmanifest.xml`, `assessment.xml` (the test: time limit, a
//! test-level SCORE summed over the items and PASS against the quiz's pass mark) and one
//! `items/item-NNN.xml` per item. Choice items declare `cardinality` single or multiple with
//! `maxChoices` = N and score all-or-nothing like the AWS exams; each option carries its
//! feedback as a `feedbackInline` shown when it was picked. Numbers and texts use a
//! `textEntryInteraction`. Written as a zip (`-o quiz.zip`, what Canvas and Moodle import) or
//! into a folder; either way nothing of an earlier export is left behind.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use super::{FlatAnswer, Paper, xml};

const NS: &str = "xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd\"";

fn choice_id(i: usize) -> String {
    char::from(b'A' + (i % 26) as u8).to_string()
}

fn paragraphs(lines: &[String]) -> String {
    lines.iter().fold(String::new(), |mut out, l| {
        let _ = writeln!(out, "      <p>{}</p>", xml(l));
        out
    })
}

/// SCORE 1 when the response matches the key, else 0; FEEDBACK holds the picked choices so each
/// one's `feedbackInline` shows.
fn response_processing(choice: bool) -> String {
    let mut x = String::from(
        "  <responseProcessing>\n    <responseCondition>\n      <responseIf>\n        <match><variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></match>\n        <setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">1</baseValue></setOutcomeValue>\n      </responseIf>\n      <responseElse>\n        <setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">0</baseValue></setOutcomeValue>\n      </responseElse>\n    </responseCondition>\n",
    );
    if choice {
        x.push_str(
            "    <setOutcomeValue identifier=\"FEEDBACK\"><variable identifier=\"RESPONSE\"/></setOutcomeValue>\n",
        );
    }
    x.push_str("  </responseProcessing>\n");
    x
}

/// The package as `(relative path, contents)` files, the manifest first.
pub fn render(paper: &Paper<'_>) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut refs = String::new();
    let mut resources = String::new();
    let mut deps = String::new();
    let flat = paper.flat();
    for (n, item) in flat.iter().enumerate() {
        let ident = format!("item-{:03}", n + 1);
        let href = format!("items/{ident}.xml");
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            x,
            "<assessmentItem {NS} identifier=\"{ident}\" title=\"{}\" adaptive=\"false\" timeDependent=\"false\">",
            xml(&item.id)
        );
        let (cardinality, base, correct): (&str, &str, Vec<String>) = match &item.answer {
            FlatAnswer::Choice { options, choose } => (
                if *choose > 1 { "multiple" } else { "single" },
                "identifier",
                options.iter().enumerate().filter(|(_, o)| o.1).map(|(i, _)| choice_id(i)).collect(),
            ),
            FlatAnswer::Number(v) => ("single", "integer", vec![v.to_string()]),
            FlatAnswer::Text(a) => ("single", "string", a.iter().take(1).cloned().collect()),
        };
        let _ = writeln!(
            x,
            "  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"{cardinality}\" baseType=\"{base}\">"
        );
        x.push_str("    <correctResponse>\n");
        for c in &correct {
            let _ = writeln!(x, "      <value>{}</value>", xml(c));
        }
        x.push_str("    </correctResponse>\n  </responseDeclaration>\n");
        x.push_str("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\" normalMaximum=\"1\"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n");
        let choice = matches!(item.answer, FlatAnswer::Choice { .. });
        if choice {
            let _ = writeln!(
                x,
                "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"{cardinality}\" baseType=\"identifier\"/>"
            );
        }
        x.push_str(
            "  <outcomeDeclaration identifier=\"EXPLANATION\" cardinality=\"single\" baseType=\"identifier\"/>\n",
        );
        x.push_str("  <itemBody>\n");
        x.push_str(&paragraphs(&item.stem));
        match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                let _ = writeln!(
                    x,
                    "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"{choose}\" minChoices=\"0\">"
                );
                for (i, (text, _, note)) in options.iter().enumerate() {
                    let id = choice_id(i);
                    let feedback = note.as_ref().map_or_else(String::new, |n| {
                        format!("<feedbackInline outcomeIdentifier=\"FEEDBACK\" identifier=\"{id}\" showHide=\"show\"> — {}</feedbackInline>", xml(n))
                    });
                    let _ =
                        writeln!(x, "      <simpleChoice identifier=\"{id}\">{}{feedback}</simpleChoice>", xml(text));
                }
                x.push_str("    </choiceInteraction>\n");
            }
            _ => {
                x.push_str(
                    "    <p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"20\"/></p>\n",
                );
            }
        }
        x.push_str("  </itemBody>\n");
        x.push_str(&response_processing(choice));
        if !item.explanation.is_empty() {
            // EXPLANATION is never set, so a "hide unless NEVER" feedback is always shown: the
            // explanation teaches whatever the score.
            x.push_str("  <modalFeedback outcomeIdentifier=\"EXPLANATION\" showHide=\"hide\" identifier=\"NEVER\">\n");
            for l in &item.explanation {
                let _ = writeln!(x, "    <p>{}</p>", xml(l));
            }
            x.push_str("  </modalFeedback>\n");
        }
        x.push_str("</assessmentItem>\n");
        files.push((href.clone(), x));
        let _ = writeln!(refs, "        <assessmentItemRef identifier=\"{ident}\" href=\"{href}\"/>");
        let _ = writeln!(
            resources,
            "    <resource identifier=\"{ident}\" type=\"imsqti_item_xmlv2p1\" href=\"{href}\"><file href=\"{href}\"/></resource>"
        );
        let _ = writeln!(deps, "      <dependency identifierref=\"{ident}\"/>");
    }
    let limit =
        paper.minutes.map(|m| format!("    <timeLimits maxTime=\"{}\"/>\n", u64::from(m) * 60)).unwrap_or_default();
    let title = xml(&paper.title);
    let total = flat.len();
    // The pass mark in items, as the quiz grades it: correct * 100 >= pass_percent * total.
    let pass_items = f64::from(paper.pass_percent) * total as f64 / 100.0;
    let test = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest {NS} identifier=\"awsdrill-quiz\" title=\"{title}\">\n  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\" normalMinimum=\"0\" normalMaximum=\"{total}\" masteryValue=\"{pass_items}\"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n  <outcomeDeclaration identifier=\"PASS\" cardinality=\"single\" baseType=\"boolean\"><defaultValue><value>false</value></defaultValue></outcomeDeclaration>\n  <testPart identifier=\"part-1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n{limit}    <assessmentSection identifier=\"section-1\" title=\"{title}\" visible=\"true\">\n{refs}    </assessmentSection>\n  </testPart>\n  <outcomeProcessing>\n    <setOutcomeValue identifier=\"SCORE\"><sum><testVariables variableIdentifier=\"SCORE\"/></sum></setOutcomeValue>\n    <setOutcomeValue identifier=\"PASS\"><gte><variable identifier=\"SCORE\"/><baseValue baseType=\"float\">{pass_items}</baseValue></gte></setOutcomeValue>\n  </outcomeProcessing>\n</assessmentTest>\n"
    );
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"awsdrill-{}\">\n  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n  <organizations/>\n  <resources>\n    <resource identifier=\"test\" type=\"imsqti_test_xmlv2p1\" href=\"assessment.xml\">\n      <file href=\"assessment.xml\"/>\n{deps}    </resource>\n{resources}  </resources>\n</manifest>\n",
        paper.seed
    );
    files.insert(0, ("assessment.xml".to_owned(), test));
    files.insert(0, ("imsmanifest.xml".to_owned(), manifest));
    files
}

/// Whether `-o` names a zip package rather than a folder.
pub fn is_zip(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Writes the package as a zip: built beside `path` and renamed over it, so a failed export
/// never leaves half a package.
pub fn write_zip(path: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    let tmp = path.with_extension("zip.partial");
    let result = (|| {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&tmp)?);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (rel, text) in files {
            zip.start_file(rel.as_str(), options).map_err(std::io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        zip.finish().map_err(std::io::Error::other)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes the package into the folder `dir`, first removing what an earlier export wrote there
/// (the manifest, the test and `items/item-*.xml`), so no stale item survives a shorter paper.
pub fn write_dir(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for old in ["imsmanifest.xml", "assessment.xml"] {
        remove_if_present(&dir.join(old))?;
    }
    if let Ok(entries) = std::fs::read_dir(dir.join("items")) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("item-") && name.ends_with(".xml") {
                remove_if_present(&entry.path())?;
            }
        }
    }
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
