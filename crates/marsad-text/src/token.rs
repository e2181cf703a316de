//! Tokenizer: Arabic words, numbers, Latin words, URLs, e-mails, hashtags, mentions,
//! punctuation and symbols. Whitespace and stray invisible controls are skipped.
//!
//! Tokens never overlap, come in text order, lie on char boundaries and are never empty.
//! Diacritics, tatweel and joiners inside an Arabic word stay inside its token, so
//! `&text[token.range]` is the word exactly as written.

use crate::chars::{self, is_arabic_letter, is_arabic_word_mark, is_digit, is_format_control};
use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A run of Arabic-script letters (with diacritics, tatweel, joiners).
    Arabic,
    /// A run of other letters (Latin, Cyrillic, ...), possibly with digits: `G20`, `don't`.
    Latin,
    /// Digits in any script with decimal/thousands separators and an optional percent sign:
    /// `١٢٣`, `2001`, `3.5`, `13%`, `٣٫٥`.
    Number,
    Url,
    Email,
    /// `#جوني_هاليداي`
    Hashtag,
    /// `@user`
    Mention,
    /// Arabic and Latin punctuation: `، ؛ ؟ « » … . , ( )`. Runs of dots are one token.
    Punct,
    /// Anything else: symbols, emoji, currency signs.
    Symbol,
}

impl TokenKind {
    /// Stable lower-case name used in serialized output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Number => "number",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
    /// True for tokens that are words of the text (not punctuation or symbols).
    pub fn is_wordlike(self) -> bool {
        !matches!(self, TokenKind::Punct | TokenKind::Symbol)
    }
}

/// A token: a byte range into the original text and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Span,
    pub kind: TokenKind,
}

/// Tokenize `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Tokenize `text`, appending to `out` (lets callers reuse a buffer).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = char_at(text, i);
        let clen = c.len_utf8();
        if c.is_whitespace() || is_format_control(c) || c == chars::TATWEEL || chars::is_diacritic(c) {
            // Stray marks outside a word are not tokens.
            i += clen;
            continue;
        }
        let (end, kind) = if is_arabic_letter(c) {
            (scan_arabic(text, i), TokenKind::Arabic)
        } else if is_digit(c) {
            (scan_number(text, i), TokenKind::Number)
        } else if let Some(end) = scan_url(text, i) {
            (end, TokenKind::Url)
        } else if c.is_alphabetic() {
            let end = scan_latin(text, i);
            match scan_email_tail(text, i, end) {
                Some(e) => (e, TokenKind::Email),
                None => (end, TokenKind::Latin),
            }
        } else if c == '#' && starts_word(text, i + 1) {
            (scan_tag(text, i + 1), TokenKind::Hashtag)
        } else if c == '@' && text[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '_') {
            (scan_tag(text, i + 1), TokenKind::Mention)
        } else if c == '.' {
            let mut e = i + 1;
            while e < b.len() && b[e] == b'.' {
                e += 1;
            }
            (e, TokenKind::Punct)
        } else if is_punct(c) {
            (i + clen, TokenKind::Punct)
        } else {
            (i + clen, TokenKind::Symbol)
        };
        debug_assert!(end > i);
        out.push(Token { range: i..end, kind });
        i = end;
    }
}

/// Punctuation in the sense of the tokenizer (Unicode P* plus Arabic-specific marks).
pub fn is_punct(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | '٪' | '٫' | '٬' | '۔' | '«' | '»' | '…' | '‹' | '›')
        || c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}' | '\u{FD3E}' | '\u{FD3F}')
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    // `i` is always on a char boundary here.
    text[i..].chars().next().unwrap_or('\u{FFFD}')
}

/// Class of each code point U+0600..U+06FF for the Arabic fast path.
const CLASS_OTHER: u8 = 0;
const CLASS_LETTER: u8 = 1;
/// Diacritics and tatweel: inside a word, and may end it.
const CLASS_MARK: u8 = 2;

const ARABIC_BLOCK_CLASS: [u8; 256] = {
    let mut t = [CLASS_OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = match char::from_u32(0x0600 + i as u32) {
            Some(c) => c,
            None => '\0',
        };
        t[i] = if is_arabic_letter(c) {
            CLASS_LETTER
        } else if chars::is_diacritic(c) || c as u32 == 0x0640 {
            CLASS_MARK
        } else {
            CLASS_OTHER
        };
        i += 1;
    }
    t
};

/// Scan an Arabic word from `start`. Fast path: two-byte code points of U+0600..U+06FF
/// (lead bytes 0xD8–0xDB) classified by table; anything else goes through the general rules.
fn scan_arabic(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut end = start;
    while i + 1 < b.len() && (0xD8..=0xDB).contains(&b[i]) {
        let cp = ((b[i] as usize & 0x03) << 6) | (b[i + 1] as usize & 0x3F);
        match ARABIC_BLOCK_CLASS[cp] {
            CLASS_LETTER | CLASS_MARK => {
                i += 2;
                end = i;
            }
            _ => return end,
        }
    }
    if i >= b.len() || b[i] < 0x80 {
        return end;
    }
    scan_arabic_general(text, start, end)
}

