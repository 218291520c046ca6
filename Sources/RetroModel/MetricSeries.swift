/// One time series from a monitoring snapshot.
public struct MetricSeries: Sendable, Equatable, Codable {
    /// A sample: epoch milliseconds and a value. NaN and ±infinity are kept as they are.
    public struct Point: Sendable, Equatable, Codable {
        public var t: Int64
        public var v: Double
        public init(t: Int64, v: Double) {
            self.t = t
            self.v = v
        }
        public static func == (a: Point, b: Point) -> Bool {
            a.t == b.t && (a.v == b.v || (a.v.isNaN && b.v.isNaN))
        }
    }

    public var name: String
    public var labels: [String: String]
    /// Sorted by time.
    public var points: [Point]
    public var unit: String?
    public var source: SourceRef

    public init(name: String, labels: [String: String] = [:], points: [Point], unit: String? = nil, source: SourceRef) {
        self.name = name
        self.labels = labels
        self.points = points
        self.unit = unit
        self.source = source
    }

    /// `name{a="1",b="2"}` with labels sorted, as Prometheus prints a series.
    public var displayName: String {
        if labels.isEmpty { return name }
        let inner = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",")
        return "\(name){\(inner)}"
    }
}
