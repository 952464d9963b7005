use super::*;

fn caps(letters: &str) -> Vec<Capability> {
    letters.chars().map(|c| Capability::from_letter(c).unwrap()).collect()
}

#[test]
fn grammar_examples() {
    let t = parse_type("c5n.xlarge").unwrap();
    assert_eq!(
        (t.family.as_str(), t.generation, t.capabilities.clone(), t.size),
        ("c", Some(5), caps("n"), Size::XLarge(1))
    );
    assert_eq!(t.category, Category::ComputeOptimized);
    let t = parse_type("m7g.2xlarge").unwrap();
    assert_eq!((t.family.as_str(), t.generation, t.capabilities, t.size), ("m", Some(7), caps("g"), Size::XLarge(2)));
    let t = parse_type("r6id.metal").unwrap();
    assert_eq!((t.capabilities, t.size, t.category), (caps("id"), Size::Metal, Category::MemoryOptimized));
    let t = parse_type("hpc7g.16xlarge").unwrap();
    assert_eq!((t.family.as_str(), t.category, t.size), ("hpc", Category::HighPerformanceComputing, Size::XLarge(16)));
    let t = parse_type("inf2.xlarge").unwrap();
    assert_eq!((t.family.as_str(), t.generation, t.category), ("inf", Some(2), Category::AcceleratedComputing));
    let t = parse_type("t3.micro").unwrap();
    assert_eq!((t.family.as_str(), t.generation, t.size, t.capabilities.len()), ("t", Some(3), Size::Micro, 0));
    let t = parse_type("m7i-flex.large").unwrap();
    assert_eq!((t.capabilities, t.suffix, t.size), (caps("i"), Some(Suffix::Flex), Size::Large));
    let t = parse_type("trn1n.32xlarge").unwrap();
    assert_eq!((t.family.as_str(), t.capabilities), ("trn", caps("n")));
    let t = parse_type("vt1.3xlarge").unwrap();
    assert_eq!(t.family, "vt");
    let t = parse_type("x2iezn.metal").unwrap();
    assert_eq!(t.capabilities, caps("iezn"));
    let t = parse_type("g5g.xlarge").unwrap();
    // Family g is GPU (accelerated); the capability g is Graviton.
    assert_eq!((t.category, t.capabilities), (Category::AcceleratedComputing, caps("g")));
    let t = parse_type("i4i.metal-24xl").unwrap();
    assert_eq!(t.size, Size::MetalXl(24));
    assert_eq!(parse_type("T3.NANO").unwrap().size, Size::Nano);
}

#[test]
fn odd_names_are_handled() {
    let t = parse_type("u-6tb1.metal").unwrap();
    assert_eq!(
        (t.family.as_str(), t.generation, t.suffix, t.category),
        ("u", Some(1), Some(Suffix::MemoryTib(6)), Category::MemoryOptimized)
    );
    let t = parse_type("u-12tb1.112xlarge").unwrap();
    assert_eq!((t.suffix, t.size), (Some(Suffix::MemoryTib(12)), Size::XLarge(112)));
    let t = parse_type("u7i-12tb.224xlarge").unwrap();
    assert_eq!((t.generation, t.capabilities, t.suffix), (Some(7), caps("i"), Some(Suffix::MemoryTib(12))));
    let t = parse_type("u7in-16tb.224xlarge").unwrap();
    assert_eq!(t.capabilities, caps("in"));
    let t = parse_type("mac2-m2pro.metal").unwrap();
    assert_eq!((t.family.as_str(), t.generation, t.suffix), ("mac", Some(2), Some(Suffix::AppleChip("m2pro".into()))));
    let t = parse_type("mac1.metal").unwrap();
    assert_eq!((t.generation, t.suffix), (Some(1), None));
    let t = parse_type("mac-m4.metal").unwrap();
    assert_eq!((t.generation, t.suffix), (None, Some(Suffix::AppleChip("m4".into()))));
    let t = parse_type("p6-b200.48xlarge").unwrap();
    assert_eq!((t.family.as_str(), t.generation, t.suffix), ("p", Some(6), Some(Suffix::Accelerator("b200".into()))));
    let t = parse_type("p6e-gb200.36xlarge").unwrap();
    assert_eq!((t.capabilities, t.suffix), (caps("e"), Some(Suffix::Accelerator("gb200".into()))));
}

#[test]
fn names_outside_the_grammar_are_rejected_clearly() {
    let cases: &[(&str, TypeNameError)] = &[
        ("", TypeNameError::Empty),
        ("   ", TypeNameError::Empty),
        ("c5n", TypeNameError::NoDot),
        ("c5n.huge", TypeNameError::BadSize("huge".into())),
        ("c5n.1xlarge", TypeNameError::BadSize("1xlarge".into())),
        ("c5n.02xlarge", TypeNameError::BadSize("02xlarge".into())),
        ("c5.", TypeNameError::BadSize(String::new())),
        ("5n.large", TypeNameError::NoFamily),
        ("qq5.large", TypeNameError::UnknownFamily("qq".into())),
        ("c.large", TypeNameError::NoGeneration),
        ("mac.metal", TypeNameError::NoGeneration),
        ("dl2q.24xlarge", TypeNameError::UnknownCapability('q')),
        ("c5nn.large", TypeNameError::RepeatedCapability('n')),
        ("c5n-.large", TypeNameError::Unexpected("-".into())),
        ("u-xtb.metal", TypeNameError::Unexpected("-xtb".into())),
        ("c5_n.large", TypeNameError::Unexpected("_".into())),
        ("인스턴스.large", TypeNameError::Unexpected("인".into())),
        ("c99999999999.large", TypeNameError::Unexpected("99999999999".into())),
        ("c5.99999999999xlarge", TypeNameError::BadSize("99999999999xlarge".into())),
    ];
    for (name, expected) in cases {
        assert_eq!(&parse_type(name).unwrap_err(), expected, "{name}");
        // Every error has a message.
        assert!(expected.msg().id.starts_with("ec2-type-err-"));
    }
}

proptest::proptest! {
    #[test]
    fn never_panics(name in "[a-z0-9.\\-]{0,20}|\\PC{0,12}") {
        let _ = parse_type(&name);
    }
}
