/// The incident file's `internal:` key: what marks a name as the organisation's own.
public struct InternalNames: Sendable, Equatable {
    /// Domains whose hosts are internal (`payments.internal`, `corp.example.com`); subdomains included.
    public var domains: [String] = []
    /// Host patterns with `*` wildcards (`db-*`, `*.svc.cluster.local`).
    public var hosts: [String] = []
    /// Service names and jargon that mean nothing outside (`pgbouncer`, `payments-api`).
    public var names: [String] = []

    public init(domains: [String] = [], hosts: [String] = [], names: [String] = []) {
        self.domains = domains
        self.hosts = hosts
        self.names = names
    }

    public var isEmpty: Bool { domains.isEmpty && hosts.isEmpty && names.isEmpty }
}
