//! Template answers equal the model.
