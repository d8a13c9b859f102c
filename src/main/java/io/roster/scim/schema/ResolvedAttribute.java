package io.roster.scim.schema;

/**
 * Where an attribute path points: the schema that defines it, the top-level attribute and, for
 * {@code name.givenName}-style paths, the sub-attribute.
 *
 * @param extension whether {@code schema} is an extension, whose attributes live in the resource
 *     JSON under the schema URN as a nested object
 * @param subAttribute null when the path names the whole attribute
 */
public record ResolvedAttribute(
    Schema schema, boolean extension, Attribute attribute, Attribute subAttribute) {

  /** The definition the path finally names: the sub-attribute if any, else the attribute. */
  public Attribute definition() {
    return subAttribute == null ? attribute : subAttribute;
  }

  /** The URN key the attribute is nested under in resource JSON, or null for core attributes. */
  public String extensionUrn() {
    return extension ? schema.id() : null;
  }
}
