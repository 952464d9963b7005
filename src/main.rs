//! The `awsdrill` binary: parse arguments, run, map the outcome to an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    awsdrill::app::main_entry(std::env::args_os())
}
