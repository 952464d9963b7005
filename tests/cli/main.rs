//! The one integration-test binary: drives the real `awsdrill` binary with arguments and piped
//! stdin, in a clean environment (no user locale, a private database, a fixed clock).

mod util;

mod anki_control;
mod basics;
mod calc4;
mod calc5;
mod calc_ec2;
mod calc_iam_s3;
mod calc_net;
mod calc_ops;
mod cli_conventions;
mod cohort;
mod content;
mod content_check;
mod content_stats;
mod exam;
mod exam_resume;
mod iam_evaluation;
mod instructor_week;
mod layers;
mod lead_week;
mod learner_road;
mod lms_exports;
mod route53;
mod study;
mod sync;
