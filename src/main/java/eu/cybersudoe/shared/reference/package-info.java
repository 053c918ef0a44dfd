/**
 * Reading reference data (partners, themes, indicators, questionnaires…) from YAML files with
 * line-aware errors: {@link eu.cybersudoe.shared.reference.ReferenceFile} reads a file into
 * {@link eu.cybersudoe.shared.reference.ReferenceNode}s, whose typed readers throw a
 * {@link eu.cybersudoe.shared.reference.ReferenceDataException} naming the file and the line.
 */
package eu.cybersudoe.shared.reference;
