//! `ec2.instance-type`: what a capability letter in a real instance type name means.

use rand::seq::{IndexedRandom, SliceRandom};

use super::shuffled_choice;
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::{Msg, Step};
use crate::model::ec2::{Capability, parse_type};

/// The template.
#[derive(Debug, Clone, Copy)]
pub struct InstanceTypeLetter;

/// Real type names with at least one capability letter.
pub const NAMES: [&str; 24] = [
    "c5n.xlarge",
    "m7g.2xlarge",
    "r6id.metal",
    "hpc7g.16xlarge",
    "m7i-flex.large",
    "c6a.4xlarge",
    "t4g.micro",
    "r5b.8xlarge",
    "m5zn.6xlarge",
    "x2iedn.32xlarge",
    "g5g.xlarge",
    "c7gn.medium",
    "m6gd.large",
    "r6in.2xlarge",
    "z1d.metal",
    "m5dn.12xlarge",
    "i4i.metal-24xl",
    "r7iz.large",
    "x2gd.medium",
    "c6id.xlarge",
    "m7a.medium",
    "c7i-flex.large",
    "trn1n.32xlarge",
    "u7i-12tb.224xlarge",
];

/// Meanings people wrongly give a letter, with the misconception.
fn false_friend(capability: Capability) -> Option<(Msg, Msg)> {
    let (label, why) = match capability {
        Capability::Graviton => ("ec2-opt-gpu", "ec2-mis-g-gpu"),
        Capability::Amd => ("ec2-opt-arm", "ec2-mis-a-arm"),
        Capability::BlockStorage => ("ec2-opt-burstable", "ec2-mis-b-burstable"),
        Capability::LocalDisk => ("ec2-opt-dedicated", "ec2-mis-d-dedicated"),
        Capability::Extra => ("ec2-opt-enhanced-networking", "ec2-mis-e-enhanced"),
        Capability::Network | Capability::Intel | Capability::HighFrequency => return None,
    };
    Some((Msg::new(label), Msg::new(why)))
}

impl Template for InstanceTypeLetter {
    fn id(&self) -> &'static str {
        "ec2.instance-type"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["type", "letter"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let name = *NAMES.choose(rng).unwrap_or(&NAMES[0]);
        // Every name in NAMES parses (a unit test checks it); fall back to c5n.xlarge regardless.
        let decoded = parse_type(name).or_else(|_| parse_type("c5n.xlarge")).expect("c5n.xlarge parses");
        let capability = *decoded.capabilities.choose(rng).unwrap_or(&Capability::Network);
        let mut wrong: Vec<(Msg, Msg)> = false_friend(capability).into_iter().collect();
        let mut others: Vec<Capability> = Capability::ALL.into_iter().filter(|c| *c != capability).collect();
        others.shuffle(rng);
        for other in others.into_iter().take(3 - wrong.len()) {
            wrong.push((
                other.meaning(),
                Msg::new("ec2-mis-other-letter")
                    .arg("other", other.letter().to_string())
                    .arg("meaning", other.meaning()),
            ));
        }
        let expected = shuffled_choice(rng, vec![capability.meaning()], wrong);
        let mut explanation = vec![Step::fact(
            Msg::new("ec2-expl-type")
                .arg("type", decoded.name.as_str())
                .arg("family", decoded.family.as_str())
                .arg("category", decoded.category.msg()),
        )];
        explanation.extend(decoded.capabilities.iter().map(|c| {
            Step::fact(Msg::new("ec2-expl-letter").arg("letter", c.letter().to_string()).arg("meaning", c.meaning()))
        }));
        Variant {
            vars: vec![("type", decoded.name.clone()), ("letter", capability.letter().to_string())],
            context: Vec::new(),
            expected,
            explanation,
        }
    }
}
