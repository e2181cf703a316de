//! Article text from a news web page: the paragraphs of the article (inside `<article>` when
//! there is one), without scripts, navigation, headers, footers, asides and forms; title and
//! date from meta tags. A small tag scanner, not a full HTML parser: enough for news pages,
//! and it never fails (any input gives some text, possibly empty).

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub site: Option<String>,
    pub text: String,
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select", "svg", "iframe", "figcaption"];
/// Elements that hold article text.
const BLOCKS: &[&str] = &["p", "h1", "h2", "h3", "blockquote", "li"];

struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
}

fn parse_tag(inner: &str) -> Tag<'_> {
    let closing = inner.starts_with('/');
    let s = inner.trim_start_matches('/');
    let end = s.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(s.len());
    Tag { name: s[..end].to_ascii_lowercase(), closing, attrs: &s[end..] }
}

/// The value of attribute `name` in `attrs` (quoted or not), entity-decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = attrs.len() - rest.len() + 1;
        let v = attrs[vstart..].trim_start();
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
        };
        return Some(decode_entities(value).trim().to_string());
    }
    None
}

/// Extract a page.
pub fn extract(html: &str) -> Page {
    let mut page = Page::default();
    let mut title_tag = String::new();
    let mut in_title = false;
    let mut skip_depth = 0usize;
    let mut block: Option<String> = None;
    let mut article_blocks = Vec::new();
    let mut all_blocks = Vec::new();
    let mut in_article = 0usize;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        if skip_depth == 0 {
            if let Some(b) = block.as_mut() {
                b.push_str(text);
            } else if in_title {
                title_tag.push_str(text);
            }
        }
        let after = &rest[lt + 1..];
        if after.starts_with("!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = after.find('>') else { break };
        let tag = parse_tag(&after[..gt]);
        rest = &after[gt + 1..];
        let name = tag.name.as_str();
        if SKIP.contains(&name) {
            if tag.closing {
                skip_depth = skip_depth.saturating_sub(1);
            } else if !after[..gt].ends_with('/') {
                skip_depth += 1;
            }
            continue;
        }
        match (name, tag.closing) {
            ("title", false) => in_title = true,
            ("title", true) => in_title = false,
            ("article", false) => in_article += 1,
            ("article", true) => in_article = in_article.saturating_sub(1),
            ("br", _) => {
                if let Some(b) = block.as_mut() {
                    b.push(' ');
                }
            }
            ("meta", false) => meta(&tag, &mut page),
            ("link", false) if attr(tag.attrs, "rel").as_deref() == Some("canonical") => page.url = page.url.take().or_else(|| attr(tag.attrs, "href")),
            ("time", false) => page.published = page.published.take().or_else(|| attr(tag.attrs, "datetime")),
            (n, false) if BLOCKS.contains(&n) && skip_depth == 0 => {
                if let Some(b) = block.take() {
                    push_block(b, in_article > 0, &mut article_blocks, &mut all_blocks);
                }
                block = Some(String::new());
            }
            (n, true) if BLOCKS.contains(&n) => {
                if let Some(b) = block.take() {
                    push_block(b, in_article > 0, &mut article_blocks, &mut all_blocks);
                }
            }
            _ => {}
        }
    }
    if let Some(b) = block.take() {
        push_block(b, in_article > 0, &mut article_blocks, &mut all_blocks);
    }
    let blocks = if article_blocks.is_empty() { all_blocks } else { article_blocks };
    page.text = blocks.join("\n");
    if page.title.is_none() {
        let t = collapse(&decode_entities(&title_tag));
        page.title = (!t.is_empty()).then_some(t);
    }
    page
}

/// Keep blocks that read like prose: at least four words (drops menus, bylines, share links).
fn push_block(b: String, in_article: bool, article: &mut Vec<String>, all: &mut Vec<String>) {
    let t = collapse(&decode_entities(&b));
    if t.split_whitespace().count() < 4 {
        return;
    }
    if in_article {
        article.push(t.clone());
    }
    all.push(t);
}

fn meta(tag: &Tag<'_>, page: &mut Page) {
    let key = attr(tag.attrs, "property").or_else(|| attr(tag.attrs, "name")).or_else(|| attr(tag.attrs, "itemprop")).map(|k| k.to_ascii_lowercase());
    let Some(key) = key else { return };
    let Some(content) = attr(tag.attrs, "content").filter(|c| !c.is_empty()) else { return };
    match key.as_str() {
        "og:title" | "twitter:title" => page.title = page.title.take().or(Some(content)),
        "article:published_time" | "datepublished" | "pubdate" | "date" | "dc.date" | "dc.date.issued" | "publishdate" => page.published = page.published.take().or(Some(content)),
        "og:url" => page.url = page.url.take().or(Some(content)),
        "og:site_name" => page.site = page.site.take().or(Some(content)),
        _ => {}
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Named entities common in news pages and numeric references.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                _ if name.starts_with("#x") || name.starts_with("#X") => u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32),
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_page() {
        let html = r#"<html><head><title>عنوان الصفحة | الموقع</title>
<meta property="og:title" content="ظريف يلتقي لافروف في موسكو">
<meta property="article:published_time" content="2020-09-24T10:00:00+03:00">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><p>الرئيسية سياسة اقتصاد رياضة ثقافة</p></nav>
<article><h1>ظريف يلتقي لافروف</h1><p>التقى وزير الخارجية الايراني محمد جواد ظريف نظيره الروسي &amp; بحث معه الاتفاق النووي.</p>
<!-- <p>comment text here is not</p> --><p>شارك</p><p>وقال ظريف إن العلاقات<br>بين البلدين جيدة جدا.</p></article>
<footer><p>جميع الحقوق محفوظة للموقع 2020</p></footer></body></html>"#;
        let page = extract(html);
        assert_eq!(page.title.as_deref(), Some("ظريف يلتقي لافروف في موسكو"));
        assert_eq!(page.published.as_deref(), Some("2020-09-24T10:00:00+03:00"));
        assert_eq!(page.text, "التقى وزير الخارجية الايراني محمد جواد ظريف نظيره الروسي & بحث معه الاتفاق النووي.\nوقال ظريف إن العلاقات بين البلدين جيدة جدا.");
    }
}
