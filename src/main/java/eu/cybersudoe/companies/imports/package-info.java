/**
 * Imports of the partners' own files into the registry: a CSV or XLSX file is read as a stream,
 * its columns mapped to the registry's fields, and every row ends created, merged, waiting for
 * review or rejected with its reason. Rows are written a chunk at a time, each chunk with the
 * job's checkpoint in one transaction, so that an interrupted import resumes without duplicates.
 */
package eu.cybersudoe.companies.imports;
