package eu.cybersudoe.toolbox.training.web;

import java.util.List;

/** A new module of a programme, as typed. */
public record ModuleForm(String titleFr, String titleEs, String titlePt, String titleEn, String assessment, String passMark,
                         List<Long> items) {

    public static final ModuleForm EMPTY = new ModuleForm("", "", "", "", "", "70", List.of());

    public ModuleForm {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The pass mark, or -1 when not a number. */
    int passMarkValue() {
        try {
            return Integer.parseInt(passMark == null ? "" : passMark.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
