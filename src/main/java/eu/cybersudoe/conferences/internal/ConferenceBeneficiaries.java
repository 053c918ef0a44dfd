package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.monitoring.BeneficiarySample;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies that attended a conference held up to a day (checked in at a closed conference), each
 * once with the first of its participants who consents now, per the registry, to be written to.
 */
@Component
class ConferenceBeneficiaries implements BeneficiarySample {

    private final JdbcClient jdbc;
    private final ContactDirectory contacts;
    private final MessageSource messages;

    ConferenceBeneficiaries(JdbcClient jdbc, ContactDirectory contacts, MessageSource messages) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.messages = messages;
    }

    @Override
    public LocalizedText origin() {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("conferences.beneficiary.origin", null, language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    @Override
    public List<Beneficiary> beneficiaries(LocalDate until) {
        Map<Long, Beneficiary> byCompany = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.organisation_id, r.organisation_name, r.email, r.language
                        from conference_registration r join conference c on c.id = r.conference_id
                        where c.status = 'CLOSED' and r.checked_in_at is not null and r.organisation_id is not null
                          and r.email is not null and c.starts_at < ?
                        order by r.organisation_id, r.checked_in_at, r.id""")
                .param(Timestamp.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    long company = rs.getLong(1);
                    String email = rs.getString(3);
                    if (!byCompany.containsKey(company) && !contacts.consentsOf(email).isEmpty()) {
                        byCompany.put(company, new Beneficiary(company, rs.getString(2) == null ? "" : rs.getString(2), email,
                                Language.fromCode(rs.getString(4)).orElse(Language.DEFAULT)));
                    }
                });
        return List.copyOf(byCompany.values());
    }
}
