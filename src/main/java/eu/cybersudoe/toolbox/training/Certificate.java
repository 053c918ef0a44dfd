package eu.cybersudoe.toolbox.training;

import java.time.LocalDate;

/** A certificate of the whole programme, issued once every module is attended and passed. */
public record Certificate(long id, long programmeId, long accountId, String partnerId, String personName, LocalDate issuedOn) {
}
