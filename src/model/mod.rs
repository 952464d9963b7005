//! The deterministic mini-model of AWS services. Pure functions only: no files, terminals, SQL
//! or clock. Every rule follows AWS's documentation (`shared/reference/aws-rules.md`); where AWS
//! publishes no rule the explanation step is marked as a model convention.

pub mod alarm;
pub mod asg;
pub mod dynamodb;
pub mod ebs;
pub mod ebs_perf;
pub mod ec2;
pub mod elb;
pub mod iam;
pub mod lambda;
pub mod net;
pub mod route53;
pub mod s3;
pub mod s3_lifecycle;
