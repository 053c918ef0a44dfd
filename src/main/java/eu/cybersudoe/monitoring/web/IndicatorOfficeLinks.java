package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The indicators, entries and progress reports pages of the back office, and the evaluation's: self-evaluation, document room, samples. */
@Component
class IndicatorOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/indicators", "backoffice.indicators.title", "backoffice.indicators.text", 80,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
                        Role.PROGRAMME_OFFICER),
                OfficeLink.of("/office/indicators/entries", "monitoring.office.entries.title", "monitoring.office.entries.text", 81,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/reports", "monitoring.office.reports.title", "monitoring.office.reports.text", 82,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
                        Role.PROGRAMME_OFFICER),
                OfficeLink.of("/office/indicators/self-evaluation", "evaluation.office.self.title", "evaluation.office.self.text", 85,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/evaluation/documents", "evaluation.office.documents.title", "evaluation.office.documents.text",
                        86, Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER),
                OfficeLink.of("/office/evaluation/samples", "evaluation.office.samples.title", "evaluation.office.samples.text", 87,
                        Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER));
    }
}
