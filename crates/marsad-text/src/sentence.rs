//! Sentence splitter for Arabic (and mixed Latin) news text.
//!
//! Boundaries: `.` `!` `?` `؟` (and runs of them), and line breaks. Not boundaries:
//! decimal points (3.5 is one number token), ellipses in running text, single-letter
//! abbreviations (`ز. أمين`, `ق.م` qabl al-mīlād "BC"), known Latin abbreviations (`Dr.`,
//! `U.S.`), and terminators inside a quotation or brackets that close later in the same
//! paragraph. Closing quotes and brackets right after a terminator stay in its sentence.

use crate::token::{Token, TokenKind};
use crate::Span;

/// A sentence: its byte range (first token start to last token end) and its token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Span,
    pub tokens: std::ops::Range<usize>,
}

/// Latin abbreviations that end with a dot and rarely end a sentence.
const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "no", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp", "p", "e.g", "i.e", "approx",
];

/// Split `text`, already tokenized into `tokens` (from [`crate::tokenize`]), into sentences.
/// Every token belongs to exactly one sentence; sentences come in order.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let closes = quote_pairs(text, tokens);
    let mut enclosing = Enclosing::default();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < tokens.len() {
        // A line break between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map(|t| t.range.start);
        let mut boundary_after = None;
        if is_terminator(text, &tokens[i]) && !inside_open_quote(&closes, enclosing.at(&closes, i), i) && !is_abbreviation_dot(text, tokens, i) && !is_inner_ellipsis(text, tokens, i) {
            // Absorb further terminators and closing quotes/brackets.
            let mut j = i;
            while j + 1 < tokens.len() && !has_newline(text, tokens[j].range.end, tokens[j + 1].range.start) {
                let n = &tokens[j + 1];
                if is_terminator(text, n) || is_closer(&text[n.range.clone()]) && closes[j + 1] == Closes::Closer {
                    j += 1;
                } else {
                    break;
                }
            }
            boundary_after = Some(j);
        }
        let j = boundary_after.unwrap_or(i);
        let line_break = match tokens.get(j + 1) {
            Some(n) => has_newline(text, tokens[j].range.end, n.range.start),
            None => true,
        };
        if boundary_after.is_some() || line_break {
            out.push(Sentence { range: tokens[start].range.start..tokens[j].range.end, tokens: start..j + 1 });
            start = j + 1;
        }
        let _ = next_start;
        i = j + 1;
    }
    out
}

fn has_newline(text: &str, from: usize, to: usize) -> bool {
    let gap = &text.as_bytes()[from..to];
    // Usually one space: skip the general scan.
    if gap == b" " || gap.is_empty() {
        return false;
    }
    gap.iter().any(|&b| b == b'\n' || b == b'\r') || (!gap.is_ascii() && text[from..to].contains('\u{2029}'))
}

fn is_terminator(text: &str, t: &Token) -> bool {
    // Punct tokens are single characters, except runs of dots (`...`).
    t.kind == TokenKind::Punct && (matches!(&text[t.range.clone()], "!" | "?" | "؟" | "۔" | "…") || text[t.range.clone()].bytes().all(|b| b == b'.'))
}

/// An ellipsis followed on the same line by more words continues the sentence.
fn is_inner_ellipsis(text: &str, tokens: &[Token], i: usize) -> bool {
    let s = &text[tokens[i].range.clone()];
    if !(s == "…" || s.len() >= 2 && s.bytes().all(|b| b == b'.')) {
        return false;
    }
    match tokens.get(i + 1) {
        Some(n) => !has_newline(text, tokens[i].range.end, n.range.start) && n.kind.is_wordlike(),
        None => false,
    }
}

/// `.` after a single letter (an initial: ز. أمين, U.S.) or a known Latin abbreviation.
fn is_abbreviation_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    if &text[tokens[i].range.clone()] != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.range.end != tokens[i].range.start {
        return false;
    }
    let p = &text[prev.range.clone()];
    match prev.kind {
        TokenKind::Arabic => p.chars().filter(|c| crate::chars::is_arabic_letter(*c)).count() == 1,
        TokenKind::Latin => {
            let single_upper = p.chars().count() == 1 && p.chars().all(char::is_uppercase);
            single_upper || LATIN_ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(p))
        }
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Closes {
    /// Not a quote or bracket, or one without a partner.
    No,
    /// Opens a pair closed at the given token index.
    Opener(usize),
    /// Closes a pair.
    Closer,
}

fn is_closer(s: &str) -> bool {
    matches!(s, "»" | "\"" | "”" | "'" | "’" | ")" | "]" | "}" | "›")
}

