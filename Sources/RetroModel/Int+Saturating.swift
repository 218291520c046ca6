extension Int {
    /// `value` rounded toward zero, clamped to `Int.min...Int.max`, and 0 for NaN: `Int(_:)` traps
    /// on all three, and values reach here from input (Kubernetes reports "no memory limit" as
    /// 9223372036854771712, which rounds past `Int.max`; an SLO may say `period_days: 1e300`).
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_808.0 {  // 2^63: the first Double above Int.max
            self = .max
        } else if value <= -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}

extension Int64 {
    /// `value` rounded toward zero, clamped to `Int64.min...Int64.max`, and 0 for NaN.
    public init(saturating value: Double) {
        self = Int64(Int(saturating: value))
    }
}
