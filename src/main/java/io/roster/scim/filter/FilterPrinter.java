package io.roster.scim.filter;

import java.util.Locale;

/**
 * Renders a {@link Filter} as canonical filter text: lower-case operators and keywords, single
 * spaces, and parentheses only where precedence or left-associativity needs them, so that {@code
 * FilterParser.parse(FilterPrinter.print(f))} equals {@code f}.
 */
public final class FilterPrinter implements FilterVisitor<String> {

  public static String print(Filter filter) {
    return filter.accept(new FilterPrinter());
  }

  @Override
  public String compare(Filter.Compare filter) {
    // JsonValue.toString() is JSON text, so strings come out quoted and escaped.
    String operator = filter.operator().name().toLowerCase(Locale.ROOT);
    return filter.path() + " " + operator + " " + filter.value();
  }

  @Override
  public String present(Filter.Present filter) {
    return filter.path() + " pr";
  }

  @Override
  public String and(Filter.And filter) {
    Filter right = filter.right();
    return operand(filter.left(), filter.left() instanceof Filter.Or)
        + " and "
        + operand(right, right instanceof Filter.Or || right instanceof Filter.And);
  }

  @Override
  public String or(Filter.Or filter) {
    return filter.left().accept(this)
        + " or "
        + operand(filter.right(), filter.right() instanceof Filter.Or);
  }

  @Override
  public String not(Filter.Not filter) {
    return "not (" + filter.inner().accept(this) + ")";
  }

  @Override
  public String valuePath(Filter.ValuePath filter) {
    return filter.path() + "[" + filter.inner().accept(this) + "]";
  }

  private String operand(Filter filter, boolean parenthesize) {
    String text = filter.accept(this);
    return parenthesize ? "(" + text + ")" : text;
  }
}
