package io.roster.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * One attribute definition of RFC 7643 §7. Build with the static factories, which start from the
 * RFC 7643 §2.2 defaults (optional, case-insensitive, readWrite, returned by default, not unique):
 *
 * <pre>{@code Attribute.string("userName").required().uniqueness(Uniqueness.SERVER).build()}</pre>
 */
public record Attribute(
    String name,
    AttributeType type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<Attribute> subAttributes,
    List<String> canonicalValues,
    List<String> referenceTypes) {

  public Attribute {
    subAttributes = List.copyOf(subAttributes);
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
  }

  /** The sub-attribute called {@code name}, compared case-insensitively. */
  public Optional<Attribute> subAttribute(String name) {
    return subAttributes.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }

  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  public static Builder string(String name) {
    return new Builder(name, AttributeType.STRING);
  }

  public static Builder bool(String name) {
    return new Builder(name, AttributeType.BOOLEAN);
  }

  public static Builder dateTime(String name) {
    return new Builder(name, AttributeType.DATETIME);
  }

  public static Builder binary(String name) {
    return new Builder(name, AttributeType.BINARY);
  }

  public static Builder reference(String name, String... referenceTypes) {
    return new Builder(name, AttributeType.REFERENCE).referenceTypes(referenceTypes);
  }

  public static Builder complex(String name, Attribute... subAttributes) {
    return new Builder(name, AttributeType.COMPLEX).subAttributes(subAttributes);
  }

  public static Builder of(String name, AttributeType type) {
    return new Builder(name, type);
  }

  /** Mutable builder; each call returns {@code this}. */
  public static final class Builder {
    private final String name;
    private final AttributeType type;
    private boolean multiValued;
    private String description = "";
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private List<Attribute> subAttributes = List.of();
    private List<String> canonicalValues = List.of();
    private List<String> referenceTypes = List.of();

    private Builder(String name, AttributeType type) {
      this.name = name;
      this.type = type;
    }

    public Builder multiValued() {
      multiValued = true;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder required() {
      required = true;
      return this;
    }

    public Builder caseExact() {
      caseExact = true;
      return this;
    }

    public Builder mutability(Mutability mutability) {
      this.mutability = mutability;
      return this;
    }

    public Builder readOnly() {
      return mutability(Mutability.READ_ONLY);
    }

    public Builder returned(Returned returned) {
      this.returned = returned;
      return this;
    }

    public Builder uniqueness(Uniqueness uniqueness) {
      this.uniqueness = uniqueness;
      return this;
    }

    public Builder subAttributes(Attribute... subAttributes) {
      this.subAttributes = List.of(subAttributes);
      return this;
    }

    public Builder canonicalValues(String... values) {
      canonicalValues = List.of(values);
      return this;
    }

    public Builder referenceTypes(String... types) {
      referenceTypes = List.of(types);
      return this;
    }

    public Attribute build() {
      return new Attribute(
          name,
          type,
          multiValued,
          description,
          required,
          caseExact,
          mutability,
          returned,
          uniqueness,
          subAttributes,
          canonicalValues,
          referenceTypes);
    }
  }
}
