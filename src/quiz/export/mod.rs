//! Exporters: one file per format. Each takes the frozen paper and writes text.
