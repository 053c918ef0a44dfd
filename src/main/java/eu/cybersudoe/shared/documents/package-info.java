/**
 * The document skeleton every module's documents use (decision 0010): a module describes what a
 * document says as an {@link eu.cybersudoe.shared.documents.Outline}, and
 * {@link eu.cybersudoe.shared.documents.PdfDocuments} writes it as a tagged PDF (PDF/UA-1) or
 * {@link eu.cybersudoe.shared.documents.WordDocuments} as a Word document, both in the same frame:
 * the network's logo, the EU emblem, the programme's emblem with the funding statement, when the
 * document was produced and page numbers.
 */
package eu.cybersudoe.shared.documents;
