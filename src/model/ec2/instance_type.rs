//! Instance type names: `family generation [capabilities][-flex] . size`, plus the real names
//! outside that grammar (`u-6tb1`, `u7i-12tb`, `mac2-m2pro`, `p6-b200`).

use crate::explain::Msg;

/// A capability letter after the generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// `a`: AMD processor.
    Amd,
    /// `g`: AWS Graviton processor.
    Graviton,
    /// `i`: Intel processor.
    Intel,
    /// `d`: local `NVMe` instance-store disks.
    LocalDisk,
    /// `n`: network optimised.
    Network,
    /// `b`: block-storage (EBS) optimised.
    BlockStorage,
    /// `e`: extra memory or storage.
    Extra,
    /// `z`: high frequency.
    HighFrequency,
}

impl Capability {
    /// Every letter, in the order of the reference table.
    pub const ALL: [Capability; 8] = [
        Capability::Amd,
        Capability::Graviton,
        Capability::Intel,
        Capability::LocalDisk,
        Capability::Network,
        Capability::BlockStorage,
        Capability::Extra,
        Capability::HighFrequency,
    ];

    /// The letter.
    pub fn letter(self) -> char {
        match self {
            Capability::Amd => 'a',
            Capability::Graviton => 'g',
            Capability::Intel => 'i',
            Capability::LocalDisk => 'd',
            Capability::Network => 'n',
            Capability::BlockStorage => 'b',
            Capability::Extra => 'e',
            Capability::HighFrequency => 'z',
        }
    }

    /// The capability for a letter.
    pub fn from_letter(letter: char) -> Option<Capability> {
        Capability::ALL.into_iter().find(|c| c.letter() == letter)
    }

    /// What the letter means, as a message.
    pub fn meaning(self) -> Msg {
        Msg::new(match self {
            Capability::Amd => "ec2-cap-a",
            Capability::Graviton => "ec2-cap-g",
            Capability::Intel => "ec2-cap-i",
            Capability::LocalDisk => "ec2-cap-d",
            Capability::Network => "ec2-cap-n",
            Capability::BlockStorage => "ec2-cap-b",
            Capability::Extra => "ec2-cap-e",
            Capability::HighFrequency => "ec2-cap-z",
        })
    }
}

/// The purpose a family serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// m, t, a, mac.
    GeneralPurpose,
    /// c.
    ComputeOptimized,
    /// r, x, u, z.
    MemoryOptimized,
    /// p, g, gr, inf, trn, dl, f, vt.
    AcceleratedComputing,
    /// i, d, h, im, is.
    StorageOptimized,
    /// hpc.
    HighPerformanceComputing,
}

impl Category {
    /// Every category.
    pub const ALL: [Category; 6] = [
        Category::GeneralPurpose,
        Category::ComputeOptimized,
        Category::MemoryOptimized,
        Category::AcceleratedComputing,
        Category::StorageOptimized,
        Category::HighPerformanceComputing,
    ];

    /// Its name, as a message.
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Category::GeneralPurpose => "ec2-cat-general",
            Category::ComputeOptimized => "ec2-cat-compute",
            Category::MemoryOptimized => "ec2-cat-memory",
            Category::AcceleratedComputing => "ec2-cat-accelerated",
            Category::StorageOptimized => "ec2-cat-storage",
            Category::HighPerformanceComputing => "ec2-cat-hpc",
        })
    }
}

/// Families the model knows, with their category.
pub const FAMILIES: &[(&str, Category)] = &[
    ("a", Category::GeneralPurpose),
    ("m", Category::GeneralPurpose),
    ("t", Category::GeneralPurpose),
    ("mac", Category::GeneralPurpose),
    ("c", Category::ComputeOptimized),
    ("r", Category::MemoryOptimized),
    ("x", Category::MemoryOptimized),
    ("u", Category::MemoryOptimized),
    ("z", Category::MemoryOptimized),
    ("p", Category::AcceleratedComputing),
    ("g", Category::AcceleratedComputing),
    ("gr", Category::AcceleratedComputing),
    ("inf", Category::AcceleratedComputing),
    ("trn", Category::AcceleratedComputing),
    ("dl", Category::AcceleratedComputing),
    ("f", Category::AcceleratedComputing),
    ("vt", Category::AcceleratedComputing),
    ("i", Category::StorageOptimized),
    ("im", Category::StorageOptimized),
    ("is", Category::StorageOptimized),
    ("d", Category::StorageOptimized),
    ("h", Category::StorageOptimized),
    ("hpc", Category::HighPerformanceComputing),
];

