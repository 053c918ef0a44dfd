package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.internal.OrganisationDetails;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a row merged into a company by a person had is never lost: its identifier, VAT number and
 * address fill the surviving company where it had none (an identifier only when no other company
 * holds it, an address only in the same postcode or where none was known), and the company's
 * history records all of it, whatever was kept; an identifier or VAT number it did not take
 * stays searchable as its alias. Its contact and
 * consents are added by the merge itself.
 */
@Component
class SurvivingRecord {

    static final String MERGED_EVENT = "import.merged";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    SurvivingRecord(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    void keep(long survivor, OrganisationDetails merged, ImportJob job, long rowNumber, Instant at) {
        Timestamp now = Timestamp.from(at);
        if (merged.identifier() != null) {
            jdbc.sql("""
                            update organisation o set identifier_kind = ?, identifier = ?, version = version + 1, updated_at = ?
                            where o.id = ? and o.identifier is null
                              and not exists (select 1 from organisation x where x.country = o.country and x.identifier = ?)""")
                    .params(merged.identifierKind(), merged.identifier(), now, survivor, merged.identifier()).update();
        }
        if (merged.vatNumber() != null) {
            jdbc.sql("update organisation set vat_number = ?, version = version + 1, updated_at = ? where id = ? and vat_number is null")
                    .params(merged.vatNumber(), now, survivor).update();
        }
        if (merged.address() != null) {
            jdbc.sql("""
                            update organisation set address = ?, postcode = coalesce(postcode, ?), city = coalesce(city, ?),
                                nuts2 = coalesce(nuts2, ?), version = version + 1, updated_at = ?
                            where id = ? and address is null and (postcode is null or postcode = ?)""")
                    .params(merged.address(), merged.postcode(), merged.city(), merged.nuts2(), now, survivor,
                            merged.postcode()).update();
        }
        keepAsAlias(survivor, merged, now);
        jdbc.sql("insert into organisation_event (organisation_id, kind, partner_id, occurred_at, summary, link) values (?, ?, ?, ?, ?, ?)")
                .params(survivor, MERGED_EVENT, job.partnerId(), now, LocalizedTextConverter.toJson(summary(merged, job, rowNumber)),
                        "/office/imports/" + job.id())
                .update();
    }

    /**
     * The identifier and VAT number the survivor did not take (it had its own, or another company
     * holds them) stay searchable as its aliases: a search by them finds the survivor.
     */
    private void keepAsAlias(long survivor, OrganisationDetails merged, Timestamp now) {
        var kept = jdbc.sql("select identifier, vat_number from organisation where id = ?").param(survivor).query().singleRow();
        String identifier = merged.identifier() == null || merged.identifier().equals(kept.get("identifier")) ? null : merged.identifier();
        String vatNumber = merged.vatNumber() == null || merged.vatNumber().equals(kept.get("vat_number")) ? null : merged.vatNumber();
        if (identifier != null || vatNumber != null) {
            jdbc.sql("""
                            insert into organisation_alias (organisation_id, country, identifier_kind, identifier, vat_number, merged_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(survivor, merged.country(), identifier == null ? null : merged.identifierKind(), identifier, vatNumber, now)
                    .update();
        }
    }

    /** "Merged with row 12 of clients.csv: Boulangerie Martin, SIRET …, 12 rue …" in every language. */
    private LocalizedText summary(OrganisationDetails merged, ImportJob job, long rowNumber) {
        List<String> had = new ArrayList<>();
        had.add(merged.legalName());
        if (merged.identifier() != null) {
            had.add(merged.identifierKind() + " " + merged.identifier());
        }
        if (merged.vatNumber() != null) {
            had.add(merged.vatNumber());
        }
        String address = String.join(" ", java.util.stream.Stream.of(merged.address(), merged.postcode(), merged.city())
                .filter(java.util.Objects::nonNull).toList());
        if (!address.isEmpty()) {
            had.add(address);
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("companies.import.review.mergedHistory",
                    new Object[] {String.valueOf(rowNumber), job.fileName(), String.join(", ", had)}, language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }
}