/// Match quotes and brackets within each paragraph. Unmatched ones are ignored, so a stray
/// quote never swallows the rest of a text.
fn quote_pairs(text: &str, tokens: &[Token]) -> Vec<Closes> {
    let mut marks = vec![Closes::No; tokens.len()];
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && has_newline(text, tokens[i - 1].range.end, t.range.start) {
            stack.clear();
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let s = &text[t.range.clone()];
        let want = match s {
            "»" => Some('«'),
            "”" => Some('“'),
            ")" => Some('('),
            "]" => Some('['),
            "}" => Some('{'),
            "›" => Some('‹'),
            _ => None,
        };
        if let Some(open) = want {
            if let Some(pos) = stack.iter().rposition(|&(_, c)| c == open) {
                let (oi, _) = stack[pos];
                stack.truncate(pos);
                marks[oi] = Closes::Opener(i);
                marks[i] = Closes::Closer;
            }
            continue;
        }
        match s {
            "«" | "“" | "(" | "[" | "{" | "‹" => stack.push((i, s.chars().next().unwrap_or('('))),
            "\"" => {
                // Symmetric quote: closes the innermost open one, else opens.
                if let Some(pos) = stack.iter().rposition(|&(_, c)| c == '"') {
                    let (oi, _) = stack[pos];
                    stack.truncate(pos);
                    marks[oi] = Closes::Opener(i);
                    marks[i] = Closes::Closer;
                } else {
                    stack.push((i, '"'));
                }
            }
            _ => {}
        }
    }
    marks
}

/// The closer indices of the matched pairs around a token (innermost last), swept forward.
/// Matched pairs nest properly (crossing ones were left unmatched), so one sweep suffices.
#[derive(Default)]
struct Enclosing {
    stack: Vec<usize>,
    next: usize,
}

impl Enclosing {
    /// Closers of the pairs enclosing token `i`; `i` must not decrease between calls.
    fn at(&mut self, marks: &[Closes], i: usize) -> &[usize] {
        while self.next <= i {
            let k = self.next;
            while self.stack.last().is_some_and(|&c| c <= k) {
                self.stack.pop();
            }
            if k == i {
                break;
            }
            if let Closes::Opener(c) = marks[k] {
                self.stack.push(c);
            }
            self.next += 1;
        }
        &self.stack
    }
}

/// Is token `i` inside a matched quote or bracket pair that does not close right after it?
fn inside_open_quote(marks: &[Closes], enclosing: &[usize], i: usize) -> bool {
    enclosing.iter().any(|&c| !closes_right_after(marks, i, c))
}

/// The pair closes immediately after the terminator at `i` (only terminators/closers between):
/// `«...نعم.»` ends the sentence with the quote.
fn closes_right_after(marks: &[Closes], i: usize, close: usize) -> bool {
    marks[i + 1..=close].iter().all(|m| *m == Closes::Closer) && close <= i + 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        let tokens = tokenize(input);
        let rendered: Vec<&str> = split_sentences(input, &tokens).iter().map(|s| &input[s.range.clone()]).collect();
        expect.assert_eq(&rendered.join("\n"));
    }

    #[test]
    fn basic_terminators() {
        // قال ظريف. ووصل لافروف؟ qāla ẓarīf. wa-waṣala lāfrūf? "Zarif said. And Lavrov arrived?"
        check("قال ظريف. ووصل لافروف؟ نعم! 3.5 مليون.", expect![[r#"
            قال ظريف.
            ووصل لافروف؟
            نعم!
            3.5 مليون."#]]);
    }

    #[test]
    fn line_breaks_end_sentences() {
        check("المصدر: وكالة ارنا\nاكد ظريف ان\n\nالتعاون مستمر", expect![[r#"
            المصدر: وكالة ارنا
            اكد ظريف ان
            التعاون مستمر"#]]);
    }

    #[test]
    fn quotes_keep_inner_sentences() {
        check("قال: \"نحن هنا. اتفاق باريس مهم\". ثم غادر. «لا.» وانتهى", expect![[r#"
            قال: "نحن هنا. اتفاق باريس مهم".
            ثم غادر.
            «لا.»
            وانتهى"#]]);
    }

    #[test]
    fn abbreviations_and_ellipsis() {
        // ق.م qabl al-mīlād "before Christ"; ز. initial of a name
        check("عام 49 ق.م, قرأ أحمد ز. أمين... التصريح. Dr. Smith left the U.S. today.", expect![[r#"
            عام 49 ق.م, قرأ أحمد ز. أمين... التصريح.
            Dr. Smith left the U.S. today."#]]);
    }

    #[test]
    fn stray_quote_does_not_swallow_text() {
        check("قال \"نعم. ثم ذهب. وعاد", expect![[r#"
            قال "نعم.
            ثم ذهب.
            وعاد"#]]);
    }
}
