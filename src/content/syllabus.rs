//! The syllabus: topic and point ids items refer to (`content/syllabus.yaml`).

use serde::Deserialize;

use super::Text;

/// One point a learner must know.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Point id (`vpc.subnet.reserved-five`).
    pub id: String,
    /// Whether the model can compute it.
    #[serde(default)]
    pub computable: bool,
    /// A one-sentence summary in English, for authors.
    #[serde(default)]
    pub en: String,
}

/// A topic and its points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Topic id (`vpc.routing`).
    pub id: String,
    /// Display title.
    pub title: Text,
    /// Points, in syllabus order.
    #[serde(default)]
    pub points: Vec<Point>,
}

/// All topics.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Syllabus {
    /// Topics in syllabus order.
    pub topics: Vec<Topic>,
}

impl Syllabus {
    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The topic that holds point `id`.
    pub fn topic_of_point(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.points.iter().any(|p| p.id == id))
    }

    /// Every point id.
    pub fn point_count(&self) -> usize {
        self.topics.iter().map(|t| t.points.len()).sum()
    }
}
