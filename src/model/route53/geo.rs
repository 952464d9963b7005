//! Locations for geolocation routing (continent, country, US state) and coordinates of AWS
//! Regions for geoproximity. Route 53 maps a query's IP address to a location itself; here the
//! client names its location, and the country's continent comes from this table (or from
//! `client.continent` for a country the table lacks).

/// A geolocation location, as a record names it or a client stands in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// `*`: every location no other record covers, and IP addresses mapped to none.
    Default,
    /// `continent:AS`.
    Continent(String),
    /// `KR`.
    Country(String),
    /// `US-WA`: a country and one of its subdivisions.
    Subdivision(String, String),
}

/// Route 53's continent codes.
pub const CONTINENTS: &[&str] = &["AF", "AN", "AS", "EU", "NA", "OC", "SA"];

impl Location {
    /// A record's location; `None` when malformed.
    pub fn parse_record(text: &str) -> Option<Location> {
        let t = text.trim();
        if t == "*" {
            return Some(Location::Default);
        }
        if let Some(c) = t.strip_prefix("continent:") {
            let c = c.to_ascii_uppercase();
            return CONTINENTS.contains(&c.as_str()).then_some(Location::Continent(c));
        }
        Self::parse_place(t)
    }

    /// A client's location: a country or subdivision, or `None` inside `Some` for `unknown`.
    pub fn parse_client(text: &str) -> Option<Option<Location>> {
        if text.trim().eq_ignore_ascii_case("unknown") {
            return Some(None);
        }
        Self::parse_place(text.trim()).map(Some)
    }

    fn parse_place(t: &str) -> Option<Location> {
        let code = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic());
        match t.split_once('-') {
            None if code(t) => Some(Location::Country(t.to_ascii_uppercase())),
            Some((c, s)) if code(c) && (1..=3).contains(&s.len()) && s.chars().all(|ch| ch.is_ascii_alphanumeric()) => {
                Some(Location::Subdivision(c.to_ascii_uppercase(), s.to_ascii_uppercase()))
            }
            _ => None,
        }
    }

    /// How the location is written in the file.
    pub fn label(&self) -> String {
        match self {
            Location::Default => "*".into(),
            Location::Continent(c) => format!("continent:{c}"),
            Location::Country(c) => c.clone(),
            Location::Subdivision(c, s) => format!("{c}-{s}"),
        }
    }
}

/// ISO 3166 country codes and their continent, for the countries exam items use.
const COUNTRIES: &[(&str, &str)] = &[
    ("AE", "AS"),
    ("AR", "SA"),
    ("AT", "EU"),
    ("AU", "OC"),
    ("BE", "EU"),
    ("BR", "SA"),
    ("CA", "NA"),
    ("CH", "EU"),
    ("CL", "SA"),
    ("CN", "AS"),
    ("CO", "SA"),
    ("CZ", "EU"),
    ("DE", "EU"),
    ("DK", "EU"),
    ("EG", "AF"),
    ("ES", "EU"),
    ("FI", "EU"),
    ("FR", "EU"),
    ("GB", "EU"),
    ("GR", "EU"),
    ("HK", "AS"),
    ("ID", "AS"),
    ("IE", "EU"),
    ("IL", "AS"),
    ("IN", "AS"),
    ("IT", "EU"),
    ("JP", "AS"),
    ("KE", "AF"),
    ("KR", "AS"),
    ("MA", "AF"),
    ("MX", "NA"),
    ("MY", "AS"),
    ("NG", "AF"),
    ("NL", "EU"),
    ("NO", "EU"),
    ("NZ", "OC"),
    ("PE", "SA"),
    ("PH", "AS"),
    ("PL", "EU"),
    ("PT", "EU"),
    ("SA", "AS"),
    ("SE", "EU"),
    ("SG", "AS"),
    ("TH", "AS"),
    ("TR", "AS"),
    ("TW", "AS"),
    ("UA", "EU"),
    ("US", "NA"),
    ("VN", "AS"),
    ("ZA", "AF"),
];

/// The continent of a country, when the table knows it.
pub fn continent_of(country: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|(c, _)| *c == country).map(|(_, k)| *k)
}

/// Approximate coordinates of AWS Regions (the metro area each is named for).
const REGIONS: &[(&str, f64, f64)] = &[
    ("us-east-1", 38.9, -77.4),
    ("us-east-2", 40.0, -83.0),
    ("us-west-1", 37.4, -121.9),
    ("us-west-2", 45.8, -119.7),
    ("ca-central-1", 45.5, -73.6),
    ("sa-east-1", -23.5, -46.6),
    ("eu-west-1", 53.3, -6.3),
    ("eu-west-2", 51.5, -0.1),
    ("eu-west-3", 48.9, 2.4),
    ("eu-central-1", 50.1, 8.7),
    ("eu-north-1", 59.3, 18.1),
    ("ap-northeast-1", 35.7, 139.7),
    ("ap-northeast-2", 37.6, 127.0),
    ("ap-northeast-3", 34.7, 135.5),
    ("ap-southeast-1", 1.3, 103.8),
    ("ap-southeast-2", -33.9, 151.2),
    ("ap-south-1", 19.1, 72.9),
    ("af-south-1", -33.9, 18.4),
    ("me-south-1", 26.1, 50.6),
];

/// A Region's coordinates.
pub fn region_coordinates(region: &str) -> Option<(f64, f64)> {
    REGIONS.iter().find(|(r, _, _)| *r == region).map(|(_, a, b)| (*a, *b))
}

/// The Regions the table knows, for messages.
pub fn known_regions() -> String {
    REGIONS.iter().map(|(r, _, _)| *r).collect::<Vec<_>>().join(", ")
}

/// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The distance Route 53 compares after bias: a positive bias shrinks it, a negative one grows it.
pub fn biased_km(actual: f64, bias: i32) -> f64 {
    let b = f64::from(bias) / 100.0;
    if bias >= 0 { actual * (1.0 - b) } else { actual / (1.0 + b) }
}
