package io.roster.scim.filter;

import jakarta.json.JsonValue;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2) as an immutable tree. Storage code translates it with a
 * {@link FilterVisitor}; nothing here knows about databases.
 */
public sealed interface Filter {

  <R> R accept(FilterVisitor<R> visitor);

  /** {@code path op value}; the value is a JSON string, number, boolean or null. */
  record Compare(AttributePath path, Operator operator, JsonValue value) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.compare(this);
    }
  }

  /** {@code path pr}. */
  record Present(AttributePath path) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.present(this);
    }
  }

  record And(Filter left, Filter right) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.and(this);
    }
  }

  record Or(Filter left, Filter right) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.or(this);
    }
  }

  record Not(Filter inner) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.not(this);
    }
  }

  /**
   * {@code emails[type eq "work" and value co "@x"]}: true when one element of the multi-valued
   * attribute {@code path} matches {@code inner}. Paths inside {@code inner} name sub-attributes of
   * that element (their {@code attribute} is the sub-attribute name, e.g. {@code type}).
   */
  record ValuePath(AttributePath path, Filter inner) implements Filter {
    public <R> R accept(FilterVisitor<R> visitor) {
      return visitor.valuePath(this);
    }
  }
}
