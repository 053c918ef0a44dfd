package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.AudienceContact;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.Segments;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Saved segments: saving with a valid name, opening, deleting within the partner, and their audiences. */
@DatabaseTest
class SavedSegmentsTest {

    @Autowired
    SavedSegments saved;
    @Autowired
    Segments segments;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    RegistryTestData data;

    @BeforeEach
    void uniqueData() {
        data = new RegistryTestData(registry, jdbc);
    }

    @Test
    void savesOpensAndDeletesWithinThePartner() {
        SearchCriteria criteria = SearchCriteria.fromParameters(Map.of("q", "Café", "country", "FR", "micro", "1",
                "tag", data.marker, "sort", "newest"));
        String name = "Cafés " + data.marker;

        SavedSegments.Saved result = saved.save("leitat", "  " + name + " ", criteria, 7L);
        assertThat(result).isInstanceOf(SavedSegments.Saved.Done.class);
        long id = ((SavedSegments.Saved.Done) result).id();

        assertThat(segments.segmentsOf("leitat")).extracting(SegmentSummary::id, SegmentSummary::name).contains(
                org.assertj.core.groups.Tuple.tuple(id, name));
        assertThat(segments.segmentsOf("ciebi")).extracting(SegmentSummary::id).doesNotContain(id);
        assertThat(saved.criteriaOf(id, "leitat")).contains(criteria);
        assertThat(saved.criteriaOf(id, "ciebi")).isEmpty();

        assertThat(saved.save("leitat", name, criteria, 7L)).isEqualTo(new SavedSegments.Saved.Refused("companies.search.segment.name.taken"));
        assertThat(saved.save("ciebi", name, criteria, 8L)).isInstanceOf(SavedSegments.Saved.Done.class);
        assertThat(saved.save("leitat", " ", criteria, 7L)).isEqualTo(new SavedSegments.Saved.Refused("companies.search.segment.name.required"));
        assertThat(saved.save("leitat", "x".repeat(121), criteria, 7L))
                .isEqualTo(new SavedSegments.Saved.Refused("companies.search.segment.name.tooLong"));

        assertThat(saved.delete(id, "ciebi")).isFalse();
        assertThat(saved.delete(id, "leitat")).isTrue();
        assertThat(saved.criteriaOf(id, "leitat")).isEmpty();
    }

    @Test
    void streamsTheContactsThatMayBeWrittenToForThePurpose() {
        CompanyId ours = data.company("leitat", "Ours");
        CompanyId elsewhere = data.company("ciebi", "Elsewhere");
        long both = data.contact(ours, data.email("both"), true, true, false);
        long newsletterOnly = data.contact(ours, data.email("news"), true, false, false);
        long invitationsOnly = data.contact(ours, data.email("invite"), false, true, false);
        data.contact(ours, data.email("erased"), true, true, true);
        data.contact(ours, null, true, true, false);
        data.contact(elsewhere, data.email("other"), true, true, false);
        long id = ((SavedSegments.Saved.Done) saved.save("leitat", "Audience " + data.marker,
                SearchCriteria.fromParameters(Map.of("tag", data.marker)), null)).id();

        List<AudienceContact> newsletter = new ArrayList<>();
        segments.forEachContact(id, ConsentPurpose.NEWSLETTER, newsletter::add);
        assertThat(newsletter).extracting(AudienceContact::contactId).containsExactly(both, newsletterOnly);
        assertThat(newsletter.getFirst()).isEqualTo(new AudienceContact(both, ours, data.email("both"), "Ana", Language.PT, "FR", null));

        List<Long> invitations = new ArrayList<>();
        segments.forEachContact(id, ConsentPurpose.EVENT_INVITATIONS, c -> invitations.add(c.contactId()));
        assertThat(invitations).containsExactly(both, invitationsOnly);

        assertThatIllegalArgumentException().isThrownBy(() -> segments.forEachContact(-1, ConsentPurpose.NEWSLETTER, c -> { }));
    }

    @Test
    void criteriaSurviveTheirJsonForm() {
        SearchCriteria criteria = SearchCriteria.fromParameters(Map.of("q", "l'\"étoile\" 100%", "region", "ES12",
                "sector", "tourism", "size", "SMALL", "priority", "1", "young", "1", "consent", "1", "partner", "ciebi",
                "kind", "SUPPORT_STRUCTURE", "sort", "country"));
        assertThat(SavedSegments.fromJson(SavedSegments.toJson(criteria))).isEqualTo(criteria);
    }
}
