import Foundation

/// Names of time zones as customers know them: `CET (Central European Time)`, `EDT (Eastern
/// Daylight Time)`. The platform's own abbreviations are often just `GMT+1`, so the common zones
/// are listed here; any other zone is named by its UTC offset and the platform's long name.
struct ZoneNames {
    /// Abbreviation and name for standard time and for summer (daylight-saving) time.
    struct Entry {
        var standard: (abbreviation: String, name: String)
        var summer: (abbreviation: String, name: String)?
        /// Customers in this zone read times on a 12-hour clock (`2:42 PM`).
        var twelveHour = false
    }

    let zone: TimeZone

    /// `CET`, `EDT`, `UTC`, or `UTC+05:45` for a zone not in the table.
    func abbreviation(at date: Date) -> String {
        if let (abbreviation, _) = named(at: date) { return abbreviation }
        return DisplayTime.offset(zone.secondsFromGMT(for: date))
    }

    /// `CET (Central European Time)`; `UTC` alone; `UTC+05:45 (Nepal Time)` for other zones.
    func full(at date: Date) -> String {
        if Self.isUTC(zone) { return "UTC" }
        if let (abbreviation, name) = named(at: date) { return "\(abbreviation) (\(name))" }
        let summer = zone.isDaylightSavingTime(for: date)
        let name = zone.localizedName(for: summer ? .daylightSaving : .standard, locale: Locale(identifier: "en_US"))
        return abbreviation(at: date) + (name.map { " (\($0))" } ?? "")
    }

    var twelveHour: Bool { Self.table[zone.identifier]?.twelveHour ?? false }

    private func named(at date: Date) -> (String, String)? {
        if Self.isUTC(zone) { return ("UTC", "Coordinated Universal Time") }
        guard let entry = Self.table[zone.identifier] else { return nil }
        if zone.isDaylightSavingTime(for: date), let summer = entry.summer { return summer }
        return entry.standard
    }

    static func isUTC(_ zone: TimeZone) -> Bool { ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Zulu"].contains(zone.identifier) }

    static let table: [String: Entry] = {
        var t: [String: Entry] = [:]
        func add(_ ids: [String], _ std: (String, String), _ dst: (String, String)? = nil, twelveHour: Bool = false) {
            for id in ids { t[id] = Entry(standard: std, summer: dst, twelveHour: twelveHour) }
        }
        add(["Europe/London"], ("GMT", "Greenwich Mean Time"), ("BST", "British Summer Time"))
        add(["Europe/Dublin"], ("GMT", "Greenwich Mean Time"), ("IST", "Irish Standard Time"))
        add(["Europe/Lisbon", "Atlantic/Canary"], ("WET", "Western European Time"), ("WEST", "Western European Summer Time"))
        add(
            [
                "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Brussels", "Europe/Vienna",
                "Europe/Zurich", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "Europe/Warsaw", "Europe/Prague",
                "Europe/Budapest", "Europe/Luxembourg", "Europe/Belgrade", "Europe/Zagreb", "Europe/Ljubljana", "Europe/Bratislava",
            ],
            ("CET", "Central European Time"), ("CEST", "Central European Summer Time"))
        add(
            [
                "Europe/Helsinki", "Europe/Athens", "Europe/Kyiv", "Europe/Kiev", "Europe/Bucharest", "Europe/Sofia", "Europe/Riga",
                "Europe/Tallinn", "Europe/Vilnius",
            ],
            ("EET", "Eastern European Time"), ("EEST", "Eastern European Summer Time"))
        add(
            ["America/New_York", "America/Toronto", "America/Detroit", "America/Montreal"],
            ("EST", "Eastern Standard Time"), ("EDT", "Eastern Daylight Time"), twelveHour: true)
        add(["America/Chicago", "America/Winnipeg"], ("CST", "Central Standard Time"), ("CDT", "Central Daylight Time"), twelveHour: true)
        add(["America/Denver", "America/Edmonton"], ("MST", "Mountain Standard Time"), ("MDT", "Mountain Daylight Time"), twelveHour: true)
        add(["America/Phoenix"], ("MST", "Mountain Standard Time"), twelveHour: true)
        add(
            ["America/Los_Angeles", "America/Vancouver"], ("PST", "Pacific Standard Time"), ("PDT", "Pacific Daylight Time"),
            twelveHour: true)
        add(["America/Anchorage"], ("AKST", "Alaska Standard Time"), ("AKDT", "Alaska Daylight Time"), twelveHour: true)
        add(["Pacific/Honolulu"], ("HST", "Hawaii Standard Time"), twelveHour: true)
        add(["America/Sao_Paulo"], ("BRT", "Brasília Time"))
        add(["Asia/Kolkata", "Asia/Calcutta"], ("IST", "India Standard Time"))
        add(["Asia/Tokyo"], ("JST", "Japan Standard Time"))
        add(["Asia/Seoul"], ("KST", "Korea Standard Time"))
        add(["Asia/Shanghai", "Asia/Taipei"], ("CST", "China Standard Time"))
        add(["Asia/Hong_Kong"], ("HKT", "Hong Kong Time"))
        add(["Asia/Singapore"], ("SGT", "Singapore Time"))
        add(
            ["Australia/Sydney", "Australia/Melbourne", "Australia/Hobart", "Australia/Canberra"],
            ("AEST", "Australian Eastern Standard Time"), ("AEDT", "Australian Eastern Daylight Time"))
        add(["Australia/Brisbane"], ("AEST", "Australian Eastern Standard Time"))
        add(["Australia/Adelaide"], ("ACST", "Australian Central Standard Time"), ("ACDT", "Australian Central Daylight Time"))
        add(["Australia/Perth"], ("AWST", "Australian Western Standard Time"))
        add(["Pacific/Auckland"], ("NZST", "New Zealand Standard Time"), ("NZDT", "New Zealand Daylight Time"))
        return t
    }()
}
