import Foundation
import RetroModel

/// Builds the customer-facing summary from an assembled retrospective.
///
/// It reads only curated fields of the incident file (`title`, `impact.customer_statement`,
/// `data_loss`, `data_exposure`, `reassurances`, public follow-ups' `public_text`, `support`) and
/// the window's figures. Chat, alerts, timeline texts, people, services and trackers never reach
/// it, so the summary cannot leak them whatever they contain.
public enum CustomerSummaryBuilder {
    public static func build(_ retro: Retrospective) -> CustomerSummary {
        let incident = retro.incident
        var warnings: [String] = []

        let statement = nonEmpty(incident.impact.customerStatement)
        if statement == nil {
            warnings.append(
                "'impact.customer_statement' is missing, so the customer summary states only when the service was affected; add a sentence in the customer's terms (\"If you used X to do Y, …\")."
            )
        }
        let period = retro.customerImpactPeriod
        if period == nil {
            warnings.append(
                "The window has no 'started' with a later 'mitigated' or 'resolved', so the customer summary gives no times or duration.")
        }
        // The same list as the internal stakeholder message: what the incident file asserts, nothing more.
        let reassurances = retro.stakeholder.reassurances
        if reassurances.isEmpty {
            warnings.append(
                "Nothing states what did not go wrong; add 'impact.data_loss', 'impact.data_exposure' or 'impact.reassurances' once confirmed."
            )
        }
        let support = nonEmpty(incident.support)
        if support == nil { warnings.append("'support' is missing, so the customer summary does not say where to get help.") }

        var actions: [CustomerSummary.Action] = []
        for item in incident.followUps where item.isPublic {
            guard let text = nonEmpty(item.publicText) else {
                warnings.append(
                    "Follow-up '\(item.id)' is public but has no 'public_text', so it is left out of the customer summary; add a sentence that states its effect."
                )
                continue
            }
            if item.status == .wontDo {
                warnings.append(
                    "Follow-up '\(item.id)' is public but its status is 'wont_do', so it is left out of the customer summary's action plan."
                )
                continue
            }
            actions.append(CustomerSummary.Action(text: text, status: item.status, due: item.due))
        }
        if actions.isEmpty, !warnings.contains(where: { $0.hasPrefix("Follow-up") }) {
            warnings.append("No follow-up is marked 'public: true' with a 'public_text', so the customer summary has no action plan.")
        }

        let status: CustomerSummary.Status
        let statusAt: Date?
        if let resolved = retro.window.resolved {
            (status, statusAt) = (.resolved, resolved)
        } else if let mitigated = retro.window.mitigated {
            (status, statusAt) = (.mitigated, mitigated)
        } else {
            (status, statusAt) = (.ongoing, nil)
        }
        return CustomerSummary(
            headline: incident.title, statement: statement, period: period, status: status, statusAt: statusAt,
            reassurances: reassurances, actions: actions, support: support, zone: incident.displayZone, warnings: warnings)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}
