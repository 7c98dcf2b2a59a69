package io.blueprintstudio.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed read view of an {@code @aws-mdaa/dataops-project} module config. */
public record ProjectConfig(List<RoleRef> dataAdminRoles, List<RoleRef> projectExecutionRoles,
        String s3OutputKmsKeyArn, String glueCatalogKmsKeyArn, Map<String, Object> raw) {

    /** MDAA's role reference: one of {@code arn}, {@code id}, {@code name}, {@code refId} (others null). */
    public record RoleRef(String arn, String id, String name, String refId, Map<String, Object> raw) {
    }

    static ProjectConfig from(Map<String, Object> doc) {
        return new ProjectConfig(roleRefs(doc, "dataAdminRoles"), roleRefs(doc, "projectExecutionRoles"),
                Values.str(doc, "s3OutputKmsKeyArn"), Values.str(doc, "glueCatalogKmsKeyArn"), Values.map(doc));
    }

    private static List<RoleRef> roleRefs(Map<String, Object> doc, String key) {
        List<RoleRef> out = new ArrayList<>();
        for (Object o : Values.list(doc, key)) {
            Map<String, Object> r = Values.map(o);
            out.add(new RoleRef(Values.str(r, "arn"), Values.str(r, "id"), Values.str(r, "name"),
                    Values.str(r, "refId"), r));
        }
        return List.copyOf(out);
    }
}