/// The general scanner, resuming at `end` (everything before it is already part of the word).
fn scan_arabic_general(text: &str, start: usize, end: usize) -> usize {
    let _ = start;
    let start = end;
    let mut end = end;
    let mut it = text[start..].char_indices().peekable();
    while let Some((off, c)) = it.next() {
        if is_arabic_letter(c) {
            end = start + off + c.len_utf8();
        } else if is_arabic_word_mark(c) {
            // Marks and joiners stay inside the word only when more of the word follows,
            // or (for diacritics and tatweel) when they end it.
            let continues = matches!(it.peek(), Some(&(_, n)) if is_arabic_letter(n) || is_arabic_word_mark(n));
            if continues || chars::is_diacritic(c) || c == chars::TATWEEL {
                end = start + off + c.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    end
}

fn is_decimal_sep(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬')
}

fn scan_number(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if is_digit(c) {
            end = start + off + c.len_utf8();
        } else if is_decimal_sep(c) {
            match chars.peek() {
                Some(&(_, n)) if is_digit(n) => {}
                _ => break,
            }
        } else if c == '%' || c == '٪' {
            end = start + off + c.len_utf8();
            break;
        } else {
            break;
        }
    }
    end
}

fn scan_latin(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if (c.is_alphanumeric() && !is_arabic_letter(c) && arabic_free_digit(c)) || c == '_' {
            end = start + off + c.len_utf8();
        } else if matches!(c, '\'' | '’' | '-') {
            // Word-internal apostrophe or hyphen: don't, Jean-Marc.
            match chars.peek() {
                Some(&(_, n)) if n.is_alphabetic() && !is_arabic_letter(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

fn arabic_free_digit(c: char) -> bool {
    chars::arabic_digit_value(c).is_none()
}

fn starts_word(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Hashtag or mention body: letters (any script), digits, underscores, Arabic word marks.
fn scan_tag(text: &str, body: usize) -> usize {
    let mut end = body;
    for (off, c) in text[body..].char_indices() {
        if c.is_alphanumeric() || c == '_' || is_arabic_word_mark(c) {
            end = body + off + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn scan_url(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let lower_starts = |p: &str| rest.len() >= p.len() && rest.is_char_boundary(p.len()) && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(lower_starts("http://") || lower_starts("https://") || lower_starts("www.")) {
        return None;
    }
    let mut end = start;
    for (off, c) in rest.char_indices() {
        if c.is_whitespace() || matches!(c, '«' | '»' | '"' | '<' | '>' | '،' | '؛') || is_format_control(c) {
            break;
        }
        end = start + off + c.len_utf8();
    }
    // Trailing sentence punctuation and closing brackets belong to the text, not the URL.
    while end > start {
        let last = text[..end].chars().next_back()?;
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '؟') {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    (end > start + 4).then_some(end)
}

/// After a Latin run `start..end`, extend to an e-mail address if `@domain.tld` follows.
fn scan_email_tail(text: &str, start: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Local part may contain dots, plus, hyphens: extend the run first.
    let mut local_end = end;
    while local_end < b.len() && (b[local_end].is_ascii_alphanumeric() || matches!(b[local_end], b'.' | b'+' | b'-' | b'_')) {
        local_end += 1;
    }
    if local_end >= b.len() || b[local_end] != b'@' || !text[start..local_end].is_ascii() {
        return None;
    }
    let mut e = local_end + 1;
    let mut saw_dot = false;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-' || (b[e] == b'.' && e + 1 < b.len() && b[e + 1].is_ascii_alphanumeric())) {
        saw_dot |= b[e] == b'.';
        e += 1;
    }
    (saw_dot && e > local_end + 1).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        let rendered: Vec<String> = tokenize(input).iter().map(|t| format!("{}:{}", t.kind.as_str(), &input[t.range.clone()])).collect();
        expect.assert_eq(&rendered.join(" | "));
    }

    #[test]
    fn arabic_words_and_punctuation() {
        // اكد وزير الخارجية akkada wazīr al-khārijiyya "the foreign minister affirmed"
        check("اكد وزير الخارجية، ظريف؟", expect!["arabic:اكد | arabic:وزير | arabic:الخارجية | punct:، | arabic:ظريف | punct:؟"]);
    }

    #[test]
    fn numbers_in_all_scripts() {
        check("١٢٣ و2001 و3.5 و13% و٣٫٥ ١٢,٥٠٠", expect!["number:١٢٣ | arabic:و | number:2001 | arabic:و | number:3.5 | arabic:و | number:13% | arabic:و | number:٣٫٥ | number:١٢,٥٠٠"]);
    }

    #[test]
    fn diacritics_and_tatweel_stay_in_word() {
        // مُحَمَّد muḥammad, with tashkeel; روبرـــت with tatweel
        check("مُحَمَّد روبرـــت", expect!["arabic:مُحَمَّد | arabic:روبرـــت"]);
    }

    #[test]
    fn urls_emails_hashtags_mentions() {
        check("زوروا https://example.org/a?b=1. او www.irna.ir، راسلوا info@irna.ir #جوني_هاليداي @user_1", expect!["arabic:زوروا | url:https://example.org/a?b=1 | punct:. | arabic:او | url:www.irna.ir | punct:، | arabic:راسلوا | email:info@irna.ir | hashtag:#جوني_هاليداي | mention:@user_1"]);
    }

    #[test]
    fn quotes_brackets_ellipsis() {
        check("«نعم» (للمسؤولين)... قال: \"لا\" …", expect![[r#"punct:« | arabic:نعم | punct:» | punct:( | arabic:للمسؤولين | punct:) | punct:... | arabic:قال | punct:: | punct:" | arabic:لا | punct:" | punct:…"#]]);
    }

    #[test]
    fn latin_words() {
        check("G20 don't Jean-Marc COVID-19", expect!["latin:G20 | latin:don't | latin:Jean-Marc | latin:COVID | punct:- | number:19"]);
    }
}
