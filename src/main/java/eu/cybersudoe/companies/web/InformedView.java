package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.InformedRecords;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;

/**
 * The "informed of the programme" page of an organisation: what was recorded, and the form to
 * record another time it was informed ({@code on} kept as typed).
 */
public record InformedView(CompanyFile.Company company, List<InformedRecords.Line> lines, List<InformedChannel> channels,
                           String channel, String on, String what, FieldErrors errors, java.util.function.Function<String, String> partnerName) {
}
