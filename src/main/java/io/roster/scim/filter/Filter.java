package io.roster.scim.filter;

import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2) as an immutable tree. Storage code translates it with a
 * {@link FilterVisitor}; nothing here knows about databases.
 */
public sealed interface Filter {

  <R> R accept(FilterVisitor<R> visitor);

  /**
   * The operands of a chain of one operator, left to right ({@code a}, {@code b}, {@code c} for
   * {@code a or b or c}), gathered in a loop down the left-deep tree the parser builds, so that a
   * translation can combine them in one step instead of recursing once per operand. Any other
   * filter is its own only operand.
   */
  static List<Filter> operands(Filter chain) {
    Deque<Filter> operands = new ArrayDeque<>();
    Filter node = chain;
    while (true) {
      if (chain instanceof And && node instanceof And and) {
        operands.addFirst(and.right());
        node = and.left();
      } else if (chain instanceof Or && node instanceof Or or) {
        operands.addFirst(or.right());
        node = or.left();
      } else {
        operands.addFirst(node);
        return List.copyOf(operands);
      }
    }
  }

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
