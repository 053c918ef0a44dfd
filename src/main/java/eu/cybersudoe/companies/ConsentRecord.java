package eu.cybersudoe.companies;

import java.time.Instant;

/**
 * A consent given or withdrawn, with its evidence.
 *
 * @param purpose       what it is for
 * @param granted       given (true) or withdrawn (false)
 * @param lawfulBasis   the GDPR ground
 * @param sourcePartner the partner that collected it, or null (the person themselves)
 * @param source        where it comes from: a form, a file name, a staff member's entry
 * @param recordedAt    when
 */
public record ConsentRecord(ConsentPurpose purpose, boolean granted, LawfulBasis lawfulBasis, String sourcePartner,
                            String source, Instant recordedAt) {
}
