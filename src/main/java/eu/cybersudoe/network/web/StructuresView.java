package eu.cybersudoe.network.web;

import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.internal.MemberStructureRegister;
import eu.cybersudoe.shared.web.FieldErrors;

import java.util.List;

/**
 * A partner's member structures with the form to add one, or one structure with its form and
 * contacts ({@code structure} non-null).
 */
public record StructuresView(Partner partner, List<MemberStructure> structures, MemberStructure structure,
                             List<MemberStructureRegister.Contact> contacts, StructureForm form, FieldErrors errors,
                             StructureContactForm contactForm, FieldErrors contactErrors) {
}
