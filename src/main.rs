//! The `claimcheck` binary: parse the command line, run, map the outcome
//! to an exit status (0 clean, 1 a claim fails the policy, 2 error).

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let cli = match claimcheck::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match claimcheck::app::run(cli.command) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("claimcheck: {}", failure.0);
            ExitCode::from(2)
        }
    }
}
