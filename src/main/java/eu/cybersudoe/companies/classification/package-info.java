/**
 * Classifying companies the same way in every country: the activity (a national code of NAF rév. 2,
 * CNAE-2009 or CAE-Rev.3 and its NACE Rev. 2 class, section and sectoral theme), the NUTS 2 region
 * of a postcode, the size class of a headcount or size band, and the priority targets of the
 * application file. Codes typed by people are read tolerantly; what cannot be read is refused with a
 * message key of the {@code classification} bundle. The data lives under
 * {@code reference/companies/}.
 */
@org.springframework.modulith.NamedInterface("classification")
package eu.cybersudoe.companies.classification;
