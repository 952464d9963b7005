//! `awsdrill man`: manual pages (roff), one per command, in the chosen language.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Command};

use crate::app::ExitStatus;
use crate::context::Ctx;

/// `man` arguments.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (awsdrill.1, awsdrill-study.1, …) into this folder instead of printing the main page
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// Prints `awsdrill.1`, or writes the page of every command into `--output`.
pub fn run(args: &ManArgs, ctx: &mut Ctx) -> anyhow::Result<ExitStatus> {
    let cmd = crate::help::command(&ctx.i18n);
    let Some(dir) = &args.output else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(cmd).render(&mut out)?;
        out.flush()?;
        return Ok(ExitStatus::Success);
    };
    std::fs::create_dir_all(dir)
        .with_context(|| ctx.i18n.ta("man-cannot-write", &crate::fargs!("dir" => dir.display().to_string())))?;
    let mut written = 0;
    write_pages(&cmd, "awsdrill", dir, &mut written)
        .with_context(|| ctx.i18n.ta("man-cannot-write", &crate::fargs!("dir" => dir.display().to_string())))?;
    println!("{}", ctx.i18n.ta("man-written", &crate::fargs!("count" => written, "dir" => dir.display().to_string())));
    Ok(ExitStatus::Success)
}

fn write_pages(cmd: &Command, name: &str, dir: &Path, written: &mut usize) -> std::io::Result<()> {
    let page = cmd.clone().name(name.to_owned());
    let mut buffer = Vec::new();
    clap_mangen::Man::new(page).render(&mut buffer)?;
    std::fs::write(dir.join(format!("{name}.1")), buffer)?;
    *written += 1;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}
