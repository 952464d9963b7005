//! IMS QTI 2.1 content package, unzipped: `imsmanifest.xml`, `assessment.xml` (the test, with
//! its time limit) and one `items/item-NNN.xml` per item. Choice items declare `cardinality`
//! single or multiple with `maxChoices` = N and use the `match_correct` template, which is
//! all-or-nothing like the AWS exams. Numbers and texts use a `textEntryInteraction`.

use std::fmt::Write as _;

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

/// The package as `(relative path, contents)` files.
pub fn render(paper: &Paper<'_>) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut refs = String::new();
    let mut resources = String::new();
    let mut deps = String::new();
    for (n, item) in paper.flat().iter().enumerate() {
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
        x.push_str("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n");
        x.push_str("  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\" baseType=\"identifier\"/>\n");
        x.push_str("  <itemBody>\n");
        x.push_str(&paragraphs(&item.stem));
        match &item.answer {
            FlatAnswer::Choice { options, choose } => {
                let _ = writeln!(
                    x,
                    "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"{choose}\" minChoices=\"0\">"
                );
                for (i, (text, _, _)) in options.iter().enumerate() {
                    let _ =
                        writeln!(x, "      <simpleChoice identifier=\"{}\">{}</simpleChoice>", choice_id(i), xml(text));
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
        x.push_str("  <responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/>\n");
        if !item.explanation.is_empty() {
            // FEEDBACK is never set, so a "hide unless NEVER" feedback is always shown: the
            // explanation teaches whatever the score.
            x.push_str("  <modalFeedback outcomeIdentifier=\"FEEDBACK\" showHide=\"hide\" identifier=\"NEVER\">\n");
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
    let test = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest {NS} identifier=\"awsdrill-quiz\" title=\"{title}\">\n  <testPart identifier=\"part-1\" navigationMode=\"nonlinear\" submissionMode=\"simultaneous\">\n{limit}    <assessmentSection identifier=\"section-1\" title=\"{title}\" visible=\"true\">\n{refs}    </assessmentSection>\n  </testPart>\n</assessmentTest>\n"
    );
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"awsdrill-{}\">\n  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n  <organizations/>\n  <resources>\n    <resource identifier=\"test\" type=\"imsqti_test_xmlv2p1\" href=\"assessment.xml\">\n      <file href=\"assessment.xml\"/>\n{deps}    </resource>\n{resources}  </resources>\n</manifest>\n",
        paper.seed
    );
    files.insert(0, ("assessment.xml".to_owned(), test));
    files.insert(0, ("imsmanifest.xml".to_owned(), manifest));
    files
}
