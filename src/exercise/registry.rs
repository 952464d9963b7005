//! Every template the binary knows. Add a template here and authors can name it in YAML.

use super::{Template, ec2, net, ops};

/// All templates.
pub fn templates() -> &'static [&'static dyn Template] {
    &[
        &net::CidrOverlap,
        &net::NaclReturnTraffic,
        &net::NaclVerdict,
        &net::ReachBlocker,
        &net::RoutePublicPrivate,
        &net::SubnetPrefixFor,
        &net::SubnetReserved,
        &net::SubnetUsable,
        &net::SubnetValidInVpc,
        &ec2::ActionResult,
        &ec2::BilledSeconds,
        &ec2::Billing,
        &ec2::InstanceTypeLetter,
        &ec2::SurvivesStop,
        &super::iam::DecidingStatementTemplate,
        &super::iam::DecisionTemplate,
        &super::iam_advanced::ALL[0],
        &super::iam_advanced::ALL[1],
        &super::iam_advanced::ALL[2],
        &super::iam_advanced::ALL[3],
        &super::iam_advanced::ALL[4],
        &super::iam_advanced::ALL[5],
        &super::iam_advanced::ALL[6],
        &super::iam_advanced::ALL[7],
        &super::s3::CheapestClass,
        &super::s3::EarlyDeletion,
        &super::s3::GetAfterDelete,
        &super::s3::VersionsLeft,
        &ops::AlarmState,
        &ops::AsgNewDesired,
        &ops::EbsGp2Baseline,
        &ops::ElbTargetHealth,
        &ops::ElbWhichLb,
        &ops::LambdaBilledDuration,
        &ops::LambdaCost,
        &ops::DynamoRcu,
        &ops::DynamoStrongRcu,
        &ops::DynamoTransactional,
        &ops::DynamoWcu,
        &ops::EbsGp2BurstSeconds,
        &ops::EbsGp3MaxIops,
    ]
}

/// The template with this id.
pub fn template(id: &str) -> Option<&'static dyn Template> {
    templates().iter().copied().find(|t| t.id() == id)
}

/// Ids of all templates, sorted.
pub fn template_ids() -> Vec<&'static str> {
    let mut ids: Vec<_> = templates().iter().map(|t| t.id()).collect();
    ids.sort_unstable();
    ids
}
