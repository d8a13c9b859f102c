package io.roster.scim.filter;

import io.roster.scim.error.ScimException;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): {@code attrPath} or {@code valuePath
 * [subAttr]}, e.g. {@code name.familyName} or {@code emails[type eq "work"].value}.
 *
 * @param attribute the attribute addressed; carries the sub-attribute only in the attrPath form
 * @param valueFilter the filter between brackets selecting elements, or null
 * @param subAttribute the sub-attribute after {@code ].}, or null
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

  /**
   * @throws ScimException with scimType {@code invalidPath} for any malformed path, including a
   *     malformed filter between the brackets
   */
  public static PatchPath parse(String path) {
    return new Parser(path, Syntax.PATH).patchPath();
  }
}
