//! How I/O errors read in claimcheck's one-line messages.

use std::io;

/// A lowercase io error message without the `(os error N)` noise.
pub(crate) fn io_message(e: &io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_messages_are_lowercase_without_os_codes() {
        let e = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_message(&e), "entity not found");
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&e), "no such file or directory");
    }
}