/// The size after the dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Size {
    /// `nano`.
    Nano,
    /// `micro`.
    Micro,
    /// `small`.
    Small,
    /// `medium`.
    Medium,
    /// `large`.
    Large,
    /// `xlarge` (1) or `Nxlarge`.
    XLarge(u32),
    /// `metal`: the whole physical server.
    Metal,
    /// `metal-Nxl`: a bare-metal size of N xlarge.
    MetalXl(u32),
}

/// What follows a hyphen before the dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Suffix {
    /// `-flex`: a Flex instance (most of the performance at a lower price).
    Flex,
    /// `u-6tb1`, `u7i-12tb`: memory in TiB.
    MemoryTib(u32),
    /// `mac2-m2pro`: the Apple chip.
    AppleChip(String),
    /// `p6-b200`: the accelerator model.
    Accelerator(String),
}

/// A decoded instance type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceType {
    /// The name, lower-cased.
    pub name: String,
    /// Family letters (`c`, `hpc`, `u`, `mac`).
    pub family: String,
    /// What the family is for.
    pub category: Category,
    /// Generation number (`None` for `u-6tb1`-style and `mac-m4`-style names without one).
    pub generation: Option<u32>,
    /// Capability letters in order.
    pub capabilities: Vec<Capability>,
    /// `-flex`, memory, chip or accelerator.
    pub suffix: Option<Suffix>,
    /// The size.
    pub size: Size,
}

/// Why a name is not an instance type the model can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypeNameError {
    /// Nothing given.
    #[error("empty instance type name")]
    Empty,
    /// No `.` between the family part and the size.
    #[error("no '.' before the size")]
    NoDot,
    /// The size is not nano…Nxlarge, metal or metal-Nxl.
    #[error("unknown size {0:?}")]
    BadSize(String),
    /// The name does not start with family letters.
    #[error("no family letters")]
    NoFamily,
    /// Family letters the model does not know.
    #[error("unknown family {0:?}")]
    UnknownFamily(String),
    /// No generation digit after the family.
    #[error("no generation number")]
    NoGeneration,
    /// A letter that is not a capability.
    #[error("unknown capability letter {0:?}")]
    UnknownCapability(char),
    /// The same capability letter twice.
    #[error("capability letter {0:?} repeated")]
    RepeatedCapability(char),
    /// A character or suffix that does not fit the grammar.
    #[error("unexpected {0:?}")]
    Unexpected(String),
}

impl TypeNameError {
    /// The error as a localizable message (the caller adds the name).
    pub fn msg(&self) -> Msg {
        match self {
            TypeNameError::Empty => Msg::new("ec2-type-err-empty"),
            TypeNameError::NoDot => Msg::new("ec2-type-err-no-dot"),
            TypeNameError::BadSize(size) => Msg::new("ec2-type-err-size").arg("size", size.as_str()),
            TypeNameError::NoFamily => Msg::new("ec2-type-err-no-family"),
            TypeNameError::UnknownFamily(family) => Msg::new("ec2-type-err-family")
                .arg("family", family.as_str())
                .arg("known", FAMILIES.iter().map(|(f, _)| *f).collect::<Vec<_>>().join(", ")),
            TypeNameError::NoGeneration => Msg::new("ec2-type-err-generation"),
            TypeNameError::UnknownCapability(c) => Msg::new("ec2-type-err-capability").arg("letter", c.to_string()),
            TypeNameError::RepeatedCapability(c) => Msg::new("ec2-type-err-repeated").arg("letter", c.to_string()),
            TypeNameError::Unexpected(text) => Msg::new("ec2-type-err-unexpected").arg("text", text.as_str()),
        }
    }
}

