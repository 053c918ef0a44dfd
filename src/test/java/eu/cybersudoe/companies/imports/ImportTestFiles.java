package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.network.Country;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.UUID;

/** Uploads and runs imports in tests, and counts what the registry holds. */
final class ImportTestFiles {

    private final Imports imports;
    private final JdbcClient jdbc;

    ImportTestFiles(Imports imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    /** Uploads a file with the mapping the page offers, runs it in the background and waits for its end. */
    ImportJob importFile(String name, byte[] content, String partner, Country country) {
        return importFile(name, content, partner, country, false);
    }

    /** Imports a file; {@code newsletter} when the partner states that its contacts agreed to the newsletter. */
    ImportJob importFile(String name, byte[] content, String partner, Country country, boolean newsletter) {
        ImportJob job = upload(name, content, partner, country, newsletter);
        imports.start(job, imports.preview(job).mapping());
        return awaitDone(job.id());
    }

    ImportJob upload(String name, byte[] content, String partner, Country country) {
        return upload(name, content, partner, country, false);
    }

    ImportJob upload(String name, byte[] content, String partner, Country country, boolean newsletter) {
        return imports.upload(new Imports.Upload(partner, null, name, country, LawfulBasis.CONSENT, "salon 2024", newsletter, false,
                (Charset) null), new ByteArrayInputStream(content));
    }

    ImportJob awaitDone(long id) {
        for (int i = 0; i < 600; i++) {
            ImportJob job = imports.find(id).orElseThrow();
            if (!job.status().working()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Import " + id + " did not end");
    }

    Map<String, Long> registryCounts() {
        return Map.of("organisation", count("organisation"), "organisation_partner", count("organisation_partner"),
                "contact", count("contact"), "consent_event", count("consent_event"));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
