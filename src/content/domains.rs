//! Exam task statements items may name in `domains` (`clf-c02:3.5`), from the official guides.

/// An exam this tool prepares for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Exam {
    /// AWS Certified Cloud Practitioner.
    ClfC02,
    /// AWS Certified Solutions Architect – Associate.
    SaaC03,
}

impl Exam {
    /// Both exams.
    pub const ALL: [Exam; 2] = [Exam::ClfC02, Exam::SaaC03];

    /// `clf-c02` or `saa-c03`.
    pub fn code(self) -> &'static str {
        match self {
            Exam::ClfC02 => "clf-c02",
            Exam::SaaC03 => "saa-c03",
        }
    }

    /// Parses a code, case-insensitively.
    pub fn parse(code: &str) -> Option<Exam> {
        Exam::ALL.into_iter().find(|e| e.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Number of task statements in each domain (domain 1 first).
    pub fn tasks_per_domain(self) -> &'static [u8] {
        match self {
            Exam::ClfC02 => &[4, 4, 8, 3],
            Exam::SaaC03 => &[3, 2, 5, 4],
        }
    }

    /// Domain weights in percent, domain 1 first.
    pub fn weights(self) -> &'static [u32] {
        match self {
            Exam::ClfC02 => &[24, 30, 34, 12],
            Exam::SaaC03 => &[30, 26, 24, 20],
        }
    }
}

/// A parsed `exam:D.T` reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TaskRef {
    /// The exam.
    pub exam: Exam,
    /// Domain number, from 1.
    pub domain: u8,
    /// Task statement number within the domain, from 1.
    pub task: u8,
}

impl TaskRef {
    /// Parses `clf-c02:3.5`; `None` unless the task statement exists.
    pub fn parse(text: &str) -> Option<TaskRef> {
        let (exam, rest) = text.split_once(':')?;
        let exam = Exam::parse(exam)?;
        let (domain, task) = rest.split_once('.')?;
        let domain: u8 = domain.parse().ok()?;
        let task: u8 = task.parse().ok()?;
        let tasks = *exam.tasks_per_domain().get(usize::from(domain).checked_sub(1)?)?;
        (task >= 1 && task <= tasks).then_some(TaskRef { exam, domain, task })
    }
}

impl serde::Serialize for TaskRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl std::fmt::Display for TaskRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}.{}", self.exam.code(), self.domain, self.task)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_task_statements() {
        assert!(TaskRef::parse("clf-c02:3.8").is_some());
        assert!(TaskRef::parse("clf-c02:3.9").is_none());
        assert!(TaskRef::parse("saa-c03:2.2").is_some());
        assert!(TaskRef::parse("saa-c03:2.3").is_none());
        assert!(TaskRef::parse("saa-c03:5.1").is_none());
        assert!(TaskRef::parse("saa-c03:0.1").is_none());
        assert!(TaskRef::parse("dva-c02:1.1").is_none());
        assert_eq!(TaskRef::parse("SAA-C03:1.2").unwrap().to_string(), "saa-c03:1.2");
    }

    #[test]
    fn weights_sum_to_one_hundred() {
        for exam in Exam::ALL {
            assert_eq!(exam.weights().iter().sum::<u32>(), 100);
            assert_eq!(exam.weights().len(), exam.tasks_per_domain().len());
        }
    }
}
