//! `ec2.survives-stop` (choose N): what is still yours after stop/start, hibernate/resume or
//! terminate.

use rand::seq::IndexedRandom;

use super::shuffled_choice;
use crate::content::Params;
use crate::exercise::{Rng, Template, Variant, only_params};
use crate::explain::{Msg, Step};
use crate::model::ec2::{Event, Fate, Resource, fate};

/// The template.
#[derive(Debug, Clone, Copy)]
pub struct SurvivesStop;

/// The events asked about (a reboot keeps everything, so it makes no question).
pub const EVENTS: [Event; 3] = [Event::StopStart, Event::HibernateResume, Event::Terminate];

/// How the event is written in the prompt.
pub fn event_text(event: Event) -> &'static str {
    match event {
        Event::Reboot => "RebootInstances",
        Event::StopStart => "StopInstances → StartInstances",
        Event::HibernateResume => "StopInstances (Hibernate=true) → StartInstances",
        Event::Terminate => "TerminateInstances",
    }
}

fn label(resource: Resource) -> Msg {
    Msg::new(match resource {
        Resource::PrivateIp => "ec2-surv-private-ip",
        Resource::PublicIpv4 => "ec2-surv-public-ipv4",
        Resource::ElasticIp => "ec2-surv-eip",
        Resource::InstanceStore => "ec2-surv-store",
        Resource::EbsRoot => "ec2-surv-ebs",
    })
}

/// Why someone would think `resource` is still theirs after `event` when it is not.
fn misconception(resource: Resource, event: Event) -> Msg {
    Msg::new(match (resource, event) {
        (Resource::PublicIpv4, Event::Terminate) => "ec2-mis-terminate-keeps-ip",
        (Resource::PublicIpv4, _) => "ec2-mis-stop-keeps-public-ip",
        (Resource::InstanceStore, Event::HibernateResume) => "ec2-mis-hibernate-keeps-store",
        (Resource::InstanceStore, Event::Terminate) => "ec2-mis-store-survives-terminate",
        (Resource::InstanceStore, _) => "ec2-mis-store-survives-stop",
        (Resource::PrivateIp, _) => "ec2-mis-private-ip-terminate",
        (Resource::EbsRoot, _) => "ec2-mis-ebs-root-terminate",
        (Resource::ElasticIp, _) => "ec2-mis-eip-lost",
    })
}

fn fate_msg(resource: Resource, fate: Fate) -> Msg {
    let id = match fate {
        Fate::Kept => "ec2-fate-kept",
        Fate::ReplacedOnStart => "ec2-fate-replaced",
        Fate::Released => "ec2-fate-released",
        Fate::Disassociated => "ec2-fate-disassociated",
        Fate::Lost => "ec2-fate-lost",
        Fate::DeletedByDefault => "ec2-fate-deleted",
    };
    let what = Msg::new(match resource {
        Resource::PrivateIp => "ec2-res-private-ip",
        Resource::PublicIpv4 => "ec2-res-public-ipv4",
        Resource::ElasticIp => "ec2-res-eip",
        Resource::InstanceStore => "ec2-res-instance-store",
        Resource::EbsRoot => "ec2-res-ebs-root",
    });
    Msg::new(id).arg("what", what)
}

impl Template for SurvivesStop {
    fn id(&self) -> &'static str {
        "ec2.survives-stop"
    }

    fn placeholders(&self) -> &'static [&'static str] {
        &["action", "n"]
    }

    fn check_params(&self, params: &Params) -> Result<(), Msg> {
        only_params(params, &[])
    }

    fn generate(&self, _params: &Params, rng: &mut Rng) -> Variant {
        let event = *EVENTS.choose(rng).unwrap_or(&Event::StopStart);
        let (right, wrong): (Vec<Resource>, Vec<Resource>) =
            Resource::ALL.into_iter().partition(|r| fate(*r, event).still_yours());
        let n = right.len();
        let expected = shuffled_choice(
            rng,
            right.into_iter().map(label).collect(),
            wrong.into_iter().map(|r| (label(r), misconception(r, event))).collect(),
        );
        let explanation = Resource::ALL.into_iter().map(|r| Step::fact(fate_msg(r, fate(r, event)))).collect();
        Variant {
            vars: vec![("action", event_text(event).to_owned()), ("n", n.to_string())],
            context: vec![Msg::new("ec2-ctx-setup")],
            expected,
            explanation,
        }
    }
}
