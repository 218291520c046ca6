import RetroModel

/// Alert transitions as timeline events.
///
/// triggered → detection, acknowledged → acknowledgement, escalated → escalation,
/// resolved → resolution: all key events. Assignments are escalations and annotations notes,
/// both kept out of the key events because tools emit many of them.
enum AlertTimelineMapping {
    static func kind(_ kind: AlertEvent.Kind) -> TimelineEvent.Kind {
        switch kind {
        case .triggered: .detection
        case .acknowledged: .acknowledgement
        case .escalated, .assigned: .escalation
        case .resolved: .resolution
        case .annotated: .note
        }
    }

    static func isKey(_ kind: AlertEvent.Kind) -> Bool {
        switch kind {
        case .triggered, .acknowledged, .escalated, .resolved: true
        case .assigned, .annotated: false
        }
    }

    /// A trigger whose log does not say whether it paged anyone says so in its text.
    static func event(_ alert: AlertEvent, directory: ActorDirectory) -> TimelineEvent {
        let text = AlertPaging.isUnstated(alert) ? alert.summary + " (\(AlertPaging.unstatedNote))" : alert.summary
        return TimelineEvent(
            at: alert.at, kind: kind(alert.kind), text: text, actor: directory.name(ofActor: alert.actor),
            key: isKey(alert.kind), origin: .alert, sources: [alert.source])
    }

    /// A close after which the same alert fires again: a note, so a flap does not read as resolution.
    static func flapClose(_ alert: AlertEvent, directory: ActorDirectory) -> TimelineEvent {
        TimelineEvent(
            at: alert.at, kind: .note, text: alert.summary + " (closed, then fired again)", actor: directory.name(ofActor: alert.actor),
            key: false, origin: .alert, sources: [alert.source])
    }

    /// A warning or low-priority trigger or close that paged nobody: a note, so it is not read as
    /// detection or resolution.
    static func warning(_ alert: AlertEvent, directory: ActorDirectory) -> TimelineEvent {
        TimelineEvent(
            at: alert.at, kind: .note, text: alert.summary + " (\(reason(alert)), paged nobody)",
            actor: directory.name(ofActor: alert.actor), key: false, origin: .alert, sources: [alert.source])
    }

    /// Why the log says nobody was paged: what it says, or the tool's severity.
    private static func reason(_ alert: AlertEvent) -> String {
        if case .notPaged(let why) = alert.paging { return why }
        return alert.severity ?? "warning"
    }
}
