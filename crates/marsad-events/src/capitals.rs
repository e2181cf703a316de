//! Capital cities: a hand list of facts (country code, GeoNames English name as in
//! `resources/understand/places.tsv`), used to split protests placed in a city without a target
//! (docs/events.md, round 15): a protest in a capital is coded against the government, one in
//! another city gets no target.

/// (ISO 3166-1 alpha-2, English name) of the capital cities the gazetteer knows, sorted.
pub(crate) const CAPITALS: &[(&str, &str)] = &[
    ("AD", "Andorra la Vella"), ("AE", "Abu Dhabi"), ("AF", "Kabul"), ("AL", "Tirana"), ("AM", "Yerevan"),
    ("AO", "Luanda"), ("AR", "Buenos Aires"), ("AT", "Vienna"), ("AU", "Canberra"), ("AZ", "Baku"),
    ("BA", "Sarajevo"), ("BD", "Dhaka"), ("BE", "Brussels"), ("BF", "Ouagadougou"), ("BG", "Sofia"),
    ("BH", "Manama"), ("BJ", "Porto-Novo"), ("BN", "Bandar Seri Begawan"), ("BO", "Sucre"),
    ("BR", "Brasília"), ("BW", "Gaborone"), ("BY", "Minsk"), ("CA", "Ottawa"), ("CD", "Kinshasa"),
    ("CG", "Brazzaville"), ("CH", "Bern"), ("CI", "Yamoussoukro"), ("CL", "Santiago"), ("CM", "Yaoundé"),
    ("CN", "Beijing"), ("CO", "Bogotá"), ("CR", "San José"), ("CU", "Havana"), ("CY", "Nicosia"),
    ("CZ", "Prague"), ("DE", "Berlin"), ("DJ", "Djibouti"), ("DK", "Copenhagen"), ("DZ", "Algiers"),
    ("EC", "Quito"), ("EE", "Tallinn"), ("EG", "Cairo"), ("ER", "Asmara"), ("ES", "Madrid"),
    ("ET", "Addis Ababa"), ("FI", "Helsinki"), ("FR", "Paris"), ("GA", "Libreville"), ("GB", "London"),
    ("GE", "Tbilisi"), ("GH", "Accra"), ("GM", "Banjul"), ("GR", "Athens"), ("GT", "Guatemala City"),
    ("GW", "Bissau"), ("HN", "Tegucigalpa"), ("HR", "Zagreb"), ("HT", "Port-au-Prince"), ("HU", "Budapest"),
    ("ID", "Jakarta"), ("IE", "Dublin"), ("IL", "Jerusalem"), ("IN", "New Delhi"), ("IQ", "Baghdad"),
    ("IR", "Tehran"), ("IS", "Reykjavík"), ("IT", "Rome"), ("JO", "Amman"), ("JP", "Tokyo"),
    ("KE", "Nairobi"), ("KG", "Bishkek"), ("KH", "Phnom Penh"), ("KM", "Moroni"), ("KP", "Pyongyang"),
    ("KR", "Seoul"), ("KW", "Kuwait City"), ("KZ", "Astana"), ("LA", "Vientiane"), ("LB", "Beirut"),
    ("LK", "Colombo"), ("LR", "Monrovia"), ("LS", "Maseru"), ("LT", "Vilnius"), ("LU", "Luxembourg"),
    ("LV", "Riga"), ("LY", "Tripoli"), ("MA", "Rabat"), ("MD", "Chisinau"), ("ME", "Podgorica"),
    ("MG", "Antananarivo"), ("MK", "Skopje"), ("ML", "Bamako"), ("MN", "Ulan Bator"), ("MR", "Nouakchott"),
    ("MU", "Port Louis"), ("MW", "Lilongwe"), ("MX", "Mexico City"), ("MY", "Kuala Lumpur"), ("MZ", "Maputo"),
    ("NA", "Windhoek"), ("NE", "Niamey"), ("NG", "Abuja"), ("NI", "Managua"), ("NL", "Amsterdam"),
    ("NO", "Oslo"), ("NP", "Kathmandu"), ("NZ", "Wellington"), ("OM", "Muscat"), ("PE", "Lima"),
    ("PG", "Port Moresby"), ("PH", "Manila"), ("PK", "Islamabad"), ("PL", "Warsaw"), ("PS", "Ramallah"),
    ("PT", "Lisbon"), ("PY", "Asunción"), ("QA", "Doha"), ("RO", "Bucharest"), ("RS", "Belgrade"),
    ("RU", "Moscow"), ("RW", "Kigali"), ("SA", "Riyadh"), ("SD", "Khartoum"), ("SE", "Stockholm"),
    ("SG", "Singapore"), ("SI", "Ljubljana"), ("SK", "Bratislava"), ("SL", "Freetown"), ("SN", "Dakar"),
    ("SO", "Mogadishu"), ("SS", "Juba"), ("SV", "San Salvador"), ("SY", "Damascus"), ("TD", "N'Djamena"),
    ("TG", "Lomé"), ("TH", "Bangkok"), ("TJ", "Dushanbe"), ("TM", "Ashgabat"), ("TN", "Tunis"),
    ("TR", "Ankara"), ("TW", "Taipei"), ("TZ", "Dodoma"), ("UA", "Kyiv"), ("UG", "Kampala"),
    ("UY", "Montevideo"), ("UZ", "Tashkent"), ("VE", "Caracas"), ("VN", "Hanoi"), ("XK", "Pristina"),
    ("YE", "Sanaa"), ("ZA", "Pretoria"), ("ZM", "Lusaka"), ("ZW", "Harare"),
];

/// A gazetteer place is a capital city.
pub(crate) fn is_capital_city(country_code: &str, name_en: &str) -> bool {
    CAPITALS.binary_search(&(country_code, name_en)).is_ok()
}

#[cfg(test)]
mod tests {
    /// `is_capital_city` searches the list by halves: it must stay sorted and without repeats.
    #[test]
    fn capitals_are_sorted() {
        assert!(super::CAPITALS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_capital_city("LB", "Beirut") && !super::is_capital_city("LB", "Tripoli"));
    }
}
