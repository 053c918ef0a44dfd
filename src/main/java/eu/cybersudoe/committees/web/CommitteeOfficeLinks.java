package eu.cybersudoe.committees.web;

import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The committees' back-office pages. */
@Component
class CommitteeOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/committees", "committees.office.title", "committees.office.text", 70, People.READERS),
                OfficeLink.of("/office/my-actions", "committees.myActions.title", "committees.myActions.text", 71, People.READERS),
                OfficeLink.of("/office/deliverables", "committees.deliverables.title", "committees.deliverables.text", 72,
                        People.READERS));
    }
}
