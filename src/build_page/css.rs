//! The stylesheet's minifier.

/// The stylesheet without comments and without the whitespace CSS does not need. trunk's
/// own minifier is off because it rewrites the HTML the build splices into; the stylesheet
/// is a third of the page's first bytes before the model, and its comments are for us.
/// Strings are copied as they are; a space stays wherever it could be a descendant
/// combinator or separate values, and goes only beside `{ } ; , >` and after a `:`
/// that ends a property name.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for d in chars.by_ref() {
                if previous == '*' && d == '/' {
                    break;
                }
                previous = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            let after_tight = out.ends_with(['{', '}', ';', ',', ':', '>']) || out.is_empty();
            let before_tight = matches!(c, '{' | '}' | ';' | ',' | '>');
            if !after_tight && !before_tight {
                out.push(' ');
            }
            space = false;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}
