//! A small writer of Rust data: the generated statics are built as a tree of values, and the
//! tree lays itself out. A value that fits on its line is written on one line; otherwise its
//! parts go one a line, indented four spaces deeper, each followed by a comma, as rustfmt would.

use std::fmt::Display;

/// How wide a line may be before a value is spread over several lines.
const WIDTH: usize = 100;

pub enum Rs {
    /// Written as it is: `3`, `true`, `None`, `Role::Official`, `"a string"`.
    Lit(String),
    /// `Name { field: value, .. }`
    Struct(&'static str, Vec<(&'static str, Rs)>),
    /// `Name(value, ..)`; with an empty name, a tuple.
    Call(&'static str, Vec<Rs>),
    /// `&[value, ..]`, or `[value, ..]` for an array.
    List { borrowed: bool, items: Vec<Rs> },
}

/// A number, `true`, a path: anything written as its `Display`.
pub fn lit(v: impl Display) -> Rs {
    Rs::Lit(v.to_string())
}

/// A string literal. `Debug` writes a `str` with the escapes a Rust literal uses.
pub fn str(s: &str) -> Rs {
    Rs::Lit(format!("{s:?}"))
}

/// `&[a, b, ..]`
pub fn slice(items: Vec<Rs>) -> Rs {
    Rs::List {
        borrowed: true,
        items,
    }
}

/// `[a, b, ..]`
pub fn array(items: Vec<Rs>) -> Rs {
    Rs::List {
        borrowed: false,
        items,
    }
}

/// `&["a", "b"]`
pub fn strs(items: &[String]) -> Rs {
    slice(items.iter().map(|s| str(s)).collect())
}

/// `Some(v)` or `None`.
pub fn option(v: Option<Rs>) -> Rs {
    match v {
        Some(v) => Rs::Call("Some", vec![v]),
        None => lit("None"),
    }
}

impl Rs {
    /// The value on one line.
    fn flat(&self) -> String {
        match self {
            Rs::Lit(s) => s.clone(),
            Rs::Struct(name, fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(f, v)| format!("{f}: {}", v.flat()))
                    .collect();
                format!("{name} {{ {} }}", fields.join(", "))
            }
            Rs::Call(name, args) => format!("{name}({})", join(args)),
            Rs::List { borrowed, items } => {
                format!("{}[{}]", if *borrowed { "&" } else { "" }, join(items))
            }
        }
    }

    /// Writes the value where a line indented by `indent` has reached column `col`, leaving
    /// room for `tail` more characters (a comma, a semicolon) after it.
    fn write(&self, out: &mut String, indent: usize, col: usize, tail: usize) {
        let flat = self.flat();
        if col + flat.chars().count() + tail <= WIDTH {
            out.push_str(&flat);
            return;
        }
        let inner = indent + 4;
        let pad = " ".repeat(inner);
        let close = match self {
            Rs::Lit(s) => {
                out.push_str(s);
                return;
            }
            Rs::Struct(name, fields) => {
                out.push_str(&format!("{name} {{\n"));
                for (f, v) in fields {
                    out.push_str(&format!("{pad}{f}: "));
                    v.write(out, inner, inner + f.len() + 2, 1);
                    out.push_str(",\n");
                }
                "}"
            }
            Rs::Call(name, args) => {
                out.push_str(&format!("{name}(\n"));
                for v in args {
                    out.push_str(&pad);
                    v.write(out, inner, inner, 1);
                    out.push_str(",\n");
                }
                ")"
            }
            Rs::List { borrowed, items } => {
                out.push_str(if *borrowed { "&[\n" } else { "[\n" });
                for v in items {
                    out.push_str(&pad);
                    v.write(out, inner, inner, 1);
                    out.push_str(",\n");
                }
                "]"
            }
        };
        out.push_str(&" ".repeat(indent));
        out.push_str(close);
    }
}

fn join(items: &[Rs]) -> String {
    items.iter().map(Rs::flat).collect::<Vec<_>>().join(", ")
}

/// `head = value;` at the top level of a file, after its `///` lines.
pub fn item(out: &mut String, docs: &[&str], head: &str, value: &Rs) {
    for d in docs {
        out.push_str(&format!("/// {d}\n"));
    }
    out.push_str(head);
    out.push_str(" = ");
    value.write(out, 0, head.len() + 3, 1);
    out.push_str(";\n");
}
