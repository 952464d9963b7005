//! Talking to the person: rendering prompts and feedback, and the front ends that read answers.

pub mod sitting;
