package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.monitoring.EvaluationDocuments;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committees' documents in the evaluator's room: the approved minutes of every meeting, as the
 * tagged PDF of the minutes page. Draft minutes are not handed over.
 */
@Component
class CommitteeDocuments implements EvaluationDocuments {

    private static final Pattern MINUTES = Pattern.compile("minutes-(\\d+)");

    private final GroupStore groups;
    private final MeetingStore meetings;
    private final MinutesDocuments documents;
    private final MessageSource messages;

    CommitteeDocuments(GroupStore groups, MeetingStore meetings, MinutesDocuments documents, MessageSource messages) {
        this.groups = groups;
        this.meetings = meetings;
        this.documents = documents;
        this.messages = messages;
    }

    @Override
    public String collection() {
        return "committees";
    }

    @Override
    public List<Document> documents() {
        List<Document> approved = new ArrayList<>();
        for (Group group : groups.all()) {
            for (Meeting meeting : meetings.allOfGroup(group.id())) {
                if (meeting.approved()) {
                    approved.add(new Document("minutes-" + meeting.id(), text(l -> documents.minutesTitle(group, meeting, l)),
                            text(l -> messages.getMessage("committees.meeting.minutes", null, l.locale())), meeting.day()));
                }
            }
        }
        return approved;
    }

    @Override
    public Optional<DocumentFile> open(String key, Language language) {
        Matcher minutes = MINUTES.matcher(key);
        if (!minutes.matches()) {
            return Optional.empty();
        }
        return meetings.find(Long.parseLong(minutes.group(1))).filter(Meeting::approved)
                .flatMap(meeting -> groups.all().stream().filter(g -> g.id() == meeting.groupId()).findFirst()
                        .map(group -> new DocumentFile(
                                DownloadNames.of(messages, "files.minutes", meeting.id(), meeting.language()), "application/pdf",
                                documents.minutesPdf(group, meeting))));
    }

    private static LocalizedText text(Function<Language, String> in) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, in.apply(language));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }
}
