/**
 * Committees (NET-2, GT1): the strategic steering committee, the technical committee and the
 * thematic working groups with their dated memberships; their meetings (the project calendar's
 * planned meetings and the conferences' committee seminars referred to by id, the web meetings
 * generated as series), agendas, invitations with an iCalendar file, answers and attendance,
 * minutes per agenda item approved at the next meeting, the numbered decision register and the
 * action items with their owners and reminders; the register of deliverables the technical
 * committee validates. Counted for the monitoring dashboard and raising its alerts.
 * {@link eu.cybersudoe.committees.Committees} tells other modules who belongs to which group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Committees",
        allowedDependencies = {"shared", "network", "accounts", "companies", "conferences", "monitoring"})
package eu.cybersudoe.committees;
