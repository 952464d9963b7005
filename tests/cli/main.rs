//! The one integration-test binary: drives the real `awsdrill` binary with arguments and piped
//! stdin, in a clean environment (no user locale, a private database, a fixed clock).

mod util;

mod basics;
mod calc_ops;
