//! What happens to an instance's addresses and storage on reboot, stop/start, hibernate/resume
//! and terminate.

/// Something attached to an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Private IPv4 and IPv6 addresses.
    PrivateIp,
    /// An auto-assigned public IPv4 address.
    PublicIpv4,
    /// An Elastic IP address associated with the instance.
    ElasticIp,
    /// Data on instance-store volumes.
    InstanceStore,
    /// The EBS root volume (with `DeleteOnTermination` left at its default).
    EbsRoot,
}

impl Resource {
    /// Every resource, in table order.
    pub const ALL: [Resource; 5] =
        [Resource::PrivateIp, Resource::PublicIpv4, Resource::ElasticIp, Resource::InstanceStore, Resource::EbsRoot];
}

/// An action seen from the resources' side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    /// `RebootInstances`.
    Reboot,
    /// `StopInstances` then `StartInstances`.
    StopStart,
    /// `StopInstances` with `Hibernate=true` then `StartInstances`.
    HibernateResume,
    /// `TerminateInstances`.
    Terminate,
}

impl Event {
    /// Every event, in table order.
    pub const ALL: [Event; 4] = [Event::Reboot, Event::StopStart, Event::HibernateResume, Event::Terminate];
}

/// What an event does to a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fate {
    /// Unchanged and still attached.
    Kept,
    /// Released on stop; a different address is assigned on start.
    ReplacedOnStart,
    /// Released with the instance.
    Released,
    /// Stays allocated to the account but no longer associated with the instance.
    Disassociated,
    /// The data is gone.
    Lost,
    /// Deleted, because `DeleteOnTermination` is true by default for the root volume.
    DeletedByDefault,
}

impl Fate {
    /// True when the resource is still the learner's afterwards (same address or same data).
    pub fn still_yours(self) -> bool {
        matches!(self, Fate::Kept | Fate::Disassociated)
    }
}

/// The survival table of `aws-rules.md` section 4.
pub fn fate(resource: Resource, event: Event) -> Fate {
    use Event::{HibernateResume, Reboot, StopStart, Terminate};
    match (resource, event) {
        (_, Reboot) | (Resource::PrivateIp | Resource::ElasticIp | Resource::EbsRoot, StopStart | HibernateResume) => {
            Fate::Kept
        }
        (Resource::PublicIpv4, StopStart | HibernateResume) => Fate::ReplacedOnStart,
        (Resource::InstanceStore, _) => Fate::Lost,
        (Resource::PrivateIp | Resource::PublicIpv4, Terminate) => Fate::Released,
        (Resource::ElasticIp, Terminate) => Fate::Disassociated,
        (Resource::EbsRoot, Terminate) => Fate::DeletedByDefault,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survival_table() {
        use Fate::{DeletedByDefault, Disassociated, Kept, Lost, Released, ReplacedOnStart};
        let table = [
            (Resource::PrivateIp, [Kept, Kept, Kept, Released]),
            (Resource::PublicIpv4, [Kept, ReplacedOnStart, ReplacedOnStart, Released]),
            (Resource::ElasticIp, [Kept, Kept, Kept, Disassociated]),
            (Resource::InstanceStore, [Kept, Lost, Lost, Lost]),
            (Resource::EbsRoot, [Kept, Kept, Kept, DeletedByDefault]),
        ];
        for (resource, fates) in table {
            for (event, expected) in Event::ALL.into_iter().zip(fates) {
                assert_eq!(fate(resource, event), expected, "{resource:?} {event:?}");
            }
        }
    }

    #[test]
    fn a_reboot_keeps_everything_and_terminate_keeps_only_the_elastic_ip_allocation() {
        assert!(Resource::ALL.iter().all(|r| fate(*r, Event::Reboot) == Fate::Kept));
        let kept: Vec<_> = Resource::ALL.into_iter().filter(|r| fate(*r, Event::Terminate).still_yours()).collect();
        assert_eq!(kept, vec![Resource::ElasticIp]);
    }
}
