package eu.cybersudoe.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.Map;

/**
 * Stores a {@link LocalizedText} as JSON text, portable between H2 and PostgreSQL:
 * {@code {"source":"fr","texts":{"fr":"…","es":"…"}}}.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : toJson(text);
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? null : fromJson(json);
    }

    /** The JSON form, for code that writes through JDBC. */
    public static String toJson(LocalizedText text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", text.source().code());
        ObjectNode texts = root.putObject("texts");
        text.texts().forEach((language, value) -> texts.put(language.code(), value));
        return JSON.writeValueAsString(root);
    }

    /** Reads the JSON form back; unknown languages are ignored. */
    public static LocalizedText fromJson(String json) {
        JsonNode root = JSON.readTree(json);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        JsonNode node = root.path("texts");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Language.fromCode(field.getKey()).ifPresent(l -> texts.put(l, field.getValue().asString()));
        }
        Language source = Language.fromCode(root.path("source").asString()).orElse(Language.DEFAULT);
        return new LocalizedText(texts, source);
    }
}
