/**
 * National company identifiers of the SME registry (CRM-2): French SIREN, SIRET and TVA
 * number, Spanish NIF, NIE and CIF, Portuguese NIPC / NIF, and European VAT numbers.
 *
 * <p>{@link eu.cybersudoe.companies.identifiers.Identifiers#check(eu.cybersudoe.network.Country, String)}
 * takes what a person typed (spaces, dots, dashes, lower case, a country prefix), recognises
 * the kind of identifier from the country and its shape, and checks it with the country's
 * published rules; each rule is described on {@link eu.cybersudoe.companies.identifiers.IdentifierKind}.
 * A refusal carries a reason that is a key of the {@code i18n/identifiers} message bundle.
 *
 * <p>The rules are agreed with an independent implementation, python-stdnum, on a labelled
 * fixture ({@code src/test/resources/identifiers/}); the test says where they deliberately differ.
 */
@org.springframework.modulith.NamedInterface("identifiers")
package eu.cybersudoe.companies.identifiers;
