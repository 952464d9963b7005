//! `awsdrill calc …`: the service model as a calculator, one file per service.
//! Contract: `shared/reference/calc-contract.md` (field names and step order are fixed).

pub mod alarm;
pub mod asg;
mod calc4_common;
pub mod dynamodb;
pub mod ebs;
pub mod ec2;
pub mod elb;
pub mod iam;
mod net_render;
mod ops_common;
pub mod reach;
pub mod route53;
pub mod s3;
pub mod s3_lifecycle;
pub mod subnet;

use clap::Subcommand;

use crate::app::ExitStatus;
use crate::context::Ctx;

/// `calc` subcommands.
#[derive(Debug, Subcommand)]
pub enum CalcCommand {
    /// Usable addresses, reserved addresses and placement of a subnet CIDR
    Subnet(subnet::SubnetArgs),
    /// Can a flow complete, request and response, through routes, NACLs and security groups?
    Reach(reach::ReachArgs),
    /// What an action does to an EC2 instance in a given state
    Ec2(ec2::Ec2Args),
    /// IAM policy evaluation for one request
    Iam(iam::IamArgs),
    /// S3 versioning: run operations on one bucket
    S3(s3::S3Args),
    /// `CloudWatch` alarm state for a series of data points
    Alarm(alarm::AlarmArgs),
    /// Auto Scaling: new desired capacity after a policy
    Asg(asg::AsgArgs),
    /// Load balancer target health after a sequence of checks
    Elb(elb::ElbArgs),
    /// `DynamoDB` read and write capacity units or request units
    Dynamodb(dynamodb::DynamodbArgs),
    /// EBS volume performance: valid or not, baseline, maximum and burst
    Ebs(ebs::EbsArgs),
    /// S3 Lifecycle: validate a configuration and follow one object through it
    S3Lifecycle(s3_lifecycle::S3LifecycleArgs),
    /// Route 53 routing policies: which record answers a query, or with what probability
    Route53(route53::Route53Args),
}

/// Runs a `calc` subcommand.
pub fn run(cmd: &CalcCommand, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    match cmd {
        CalcCommand::Subnet(args) => subnet::run(args, ctx),
        CalcCommand::Reach(args) => reach::run(args, ctx),
        CalcCommand::Ec2(args) => ec2::run(args, ctx),
        CalcCommand::Iam(args) => iam::run(args, ctx),
        CalcCommand::S3(args) => s3::run(args, ctx),
        CalcCommand::Alarm(args) => alarm::run(args, ctx),
        CalcCommand::Asg(args) => asg::run(args, ctx),
        CalcCommand::Elb(args) => elb::run(args, ctx),
        CalcCommand::Dynamodb(args) => dynamodb::run(args, ctx),
        CalcCommand::Ebs(args) => ebs::run(args, ctx),
        CalcCommand::S3Lifecycle(args) => s3_lifecycle::run(args, ctx),
        CalcCommand::Route53(args) => route53::run(args, ctx),
    }
}

/// The `--json` value of a `calc` subcommand, computed in-process (`content validate` runs
/// `check:` blocks with it); `files` supplies the contents of files the arguments name.
pub fn json_value(
    cmd: &CalcCommand,
    ctx: &Ctx,
    files: &dyn Fn(&std::path::Path) -> std::io::Result<String>,
) -> anyhow::Result<serde_json::Value> {
    match cmd {
        CalcCommand::Subnet(args) => subnet::json_value(args, ctx, files),
        CalcCommand::Reach(args) => reach::json_value(args, ctx, files),
        CalcCommand::Ec2(_) => anyhow::bail!("calc ec2 cannot run in-process yet"),
        CalcCommand::Iam(args) => iam::json_value(args, files),
        CalcCommand::S3(args) => s3::json_value(args, ctx, files),
        CalcCommand::Alarm(args) => alarm::json_value(args, ctx, files),
        CalcCommand::Asg(args) => asg::json_value(args, ctx, files),
        CalcCommand::Elb(args) => elb::json_value(args, ctx, files),
        CalcCommand::Dynamodb(args) => dynamodb::json_value(args, files),
        CalcCommand::Ebs(args) => ebs::json_value(args, files),
        CalcCommand::S3Lifecycle(args) => s3_lifecycle::json_value(args, files),
        CalcCommand::Route53(args) => route53::json_value(args, files),
    }
}

#[derive(clap::Parser)]
#[command(name = "calc", no_binary_name = true)]
struct CalcArgv {
    #[command(subcommand)]
    cmd: CalcCommand,
}

/// Runs `check:` blocks: parses the argv as `awsdrill calc …` would and reads only inline files.
pub struct CheckRunner<'a>(pub &'a Ctx);

impl crate::content::CalcRunner for CheckRunner<'_> {
    fn run(
        &self,
        argv: &[String],
        files: &std::collections::BTreeMap<String, String>,
    ) -> Result<serde_json::Value, String> {
        use clap::Parser;
        let parsed = CalcArgv::try_parse_from(argv).map_err(|e| e.to_string().trim().to_owned())?;
        let read = |p: &std::path::Path| {
            files
                .get(&p.to_string_lossy().into_owned())
                .cloned()
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "not among check.files"))
        };
        json_value(&parsed.cmd, self.0, &read).map_err(|e| e.to_string())
    }
}
