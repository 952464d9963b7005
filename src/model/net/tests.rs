//! Reachability worked examples.
