package io.roster.scim.schema;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.AttributePath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schemas of one resource type (core, common attributes and extensions) and how attribute paths
 * resolve against them. Names and URNs match case-insensitively. Per RFC 7644 §3.10 a name without
 * URN refers to the core schema; extension attributes must carry their URN.
 */
public final class ResourceSchema {
  public static final ResourceSchema USER = new ResourceSchema(ResourceType.USER);
  public static final ResourceSchema GROUP = new ResourceSchema(ResourceType.GROUP);

  private final ResourceType type;

  // Looked up on every attribute of every request: built once, keyed by lower-cased name.
  private final List<Schema> extensions;
  private final Map<String, Schema> extensionsByUrn;
  private final Map<String, Attribute> coreAttributes;
  private final Map<String, Map<String, Attribute>> extensionAttributes;

  /**
   * Lower-cased top-level member names (core attributes, extension URNs) that hold an attribute
   * returned {@code never} or only on {@code request}, at any depth.
   */
  private final Set<String> hiddenByDefault;

  public ResourceSchema(ResourceType type) {
    this.type = type;
    this.extensions = type.schemaExtensions().stream().map(SchemaExtension::schema).toList();
    this.extensionsByUrn = byLowerName(extensions.stream(), Schema::id);
    this.coreAttributes =
        byLowerName(
            Stream.concat(core().attributes().stream(), CommonAttributes.ALL.stream()),
            Attribute::name);
    this.extensionAttributes =
        extensions.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    s -> s.id().toLowerCase(Locale.ROOT),
                    s -> byLowerName(s.attributes().stream(), Attribute::name)));
    Stream<String> hiddenCore =
        coreAttributes.values().stream()
            .filter(ResourceSchema::hidesByDefault)
            .map(Attribute::name);
    Stream<String> hiddenExtensions =
        extensions.stream()
            .filter(s -> s.attributes().stream().anyMatch(ResourceSchema::hidesByDefault))
            .map(Schema::id);
    this.hiddenByDefault =
        Stream.concat(hiddenCore, hiddenExtensions)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The first of each name wins, as the core schema's attribute did over a common one. */
  private static <T> Map<String, T> byLowerName(Stream<T> items, Function<T, String> name) {
    return items.collect(
        Collectors.toUnmodifiableMap(
            item -> name.apply(item).toLowerCase(Locale.ROOT),
            item -> item,
            (first, next) -> first));
  }

  private static boolean hidesByDefault(Attribute a) {
    return a.returned() == Returned.NEVER
        || a.returned() == Returned.REQUEST
        || a.subAttributes().stream().anyMatch(ResourceSchema::hidesByDefault);
  }

  /**
   * Whether a resource member of this name may lose part of its value when no {@code attributes} or
   * {@code excludedAttributes} are asked for. False for unknown names: they are returned.
   */
  public boolean hiddenByDefault(String member) {
    return hiddenByDefault.contains(member.toLowerCase(Locale.ROOT));
  }

  public ResourceType type() {
    return type;
  }

  public Schema core() {
    return type.schema();
  }

  public List<Schema> extensions() {
    return extensions;
  }

  /** The extension schema with this URN. */
  public Optional<Schema> extension(String urn) {
    return Optional.ofNullable(extensionsByUrn.get(urn.toLowerCase(Locale.ROOT)));
  }

  /** A core-schema or common attribute ({@code id}, {@code externalId}, {@code meta}). */
  public Optional<Attribute> coreAttribute(String name) {
    return Optional.ofNullable(coreAttributes.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The extension a path names as a whole, as in {@code "path":
   * "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}, which a path parser splits at
   * the last colon into URN {@code ...:2.0} and attribute {@code User}.
   */
  public Optional<Schema> wholeExtension(AttributePath path) {
    if (path.schemaUrn() == null || path.subAttribute() != null) {
      return Optional.empty();
    }
    return extension(path.schemaUrn() + ":" + path.attribute());
  }

  public Optional<ResolvedAttribute> find(AttributePath path) {
    boolean extension = path.schemaUrn() != null && !path.schemaUrn().equalsIgnoreCase(core().id());
    Optional<Attribute> attribute;
    Schema schema;
    if (extension) {
      String urn = path.schemaUrn().toLowerCase(Locale.ROOT);
      schema = extensionsByUrn.get(urn);
      if (schema == null) {
        return Optional.empty();
      }
      attribute =
          Optional.ofNullable(
              extensionAttributes.get(urn).get(path.attribute().toLowerCase(Locale.ROOT)));
    } else {
      schema = core();
      attribute = coreAttribute(path.attribute());
    }
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    if (path.subAttribute() == null) {
      return Optional.of(new ResolvedAttribute(schema, extension, attribute.get(), null));
    }
    return attribute
        .get()
        .subAttribute(path.subAttribute())
        .map(sub -> new ResolvedAttribute(schema, extension, attribute.get(), sub));
  }

  /** As {@link #find(AttributePath)}, throwing {@code error} (invalidFilter, invalidPath...). */
  public ResolvedAttribute locate(AttributePath path, Function<String, ScimException> error) {
    return find(path).orElseThrow(() -> error.apply("Unknown attribute: " + path));
  }

  /** The definition {@code path} names (the sub-attribute's for a sub-attribute path). */
  public Attribute resolve(AttributePath path, Function<String, ScimException> error) {
    return locate(path, error).definition();
  }

  /**
   * Parses an attribute name as written in {@code attributes=} or as a key of a PATCH value ({@code
   * name.givenName}, {@code urn:...:User:manager.value}) without a filter grammar: the URN prefix
   * is recognized by matching the known schema URNs, since URNs contain dots themselves. Empty when
   * the name is unknown or names a whole extension (see {@link #extension(String)}).
   */
  public Optional<ResolvedAttribute> find(String name) {
    String urn = null;
    String rest = name;
    if (name.toLowerCase(Locale.ROOT).startsWith("urn:")) {
      urn = schemaPrefix(name);
      if (urn == null) {
        return Optional.empty();
      }
      rest = name.substring(urn.length() + 1);
    }
    int dot = rest.indexOf('.');
    AttributePath path =
        dot < 0
            ? new AttributePath(urn, rest, null)
            : new AttributePath(urn, rest.substring(0, dot), rest.substring(dot + 1));
    return find(path);
  }

  private String schemaPrefix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith(core().id().toLowerCase(Locale.ROOT) + ":")) {
      return core().id();
    }
    int colon = lower.lastIndexOf(':');
    while (colon > 0) {
      Schema extension = extensionsByUrn.get(lower.substring(0, colon));
      if (extension != null) {
        return extension.id();
      }
      colon = lower.lastIndexOf(':', colon - 1);
    }
    return null;
  }
}
