import Foundation

/// Tick labels written from integers: `N × 10^exponent`, shown plain (`0.25`), with an SI suffix
/// (`1.5M`) or in scientific notation (`1.5e296`), never with binary rounding noise.
enum NiceScaleLabel {
    enum Style: Equatable {
        /// Divided by 10^`shift` and followed by `suffix` (`k`, `M`, `G`, `T`; none when `shift` is 0).
        case fixed(shift: Int, suffix: String, decimals: Int)
        case scientific

        /// Plain between 0.001 and 10,000, SI suffixes up to 10^15, scientific beyond, the decimals the step needs.
        init(magnitude: Double, step: NiceScale.NiceStep) {
            if magnitude >= 1e-3, magnitude < 1e4 {
                self = .fixed(shift: 0, suffix: "", decimals: Swift.max(0, -step.exponent))
            } else if magnitude >= 1e4, magnitude < 1e15 {
                let (shift, suffix) = [(12, "T"), (9, "G"), (6, "M"), (3, "k")].first { magnitude >= NiceScaleLabel.power($0.0) } ?? (3, "k")
                self = .fixed(shift: shift, suffix: suffix, decimals: Swift.max(0, shift - step.exponent))
            } else {
                self = .scientific
            }
        }
    }

    /// `number × 10^exponent` in `style`; zero is "0".
    static func text(_ number: Int64, exponent: Int, style: Style) -> String {
        guard number != 0 else { return "0" }
        let sign = number < 0 ? "-" : ""
        var digits = String(number.magnitude)
        switch style {
        case .fixed(let shift, let suffix, let decimals):
            // digits × 10^(exponent − shift), written with `decimals` places.
            let scale = exponent - shift
            if scale >= 0 {
                digits += String(repeating: "0", count: scale)
            } else if digits.count <= -scale {
                digits = String(repeating: "0", count: -scale - digits.count + 1) + digits
            }
            var places = Swift.max(0, -scale)
            if places > 0 { digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places)) }
            while places < decimals {
                digits += places == 0 ? ".0" : "0"
                places += 1
            }
            return sign + digits + suffix
        case .scientific:
            var power = exponent
            while digits.count > 1, digits.hasSuffix("0") {
                digits.removeLast()
                power += 1
            }
            let magnitude = power + digits.count - 1
            let mantissa = digits.count == 1 ? digits : "\(digits.first!).\(digits.dropFirst())"
            return "\(sign)\(mantissa)e\(magnitude)"
        }
    }

    /// A value far from any tick, in three significant digits: only for a value off the axis.
    static func scientific(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return value.isFinite ? "0" : "0" }
        let power = Int(log10(abs(value)).rounded(.down))
        let scaled = (value / NiceScaleLabel.power(power - 2)).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return "0" }
        return text(Int64(scaled), exponent: power - 2, style: .scientific)
    }

    static func power(_ exponent: Int) -> Double { pow(10, Double(exponent)) }
}
