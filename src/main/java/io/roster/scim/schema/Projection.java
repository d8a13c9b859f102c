package io.roster.scim.schema;

import io.roster.scim.error.ScimException;
import io.roster.scim.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code attributes} / {@code excludedAttributes} query parameters of RFC 7644 §3.4.2.5 applied
 * to a resource, honoring each attribute's {@code returned} characteristic: {@code always} is kept
 * whatever was asked ({@code id}; {@code schemas} too, as it is no attribute), {@code never} is
 * always dropped ({@code password}), {@code request} appears only when named in {@code attributes}.
 *
 * <p>When both parameters are given, {@code attributes} wins: it already says exactly what to
 * return. Unknown names are ignored, as clients send names of attributes Roster does not store.
 */
public final class Projection {
  private enum Level {
    NONE,
    PARTIAL,
    WHOLE
  }

  private final ResourceSchema schema;
  private final boolean include;

  /**
   * Lower-cased {@code schemaUrn:attr[.sub]} keys, or a bare extension URN for a whole extension.
   */
  private final Set<String> names;

  private Projection(ResourceSchema schema, boolean include, Set<String> names) {
    this.schema = schema;
    this.include = include;
    this.names = names;
  }

  /**
   * Either parameter may be null or blank; with both blank every default attribute is returned.
   *
   * @throws ScimException invalidValue for a value filter ({@code emails[type eq "work"]}), which
   *     RFC 7644 §3.4.2.5 does not allow here and which ignoring would answer a different question
   */
  public static Projection parse(
      String attributes, String excludedAttributes, ResourceSchema schema) {
    boolean include = attributes != null && !attributes.isBlank();
    String list = include ? attributes : excludedAttributes;
    if (list != null && list.indexOf('[') >= 0) {
      throw ScimException.invalidValue(
          "attributes and excludedAttributes take attribute names, not value filters: " + list);
    }
    Set<String> names =
        list == null
            ? Set.of()
            : Stream.of(list.split(","))
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .map(n -> key(schema, n))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    return new Projection(schema, include, names);
  }

  /** The projection of a request without either parameter. */
  public static Projection defaults(ResourceSchema schema) {
    return new Projection(schema, false, Set.of());
  }

  /**
   * Whether the output will contain any part of the named attribute, so storage can skip loading
   * costly ones (e.g. {@code includes("members")} on Groups). Accepts the same name forms as the
   * query parameters, including a bare extension URN.
   *
   * @throws IllegalArgumentException for a name the resource type does not define: callers pass
   *     names from code, not from clients
   */
  public boolean includes(String attributeName) {
    Optional<Schema> extension = schema.extension(attributeName);
    if (extension.isPresent()) {
      String ext = lower(extension.get().id());
      return include
          ? names.stream().anyMatch(k -> k.equals(ext) || k.startsWith(ext + ":"))
          : !names.contains(ext);
    }
    ResolvedAttribute r =
        schema
            .find(attributeName)
            .orElseThrow(() -> new IllegalArgumentException("Unknown attribute " + attributeName));
    String attrKey = attributeKey(r.schema(), r.attribute());
    Level level = level(attrKey, r.extension() ? lower(r.schema().id()) : null, r.attribute());
    return r.subAttribute() == null
        ? level != Level.NONE
        : level != Level.NONE && keepSub(attrKey, r.subAttribute(), level == Level.WHOLE);
  }

  public JsonObject apply(JsonObject resource) {
    if (!include
        && names.isEmpty()
        && resource.keySet().stream().noneMatch(schema::hiddenByDefault)) {
      return resource; // the common request: nothing asked for, nothing to hide
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : resource.entrySet()) {
      String key = e.getKey();
      Optional<Schema> extension = schema.extension(key);
      JsonValue projected;
      if (key.equalsIgnoreCase("schemas")) {
        projected = e.getValue();
      } else if (extension.isPresent() && e.getValue() instanceof JsonObject object) {
        projected = projectExtension(extension.get(), object);
      } else {
        Optional<Attribute> attribute = schema.coreAttribute(key);
        projected =
            attribute.isPresent()
                ? project(
                    attributeKey(schema.core(), attribute.get()),
                    null,
                    attribute.get(),
                    e.getValue())
                : unknown(e.getValue());
      }
      if (projected != null) {
        out.add(key, projected);
      }
    }
    return out.build();
  }

