package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.shared.web.PageContext;

/** A group's name as people read it: the committees by their kind in the reader's language, working groups by their own name. */
public final class GroupNames {

    private GroupNames() {
    }

    public static String of(Group group, PageContext page) {
        return group.kind() == GroupKind.WORKING_GROUP ? group.name() : page.t("committees.kind." + group.kind().name());
    }
}
