package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The member structures of each partner and their contacts, as network admins and the partner's
 * managers keep them on the pages. Every change is made for one partner, so a structure of
 * another partner is never reached; the network snapshot is refreshed after each change.
 */
@Service
@Transactional
public class MemberStructureRegister {

    /** What a structure is made of on the form. */
    public record Details(String name, String city, String website) {
    }

    /** A person to talk to at a member structure. */
    public record Contact(long id, String name, String jobTitle, String email, String phone) {
    }

    /** How a change ended. */
    public enum Result { DONE, DUPLICATE_NAME, NOT_FOUND }

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private final JdbcClient jdbc;
    private final NetworkReferenceLoader loader;
    private final Clock clock;

    MemberStructureRegister(JdbcClient jdbc, NetworkReferenceLoader loader, Clock clock) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.clock = clock;
    }

    /** Whether a text is a web address people may be sent to (no script or other scheme). */
    public static boolean isWebAddress(String text) {
        return text != null && WEB_ADDRESS.matcher(text).matches();
    }

    @Transactional(readOnly = true)
    public List<MemberStructure> of(PartnerId partner) {
        return jdbc.sql("select id, partner_id, name, city, website from member_structure where partner_id = ? order by name, id")
                .param(partner.value()).query((rs, n) -> new MemberStructure(rs.getLong(1), new PartnerId(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    @Transactional(readOnly = true)
    public Optional<MemberStructure> find(PartnerId partner, long id) {
        return of(partner).stream().filter(s -> s.id() == id).findFirst();
    }

    public Result add(PartnerId partner, Details details) {
        if (nameTaken(partner, details.name(), -1)) {
            return Result.DUPLICATE_NAME;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into member_structure (partner_id, name, city, website, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(partner.value(), details.name().strip(), blankToNull(details.city()), blankToNull(details.website()), now, now)
                .update();
        return changed();
    }

    public Result update(PartnerId partner, long id, Details details) {
        if (find(partner, id).isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (nameTaken(partner, details.name(), id)) {
            return Result.DUPLICATE_NAME;
        }
        jdbc.sql("update member_structure set name = ?, city = ?, website = ?, updated_at = ? where id = ? and partner_id = ?")
                .params(details.name().strip(), blankToNull(details.city()), blankToNull(details.website()),
                        Timestamp.from(clock.instant()), id, partner.value())
                .update();
        return changed();
    }

    /** Removes the structure and its contacts; the reference file does not bring it back. */
    public Result remove(PartnerId partner, long id) {
        int removed = jdbc.sql("delete from member_structure where id = ? and partner_id = ?").params(id, partner.value()).update();
        return removed == 0 ? Result.NOT_FOUND : changed();
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(PartnerId partner, long structureId) {
        return jdbc.sql("""
                        select c.id, c.name, c.job_title, c.email, c.phone from member_structure_contact c
                        join member_structure s on s.id = c.structure_id
                        where s.id = ? and s.partner_id = ? order by c.name, c.id""")
                .params(structureId, partner.value())
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public Result addContact(PartnerId partner, long structureId, Contact contact) {
        if (find(partner, structureId).isEmpty()) {
            return Result.NOT_FOUND;
        }
        jdbc.sql("insert into member_structure_contact (structure_id, name, job_title, email, phone, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(structureId, contact.name().strip(), blankToNull(contact.jobTitle()), blankToNull(contact.email()),
                        blankToNull(contact.phone()), Timestamp.from(clock.instant()))
                .update();
        return Result.DONE;
    }

    public Result removeContact(PartnerId partner, long structureId, long contactId) {
        int removed = jdbc.sql("""
                        delete from member_structure_contact where id = ? and structure_id in
                            (select id from member_structure where id = ? and partner_id = ?)""")
                .params(contactId, structureId, partner.value()).update();
        return removed == 0 ? Result.NOT_FOUND : Result.DONE;
    }

    private boolean nameTaken(PartnerId partner, String name, long except) {
        return jdbc.sql("select count(*) from member_structure where partner_id = ? and lower(name) = lower(?) and id <> ?")
                .params(partner.value(), name.strip(), except).query(Long.class).single() > 0;
    }

    /** The snapshot other modules read is refreshed once the change is committed. */
    private Result changed() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                loader.refresh();
            }
        });
        return Result.DONE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
