package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.companies.ContactDirectory;
import eu.cybersudoe.monitoring.BeneficiarySample;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies accompanied by a mission held up to a day, each once with the address of its request
 * when that person consents now, per the registry, to be written to.
 */
@Component
class MissionBeneficiaries implements BeneficiarySample {

    private final JdbcClient jdbc;
    private final ContactDirectory contacts;
    private final CompanyProfiles companies;
    private final MessageSource messages;

    MissionBeneficiaries(JdbcClient jdbc, ContactDirectory contacts, CompanyProfiles companies, MessageSource messages) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.companies = companies;
        this.messages = messages;
    }

    @Override
    public LocalizedText origin() {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("missions.beneficiary.origin", null, language.locale()));
        }
        return new LocalizedText(texts, Language.DEFAULT);
    }

    @Override
    public List<Beneficiary> beneficiaries(LocalDate until) {
        record Row(long company, String email, Language language) {
        }
        Map<Long, Row> byCompany = new LinkedHashMap<>();
        jdbc.sql("""
                        select organisation_id, contact_email, language from mission
                        where organisation_id is not null and contact_email is not null and held_on is not null and held_on <= ?
                          and state <> 'CANCELLED'
                        order by organisation_id, held_on, id""")
                .param(Date.valueOf(until))
                .query(rs -> {
                    long company = rs.getLong(1);
                    String email = rs.getString(2);
                    if (!byCompany.containsKey(company) && !contacts.consentsOf(email).isEmpty()) {
                        byCompany.put(company, new Row(company, email, Language.fromCode(rs.getString(3)).orElse(Language.DEFAULT)));
                    }
                });
        Map<CompanyId, String> names = companies.names(byCompany.keySet().stream().map(CompanyId::new).toList());
        return byCompany.values().stream()
                .map(r -> new Beneficiary(r.company(), names.getOrDefault(new CompanyId(r.company()), ""), r.email(), r.language()))
                .toList();
    }
}
