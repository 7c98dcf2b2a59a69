package io.blueprintstudio.ui.forms;

import java.util.List;

/** A titled group of fields: one function, one state machine, one role, one environment. */
public record FormSection(String title, List<FieldSpec> fields) {
    public FormSection {
        fields = List.copyOf(fields);
    }
}
