/**
 * Realistic demo organisations for the three countries of the network, made from a seed:
 * valid national identifiers, names, addresses in the partners' regions, activities,
 * sizes and contacts. Free of Spring and of the database, so that the demo loader and the
 * import benchmarks use the same generator.
 */
package eu.cybersudoe.companies.demo;
