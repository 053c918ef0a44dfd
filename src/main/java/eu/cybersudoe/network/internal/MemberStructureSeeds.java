package eu.cybersudoe.network.internal;

import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Seeds member structures from {@code member-structures.yml}: each entry once, by its key.
 * After that the pages own the rows, and the file never changes them again.
 */
@Component
class MemberStructureSeeds {

    static final String FILE = "member-structures.yml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final JdbcClient jdbc;
    private final ResourceLoader resources;
    private final Clock clock;

    MemberStructureSeeds(JdbcClient jdbc, ResourceLoader resources, Clock clock) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.clock = clock;
    }

    /** Adds the entries whose key was never loaded; returns their keys. Runs inside the loader's transaction. */
    List<String> seed(String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource resource = resources.getResource(folder + FILE);
        if (!resource.exists()) {
            return List.of();
        }
        ReferenceNode root = ReferenceFile.read(FILE, resource).root().allowOnly("member-structures");
        return root.optionalList("member-structures").stream().filter(this::isNew).map(this::insert).toList();
    }

    private boolean isNew(ReferenceNode entry) {
        entry.allowOnly("key", "partner", "name", "city", "website");
        String key = entry.text("key");
        if (!KEY.matcher(key).matches()) {
            throw entry.problem("key", "a key is made of lower-case letters, digits and dashes");
        }
        return jdbc.sql("select count(*) from member_structure_seed where reference_key = ?").param(key).query(Long.class).single() == 0;
    }

    private String insert(ReferenceNode entry) {
        String key = entry.text("key");
        String partner = entry.text("partner");
        if (jdbc.sql("select count(*) from partner where id = ?").param(partner).query(Long.class).single() == 0) {
            throw entry.problem("partner", "no partner " + partner + " in partners.yml");
        }
        String website = entry.optionalText("website").orElse(null);
        if (website != null && !MemberStructureRegister.isWebAddress(website)) {
            throw entry.problem("website", "a website starts with https:// or http://");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String name = entry.text("name");
        boolean taken = jdbc.sql("select count(*) from member_structure where partner_id = ? and name = ?").params(partner, name)
                .query(Long.class).single() > 0;
        if (!taken) {
            jdbc.sql("insert into member_structure (partner_id, name, city, website, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(partner, name, entry.optionalText("city").orElse(null), website, now, now).update();
        }
        jdbc.sql("insert into member_structure_seed (reference_key, loaded_at) values (?, ?)").params(key, now).update();
        return key;
    }
}