  private JsonValue projectExtension(Schema extension, JsonObject object) {
    String extKey = lower(extension.id());
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    object.forEach(
        (key, value) -> {
          Optional<Attribute> attribute = extension.attribute(key);
          JsonValue projected =
              attribute.isPresent()
                  ? project(
                      attributeKey(extension, attribute.get()), extKey, attribute.get(), value)
                  : unknown(value);
          if (projected != null) {
            out.add(key, projected);
          }
        });
    JsonObject result = out.build();
    return result.isEmpty() ? null : result;
  }

  /** Members no schema defines are default-returned: kept unless an explicit list is given. */
  private JsonValue unknown(JsonValue value) {
    return include ? null : value;
  }

  /** The projected value, or null when nothing of it is returned. */
  private JsonValue project(String attrKey, String extKey, Attribute a, JsonValue value) {
    Level level = level(attrKey, extKey, a);
    if (level == Level.NONE) {
      return null;
    }
    if (!a.isComplex()) {
      return value;
    }
    boolean whole = level == Level.WHOLE;
    if (value instanceof JsonObject object) {
      return projectComplex(attrKey, a, object, whole);
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder out = Jsons.createArrayBuilder();
      for (JsonValue element : array) {
        JsonValue projected =
            element instanceof JsonObject object
                ? projectComplex(attrKey, a, object, whole)
                : element;
        if (projected != null) {
          out.add(projected);
        }
      }
      JsonArray result = out.build();
      return result.isEmpty() ? null : result;
    }
    return value;
  }

  private JsonObject projectComplex(String attrKey, Attribute a, JsonObject object, boolean whole) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    object.forEach(
        (key, value) -> {
          boolean keep =
              a.subAttribute(key)
                  .map(sub -> keepSub(attrKey, sub, whole))
                  .orElse(whole || !include);
          if (keep) {
            out.add(key, value);
          }
        });
    JsonObject result = out.build();
    return result.isEmpty() ? null : result;
  }

  private Level level(String attrKey, String extKey, Attribute a) {
    if (a.returned() == Returned.NEVER) {
      return Level.NONE;
    }
    if (a.returned() == Returned.ALWAYS) {
      return Level.WHOLE;
    }
    boolean named = names.contains(attrKey) || (extKey != null && names.contains(extKey));
    if (include) {
      if (named) {
        return Level.WHOLE;
      }
      return names.stream().anyMatch(k -> k.startsWith(attrKey + ".")) ? Level.PARTIAL : Level.NONE;
    }
    return named || a.returned() == Returned.REQUEST ? Level.NONE : Level.PARTIAL;
  }

  private boolean keepSub(String attrKey, Attribute sub, boolean parentWhole) {
    String subKey = attrKey + "." + lower(sub.name());
    return switch (sub.returned()) {
      case NEVER -> false;
      case ALWAYS -> true;
      case REQUEST -> include && (parentWhole || names.contains(subKey));
      case DEFAULT -> include ? parentWhole || names.contains(subKey) : !names.contains(subKey);
    };
  }

  private static Optional<String> key(ResourceSchema schema, String name) {
    Optional<Schema> extension = schema.extension(name);
    if (extension.isPresent()) {
      return Optional.of(lower(extension.get().id()));
    }
    return schema
        .find(name)
        .map(
            r -> {
              String attrKey = attributeKey(r.schema(), r.attribute());
              return r.subAttribute() == null
                  ? attrKey
                  : attrKey + "." + lower(r.subAttribute().name());
            });
  }

  private static String attributeKey(Schema schema, Attribute attribute) {
    return lower(schema.id()) + ":" + lower(attribute.name());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
