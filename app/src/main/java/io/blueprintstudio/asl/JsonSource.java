package io.blueprintstudio.asl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into a {@link SourceValue} tree with the line and column of every value and key. */
final class JsonSource {
    /** Definitions are small (Step Functions caps them at 1 MB); this is a guard against pathological input. */
    private static final int MAX_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonSource() {
    }

    static SourceValue read(String json) throws AslParseException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new AslParseException("the definition is empty", 1, 1, null);
            }
            SourceValue v = value(p, "");
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new AslParseException("unexpected text after the end of the definition", l.getLineNr(),
                        l.getColumnNr(), null);
            }
            return v;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new AslParseException(readable(e.getOriginalMessage()), l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), e);
        } catch (IOException e) {
            throw new AslParseException("cannot read the definition: " + e.getMessage(), 0, 0, e);
        }
    }

    private static SourceValue value(JsonParser p, String pointer) throws IOException, AslParseException {
        JsonLocation l = p.currentTokenLocation();
        Position pos = new Position(l.getLineNr(), l.getColumnNr(), pointer);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, SourceValue.Member> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    Position keyPos = new Position(kl.getLineNr(), kl.getColumnNr(), Position.child(pointer, key));
                    if (members.containsKey(key)) {
                        throw new AslParseException("duplicate key \"" + key + "\"", kl.getLineNr(), kl.getColumnNr(),
                                null);
                    }
                    p.nextToken();
                    members.put(key, new SourceValue.Member(key, keyPos, value(p, keyPos.pointer())));
                }
                return new SourceValue.Obj(pos, members);
            }
            case START_ARRAY -> {
                List<SourceValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, Position.child(pointer, items.size())));
                }
                return new SourceValue.Arr(pos, items);
            }
            case VALUE_STRING -> {
                return new SourceValue.Scalar(pos, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return new SourceValue.Scalar(pos, p.getNumberValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new SourceValue.Scalar(pos, p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new SourceValue.Scalar(pos, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new SourceValue.Scalar(pos, null);
            }
            default -> throw new AslParseException("unexpected " + t, pos.line(), pos.column(), null);
        }
    }

    /** Jackson's messages name Java types and mention a source reference; keep the first sentence. */
    private static String readable(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        String m = message.replace("\n", " ");
        for (String tail : new String[] {" (for ", " at [Source"}) {
            int cut = m.indexOf(tail);
            if (cut > 0) {
                m = m.substring(0, cut);
            }
        }
        return m.trim();
    }
}
