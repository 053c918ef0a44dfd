package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.internal.Decision;
import eu.cybersudoe.committees.internal.GroupRights;
import eu.cybersudoe.committees.internal.GroupStore;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.MeetingStore;
import eu.cybersudoe.committees.internal.MeetingTitles;
import eu.cybersudoe.committees.internal.MinutesDocuments;
import eu.cybersudoe.committees.internal.RegisterStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A group's decision register, as a page and as PDF and DOCX. Those outside the group read the
 * decisions of meetings whose minutes are approved; the documents hold the whole register and
 * are for the group's members.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class RegisterController {

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final RegisterStore register;
    private final GroupRights rights;
    private final MeetingTitles titles;
    private final MinutesDocuments documents;
    private final MessageSource messages;

    RegisterController(GroupStore groups, MeetingStore meetings, RegisterStore register, GroupRights rights, MeetingTitles titles,
                       MinutesDocuments documents, MessageSource messages) {
        this.groups = groups;
        this.meetings = meetings;
        this.register = register;
        this.rights = rights;
        this.titles = titles;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/committees/{groupId}/decisions")
    String decisions(@PathVariable String lang, @PathVariable long groupId, Model model) {
        Group group = groups.find(groupId).orElseThrow(People::notFound);
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        boolean readsAll = rights.readsAll(groupId, People.current());
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.allOfGroup(groupId).forEach(m -> byId.put(m.id(), m));
        Set<Long> published = byId.values().stream().filter(Meeting::approved).map(Meeting::id).collect(Collectors.toSet());
        List<DecisionRow> rows = register.decisionsOfGroup(groupId).stream()
                .filter(d -> readsAll || published.contains(d.meetingId()))
                .map(d -> new DecisionRow(documents.number(group, d), d, d.meetingId(), titles.title(byId.get(d.meetingId()), language)))
                .toList();
        model.addAttribute("group", group);
        model.addAttribute("rows", rows);
        model.addAttribute("readsAll", readsAll);
        return "committees/decisions";
    }

    @GetMapping("/{lang}/office/committees/{groupId}/decisions.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long groupId) {
        Group group = member(groupId);
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        return MeetingController.download(documents.registerPdf(group, language), MediaType.APPLICATION_PDF,
                DownloadNames.of(messages, "files.decisionRegister", groupId, language));
    }

    @GetMapping("/{lang}/office/committees/{groupId}/decisions.docx")
    ResponseEntity<byte[]> docx(@PathVariable String lang, @PathVariable long groupId) {
        Group group = member(groupId);
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        return MeetingController.download(documents.registerDocx(group, language), MeetingController.DOCX,
                DownloadNames.of(messages, "files.decisionRegisterDocx", groupId, language));
    }

    private Group member(long groupId) {
        Group group = groups.find(groupId).orElseThrow(People::notFound);
        if (!rights.readsAll(groupId, People.current())) {
            throw People.notFound();
        }
        return group;
    }
}