fn parse_size(text: &str) -> Result<Size, TypeNameError> {
    let bad = || TypeNameError::BadSize(text.to_owned());
    let number = |digits: &str| -> Result<u32, TypeNameError> {
        // No leading zeros and a multiplier of at least 2: `1xlarge` and `02xlarge` do not exist.
        if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        digits.parse::<u32>().ok().filter(|n| *n >= 2).ok_or_else(bad)
    };
    Ok(match text {
        "nano" => Size::Nano,
        "micro" => Size::Micro,
        "small" => Size::Small,
        "medium" => Size::Medium,
        "large" => Size::Large,
        "xlarge" => Size::XLarge(1),
        "metal" => Size::Metal,
        _ => {
            if let Some(n) = text.strip_suffix("xlarge") {
                Size::XLarge(number(n)?)
            } else if let Some(n) = text.strip_prefix("metal-").and_then(|r| r.strip_suffix("xl")) {
                Size::MetalXl(number(n)?)
            } else {
                return Err(bad());
            }
        }
    })
}

/// `6tb1` → (6, Some(1)); `12tb` → (12, None).
fn parse_memory(text: &str) -> Option<(u32, Option<u32>)> {
    let (tib, rest) = text.split_once("tb")?;
    let tib = tib.parse::<u32>().ok().filter(|n| *n > 0 && !tib.starts_with('0'))?;
    if rest.is_empty() {
        return Some((tib, None));
    }
    rest.bytes().all(|b| b.is_ascii_digit()).then(|| rest.parse().ok()).flatten().map(|g| (tib, Some(g)))
}

/// Decodes an instance type name (ASCII case ignored, surrounding spaces trimmed).
pub fn parse_type(input: &str) -> Result<InstanceType, TypeNameError> {
    let name = input.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(TypeNameError::Empty);
    }
    if let Some(c) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-')) {
        return Err(TypeNameError::Unexpected(c.to_string()));
    }
    let (head, size_text) = name.split_once('.').ok_or(TypeNameError::NoDot)?;
    let size = parse_size(size_text)?;

    let family_len = head.bytes().take_while(u8::is_ascii_lowercase).count();
    if family_len == 0 {
        return Err(TypeNameError::NoFamily);
    }
    let family = &head[..family_len];
    let category = FAMILIES
        .iter()
        .find(|(f, _)| *f == family)
        .map(|(_, c)| *c)
        .ok_or_else(|| TypeNameError::UnknownFamily(family.to_owned()))?;
    let rest = &head[family_len..];

    // `u-6tb1`: high-memory types with no generation before the hyphen.
    if family == "u" && rest.starts_with('-') {
        let (tib, generation) = parse_memory(&rest[1..]).ok_or_else(|| TypeNameError::Unexpected(rest.to_owned()))?;
        return Ok(InstanceType {
            name: name.clone(),
            family: family.to_owned(),
            category,
            generation,
            capabilities: Vec::new(),
            suffix: Some(Suffix::MemoryTib(tib)),
            size,
        });
    }

    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let generation = if digits == 0 {
        // `mac-m4.metal` has no generation; every other family needs one.
        if family != "mac" {
            return Err(TypeNameError::NoGeneration);
        }
        None
    } else {
        Some(rest[..digits].parse::<u32>().map_err(|_| TypeNameError::Unexpected(rest[..digits].to_owned()))?)
    };
    let rest = &rest[digits..];
    let (letters, suffix_text) = match rest.split_once('-') {
        Some((letters, suffix)) => (letters, Some(suffix)),
        None => (rest, None),
    };
    let mut capabilities = Vec::new();
    for letter in letters.chars() {
        let capability = Capability::from_letter(letter).ok_or(TypeNameError::UnknownCapability(letter))?;
        if capabilities.contains(&capability) {
            return Err(TypeNameError::RepeatedCapability(letter));
        }
        capabilities.push(capability);
    }
    let suffix = match suffix_text {
        None => None,
        Some("flex") => Some(Suffix::Flex),
        Some(text) if family == "u" => {
            let (tib, _) = parse_memory(text).ok_or_else(|| TypeNameError::Unexpected(format!("-{text}")))?;
            Some(Suffix::MemoryTib(tib))
        }
        Some(text) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric()) => Some(if family == "mac" {
            Suffix::AppleChip(text.to_owned())
        } else {
            Suffix::Accelerator(text.to_owned())
        }),
        Some(text) => return Err(TypeNameError::Unexpected(format!("-{text}"))),
    };
    if generation.is_none() && suffix.is_none() {
        return Err(TypeNameError::NoGeneration);
    }
    Ok(InstanceType { name: name.clone(), family: family.to_owned(), category, generation, capabilities, suffix, size })
}

#[cfg(test)]
#[path = "instance_type_tests.rs"]
mod tests;
